// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import java.util.List;

/**
 * The suggested purchases from one supplier, so a host can raise one purchase order per supplier.
 *
 * @param supplier the supplier
 * @param purchases the suggestions, at least one, each from this supplier, ordered by SKU then location
 */
public record SupplierPurchases(LocationId supplier, List<SuggestedPurchase> purchases) {

    /**
     * Checks and copies the suggestions.
     *
     * @param supplier the supplier
     * @param purchases the suggestions; at least one, each from {@code supplier}
     * @throws NullPointerException if {@code supplier}, {@code purchases} or a suggestion is null
     * @throws IllegalArgumentException if {@code purchases} is empty or holds another supplier's suggestion
     */
    public SupplierPurchases {
        Require.nonNull(supplier, "supplier");
        purchases = List.copyOf(Require.nonNull(purchases, "purchases"));
        if (purchases.isEmpty()) {
            throw new IllegalArgumentException("purchases is empty for supplier " + supplier);
        }
        for (SuggestedPurchase purchase : purchases) {
            if (!purchase.supplier().equals(supplier)) {
                throw new IllegalArgumentException("purchases holds one from supplier " + purchase.supplier()
                        + " among those of " + supplier);
            }
        }
    }

    /** {@return the units suggested from this supplier over all SKUs and locations} */
    public long totalUnits() {
        return purchases.stream().mapToLong(SuggestedPurchase::quantity).reduce(0, Math::addExact);
    }
}
