// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * A change to the units on hand of one SKU at one location that no order caused: a stock count, damage,
 * shrinkage or units found. Reality wins: an adjustment is recorded even when it leaves fewer units on hand
 * than are reserved, and the orders whose units are gone are then settled by oms.
 *
 * @param sku the SKU
 * @param locationId the location
 * @param reason why the stock changed
 * @param quantity for {@link AdjustmentReason#COUNT}, the units counted (zero or more); otherwise how many units
 *     left ({@code DAMAGE}, {@code SHRINKAGE}) or turned up ({@code FOUND}), one or more
 */
public record StockAdjustment(Sku sku, LocationId locationId, AdjustmentReason reason, long quantity) {
    /**
     * Checks the adjustment.
     *
     * @param sku the SKU
     * @param locationId the location
     * @param reason why the stock changed
     * @param quantity the units counted, or the units that left or turned up
     * @throws IllegalArgumentException if a count is negative or another adjustment is not positive
     */
    public StockAdjustment {
        Require.nonNull(sku, "sku");
        Require.nonNull(locationId, "locationId");
        Require.nonNull(reason, "reason");
        if (reason == AdjustmentReason.COUNT ? quantity < 0 : quantity <= 0) {
            throw new IllegalArgumentException(reason == AdjustmentReason.COUNT
                    ? "a count cannot be negative, was " + quantity
                    : "a " + reason + " adjustment moves at least one unit, was " + quantity);
        }
    }

    /**
     * {@return a stock count: the units on the shelf replace what the books said}
     *
     * @param sku the SKU
     * @param locationId the location
     * @param counted the units counted, zero or more
     */
    public static StockAdjustment counted(Sku sku, LocationId locationId, long counted) {
        return new StockAdjustment(sku, locationId, AdjustmentReason.COUNT, counted);
    }

    /**
     * {@return the units on hand after this adjustment, given those before}: never below zero, since units that
     *     are not there cannot leave
     *
     * @param onHandBefore the units on hand before
     */
    public long onHandAfter(long onHandBefore) {
        return switch (reason) {
            case COUNT -> quantity;
            case DAMAGE, SHRINKAGE -> Math.max(0, onHandBefore - quantity);
            case FOUND -> Math.addExact(onHandBefore, quantity);
        };
    }
}
