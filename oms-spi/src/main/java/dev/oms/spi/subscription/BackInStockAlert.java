// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.subscription;

import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Instant;

/**
 * Tells a customer that a SKU they subscribed to can be ordered again. One alert per subscription: its key is the
 * same on every resend, so a sender that remembers the keys it delivered drops a duplicate.
 *
 * @param key the alert's idempotency key, one per subscription; not blank
 * @param sku the SKU that is back
 * @param customer who subscribed
 * @param subscribedAt when they subscribed
 */
public record BackInStockAlert(String key, Sku sku, CustomerRef customer, Instant subscribedAt) {
    /** Checks the alert.
     * @param key the alert's key; not blank
     * @param sku the SKU that is back
     * @param customer who subscribed
     * @param subscribedAt when they subscribed */
    public BackInStockAlert {
        Require.nonBlank(key, "key");
        Require.nonNull(sku, "sku");
        Require.nonNull(customer, "customer");
        Require.nonNull(subscribedAt, "subscribedAt");
    }
}
