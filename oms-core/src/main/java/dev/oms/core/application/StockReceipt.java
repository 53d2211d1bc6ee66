// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * Units of a SKU received at a location (a goods receipt), for {@link Inbound#receiveStock}. The quantity is
 * a raw number on purpose: a non-positive one is reported as {@code QUANTITY_NOT_POSITIVE}, not thrown.
 *
 * @param idempotencyKey the receipt's id: receiving again under it adds no stock; the same key for other
 *     goods is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param sku the product received
 * @param location where the units arrived
 * @param quantity how many units arrived
 */
public record StockReceipt(String idempotencyKey, Sku sku, LocationId location, long quantity) {
    /**
     * Refuses a blank key and null components.
     *
     * @param idempotencyKey the receipt's id: receiving again under it adds no stock; the same key for other goods is
     *     refused ({@code IDEMPOTENCY_KEY_REUSED})
     * @param sku the product received
     * @param location where the units arrived
     * @param quantity how many units arrived
     */
    public StockReceipt {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(sku, "sku");
        Require.nonNull(location, "location");
    }
}
