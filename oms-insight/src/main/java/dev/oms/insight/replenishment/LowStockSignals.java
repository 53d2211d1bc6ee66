// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import dev.oms.spi.value.Require;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which SKUs at which locations are low on stock: those with no more units available than their reorder point.
 *
 * <p>The signal compares what is available, not the inventory position: units on order cannot be sold until
 * they arrive, so a SKU can be low while a purchase is already on its way. Whether to buy more is
 * {@link PurchaseSuggestions}' question, and it does count what is on order.
 */
public final class LowStockSignals {
    private LowStockSignals() {}

    /**
     * {@return the signal for one position against its reorder point, or empty when stock is above it}
     *
     * @param position the stock of one SKU at one location
     * @param reorderPoint that SKU's reorder point at that location
     * @throws NullPointerException if an argument is null
     */
    public static Optional<LowStockSignal> signal(StockPosition position, ReorderPoint reorderPoint) {
        Require.nonNull(position, "position");
        Require.nonNull(reorderPoint, "reorderPoint");
        double units = reorderPoint.units();
        return position.available() <= units
                ? Optional.of(new LowStockSignal(position.sku(), position.location(), position.available(), units))
                : Optional.empty();
    }

    /**
     * {@return the signals of the items that are low on stock, by SKU then location}
     *
     * @param items the SKUs at their locations with their reorder points
     * @throws NullPointerException if {@code items} or an item is null
     */
    public static List<LowStockSignal> detect(Collection<ReplenishmentItem> items) {
        Require.nonNull(items, "items");
        return items.stream()
                .map(item -> signal(item.position(), item.reorderPoint()))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(LowStockSignal::sku).thenComparing(LowStockSignal::location))
                .toList();
    }
}
