// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Where a stock record lives: one SKU at one location. */
record StockKey(Sku sku, LocationId locationId) {

    /**
     * Sums movements per SKU and location, in the order each first appears, because one call may name the
     * same stock several times and the availability check must see the total.
     */
    static Map<StockKey, Long> totals(List<StockMovement> movements) {
        Map<StockKey, Long> totals = new LinkedHashMap<>();
        for (StockMovement movement : movements) {
            totals.merge(new StockKey(movement.sku(), movement.locationId()), movement.quantity(), Math::addExact);
        }
        return totals;
    }
}
