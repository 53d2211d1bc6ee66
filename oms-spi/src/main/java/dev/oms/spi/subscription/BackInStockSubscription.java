// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.subscription;

import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Instant;

/**
 * A customer's wish to hear when a SKU can be promised again, as the store answers it.
 *
 * @param number the store's number for it: unique, and rising in the order subscriptions were made, so the lower
 *     number is the older subscription
 * @param sku the SKU waited for
 * @param customer who waits
 * @param subscribedAt when the customer subscribed, as the caller's clock said
 */
public record BackInStockSubscription(long number, Sku sku, CustomerRef customer, Instant subscribedAt) {
    /** Checks the subscription.
     * @param number the store's number; positive
     * @param sku the SKU waited for
     * @param customer who waits
     * @param subscribedAt when the customer subscribed */
    public BackInStockSubscription {
        Require.nonNull(sku, "sku");
        Require.nonNull(customer, "customer");
        Require.nonNull(subscribedAt, "subscribedAt");
        if (number < 1) {
            throw new IllegalArgumentException("a subscription's number counts from 1, was " + number);
        }
    }
}
