// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;

/**
 * What a supplier asks of a purchase of one SKU: how long it takes, the fewest units it sells, and the pack
 * the units come in.
 *
 * @param supplier the supplier, a location of type {@code SUPPLIER}
 * @param leadTime from purchase to receipt, in periods of the demand series
 * @param minimumOrderQuantity the fewest units one purchase may ask for
 * @param packSize the units in one pack; a purchase asks for whole packs
 */
public record SupplyTerms(LocationId supplier, LeadTime leadTime, long minimumOrderQuantity, long packSize) {

    /**
     * Checks the terms.
     *
     * @param supplier the supplier
     * @param leadTime from purchase to receipt
     * @param minimumOrderQuantity the fewest units one purchase may ask for; positive
     * @param packSize the units in one pack; positive
     * @throws NullPointerException if {@code supplier} or {@code leadTime} is null
     * @throws IllegalArgumentException if a quantity is not positive, naming the field
     */
    public SupplyTerms {
        Require.nonNull(supplier, "supplier");
        Require.nonNull(leadTime, "leadTime");
        if (minimumOrderQuantity <= 0) {
            throw new IllegalArgumentException("minimumOrderQuantity must be positive, was " + minimumOrderQuantity);
        }
        if (packSize <= 0) {
            throw new IllegalArgumentException("packSize must be positive, was " + packSize);
        }
    }
}
