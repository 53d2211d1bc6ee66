// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * Units of one SKU worth buying from one supplier for one location. A suggestion, not a purchase: the host
 * decides, and raises the purchase itself.
 *
 * @param sku the SKU to buy
 * @param location the location the units are for
 * @param supplier the supplier to buy from
 * @param quantity how many units; positive, whole packs, at least the minimum order quantity
 */
public record SuggestedPurchase(Sku sku, LocationId location, LocationId supplier, long quantity) {

    /**
     * Checks the suggestion.
     *
     * @param sku the SKU to buy
     * @param location the location the units are for
     * @param supplier the supplier to buy from
     * @param quantity how many units; positive
     * @throws NullPointerException if a reference is null
     * @throws IllegalArgumentException if {@code quantity} is not positive
     */
    public SuggestedPurchase {
        Require.nonNull(sku, "sku");
        Require.nonNull(location, "location");
        Require.nonNull(supplier, "supplier");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}
