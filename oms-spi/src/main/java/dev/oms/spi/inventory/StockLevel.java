// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * Stock of one SKU at one location.
 *
 * @param onHand units physically there
 * @param reserved units promised to orders
 * @param ringFenced units held for one indent order and nobody else
 * @param bin the storage place a picker goes to
 */
public record StockLevel(Sku sku, LocationId locationId, long onHand, long reserved, long ringFenced, String bin) {
    public StockLevel {
        Require.nonNull(sku, "sku");
        Require.nonNull(locationId, "locationId");
        Require.nonBlank(bin, "bin");
        if (onHand < 0 || reserved < 0 || ringFenced < 0) {
            throw new IllegalArgumentException("stock counts cannot be negative");
        }
    }

    /** Available to promise: on hand less reserved and ring-fenced, never negative. */
    public long available() {
        return Math.max(0, onHand - reserved - ringFenced);
    }
}
