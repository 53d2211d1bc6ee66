// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * Stock of one SKU at one location.
 *
 * @param sku the SKU
 * @param locationId the location
 * @param onHand units physically there
 * @param reserved units promised to orders
 * @param ringFenced units held for one indent order and nobody else
 * @param bin the storage place a picker goes to
 */
public record StockLevel(Sku sku, LocationId locationId, long onHand, long reserved, long ringFenced, String bin) {
    /**
     * Checks the stock.
     *
     * @param sku the SKU
     * @param locationId the location
     * @param onHand units physically there; not negative
     * @param reserved units promised to orders; not negative
     * @param ringFenced units held for one indent order and nobody else; not negative
     * @param bin the storage place a picker goes to; not blank
     * @throws IllegalArgumentException if a count is negative or {@code bin} is blank
     */
    public StockLevel {
        Require.nonNull(sku, "sku");
        Require.nonNull(locationId, "locationId");
        Require.nonBlank(bin, "bin");
        if (onHand < 0 || reserved < 0 || ringFenced < 0) {
            throw new IllegalArgumentException("stock counts cannot be negative");
        }
    }

    /** {@return the units available to promise: on hand less reserved and ring-fenced, never negative} */
    public long available() {
        return Math.max(0, onHand - reserved - ringFenced);
    }
}
