// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.notification.Notification;
import dev.oms.spi.notification.NotificationSender;
import dev.oms.spi.value.Require;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link NotificationSender} that records what it delivers instead of contacting anyone. A notification
 * whose key was already delivered is dropped, as the port's contract asks, so tests can assert that a
 * retried send never reached the customer twice.
 */
public final class InMemoryNotificationSender implements NotificationSender {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryNotificationSender.class);

    private final Map<String, Notification> delivered = new LinkedHashMap<>();
    private long sendCalls;

    /** Creates a sender that has delivered nothing yet. */
    public InMemoryNotificationSender() {}

    @Override
    public synchronized void send(Notification notification) {
        Require.nonNull(notification, "notification");
        sendCalls++;
        if (delivered.putIfAbsent(notification.key(), notification) != null) {
            LOG.debug("notification {} already delivered, dropped", notification.key());
            return;
        }
        LOG.debug("delivered {} for {}", notification.kind(), notification.orderId());
    }

    /** {@return what reached the customer, in delivery order, each key once} */
    public synchronized List<Notification> delivered() {
        return List.copyOf(delivered.values());
    }

    /** {@return how many times {@link #send} was called, duplicates included} */
    public synchronized long sendCalls() {
        return sendCalls;
    }
}
