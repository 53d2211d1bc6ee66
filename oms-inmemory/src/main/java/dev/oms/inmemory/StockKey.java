// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** {@return the SKUs of summed movements: the locks a call takes} */
    static Set<Sku> skusOf(Map<StockKey, Long> totals) {
        return totals.keySet().stream().map(StockKey::sku).collect(Collectors.toSet());
    }

    /** {@return a copy of a call's movements}, checked to be named by a key and not empty */
    static List<StockMovement> checked(String operationKey, List<StockMovement> movements) {
        Require.nonBlank(operationKey, "operationKey");
        List<StockMovement> copy = List.copyOf(Require.nonNull(movements, "movements"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("movements is empty");
        }
        return copy;
    }
}
