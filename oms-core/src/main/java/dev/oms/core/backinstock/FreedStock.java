// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.backinstock;

import dev.oms.core.order.Order;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Sku;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/**
 * The units an order gave back to stock between two of its states: the releases of reserved units (a cancellation,
 * a rejection, units lost or deallocated) and the restocks of returned units it owed before and owes no more.
 */
public final class FreedStock {
    private FreedStock() {}

    /**
     * {@return the units per SKU owed to stock in {@code before} and no longer owed in {@code after}}: what running
     * the order's effects put back; SKUs with none are left out
     *
     * @param before the order before its effects ran
     * @param after the same order after
     */
    public static Map<Sku, Long> between(Order before, Order after) {
        Map<Sku, Long> owedBefore = owed(before);
        Map<Sku, Long> owedAfter = owed(after);
        return owedBefore.map((sku, units) -> Tuple.of(sku, units - owedAfter.get(sku).getOrElse(0L))).filterValues(units -> units > 0);
    }

    /** The units per SKU the order still owes to stock. */
    private static Map<Sku, Long> owed(Order order) {
        Map<Sku, Long> owed = LinkedHashMap.empty();
        for (StockMovement release : order.releasesOwed().values().flatMap(m -> m)) {
            owed = owed.put(release.sku(), release.quantity(), Long::sum);
        }
        for (var restock : order.returns().restocksOwed()) {
            owed = owed.put(restock.sku(), restock.quantity(), Long::sum);
        }
        return owed;
    }
}
