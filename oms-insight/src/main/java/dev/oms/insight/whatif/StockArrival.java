// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.Objects;

/**
 * Stock that arrived at a location during the period (a goods receipt, a restocked return, a transfer received):
 * the replay receives it at its instant, so it fills waiting units as it did.
 *
 * @param sku the product
 * @param location where it arrived
 * @param units how many units; positive
 * @param at when it arrived
 */
public record StockArrival(Sku sku, LocationId location, long units, Instant at) {

    /**
     * Refuses nulls and a count that is not positive.
     *
     * @param sku the product
     * @param location where it arrived
     * @param units how many units; positive
     * @param at when it arrived
     */
    public StockArrival {
        Objects.requireNonNull(sku, "sku is null");
        Objects.requireNonNull(location, "location is null");
        Objects.requireNonNull(at, "at is null");
        if (units <= 0) {
            throw new IllegalArgumentException("an arrival brings at least one unit, was " + units);
        }
    }
}
