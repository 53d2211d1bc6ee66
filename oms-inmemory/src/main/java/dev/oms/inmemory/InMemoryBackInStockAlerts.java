// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.subscription.BackInStockAlert;
import dev.oms.spi.subscription.BackInStockAlertSender;
import dev.oms.spi.value.Require;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link BackInStockAlertSender} that keeps what it was sent: each alert once by key, as a host's sender drops a
 * resend, and how often each key was sent, for tests that count. It can be told to fail, as a provider that is down.
 */
public final class InMemoryBackInStockAlerts implements BackInStockAlertSender {
    private final Map<String, BackInStockAlert> delivered = new LinkedHashMap<>();
    private final Map<String, Integer> sends = new HashMap<>();
    private boolean down;

    /** Creates a sender that has delivered nothing yet. */
    public InMemoryBackInStockAlerts() {}

    @Override
    public synchronized void send(BackInStockAlert alert) {
        Require.nonNull(alert, "alert");
        if (down) {
            throw new IllegalStateException("alert provider down");
        }
        sends.merge(alert.key(), 1, Integer::sum);
        delivered.putIfAbsent(alert.key(), alert);
    }

    /** {@return the alerts delivered, in delivery order, each key once} */
    public synchronized List<BackInStockAlert> delivered() {
        return List.copyOf(delivered.values());
    }

    /** {@return how many times an alert with this key was sent, resends included}
     * @param key the alert's key */
    public synchronized int sendsOf(String key) {
        return sends.getOrDefault(key, 0);
    }

    /** Makes every send fail, or succeed again.
     * @param down whether the provider is down */
    public synchronized void down(boolean down) {
        this.down = down;
    }
}
