// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many units to buy, per SKU and location, and from which supplier: a reorder-point, order-up-to rule.
 *
 * <p>When the inventory position (available + on order) is at or below the reorder point, buy enough to bring it
 * up to the reorder point plus one order cycle's demand, and in any case strictly above the reorder point (a
 * purchase that left the position at the reorder point would call for another at once); then at least the
 * supplier's minimum order quantity, rounded up to whole packs. Above the reorder point, buy nothing.
 */
public final class PurchaseSuggestions {
    private PurchaseSuggestions() {}

    /**
     * {@return the units to buy for one item: zero above the reorder point, else a positive multiple of the pack
     * size, at least the minimum order quantity, that lifts the inventory position above the reorder point}
     *
     * @param item the SKU at a location, with its position, reorder point, cycle demand and supplier's terms
     * @throws NullPointerException if {@code item} is null
     * @throws ArithmeticException if the quantity overflows a {@code long}
     */
    public static long quantityToBuy(ReplenishmentItem item) {
        Require.nonNull(item, "item");
        long position = item.position().inventoryPosition();
        double reorderPoint = item.reorderPoint().units();
        if (position > reorderPoint) {
            return 0;
        }
        long upToTarget = (long) Math.ceil(reorderPoint + item.cycleDemand() - position);
        long aboveReorderPoint = Math.addExact((long) Math.floor(reorderPoint - position), 1);
        long wanted = Math.max(Math.max(upToTarget, aboveReorderPoint), item.terms().minimumOrderQuantity());
        long pack = item.terms().packSize();
        long packs = Math.floorDiv(wanted, pack) + (wanted % pack == 0 ? 0 : 1);
        return Math.multiplyExact(packs, pack);
    }

    /**
     * {@return the suggested purchases for the items that need one, grouped per supplier; suppliers in id order,
     * each supplier's suggestions by SKU then location, so the same items always give the same list}
     *
     * @param items the SKUs at their locations
     * @throws NullPointerException if {@code items} or an item is null
     * @throws ArithmeticException if a quantity overflows a {@code long}
     */
    public static List<SupplierPurchases> suggest(Collection<ReplenishmentItem> items) {
        Require.nonNull(items, "items");
        Map<LocationId, List<SuggestedPurchase>> bySupplier = new TreeMap<>();
        for (ReplenishmentItem item : items) {
            long quantity = quantityToBuy(item);
            if (quantity > 0) {
                LocationId supplier = item.terms().supplier();
                bySupplier.computeIfAbsent(supplier, s -> new ArrayList<>()).add(new SuggestedPurchase(
                        item.position().sku(), item.position().location(), supplier, quantity));
            }
        }
        Comparator<SuggestedPurchase> bySkuThenLocation = Comparator.comparing(SuggestedPurchase::sku)
                .thenComparing(SuggestedPurchase::location);
        List<SupplierPurchases> grouped = new ArrayList<>();
        bySupplier.forEach((supplier, purchases) -> {
            purchases.sort(bySkuThenLocation);
            grouped.add(new SupplierPurchases(supplier, purchases));
        });
        return List.copyOf(grouped);
    }
}
