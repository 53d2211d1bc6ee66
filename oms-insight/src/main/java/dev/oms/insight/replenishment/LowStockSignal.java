// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * A SKU at a location has no more units available than its reorder point.
 *
 * @param sku the SKU
 * @param location the location
 * @param available the units available to promise there
 * @param reorderPoint the reorder point in units
 */
public record LowStockSignal(Sku sku, LocationId location, long available, double reorderPoint) {

    /**
     * Checks the signal.
     *
     * @param sku the SKU
     * @param location the location
     * @param available units available; not negative, and not above {@code reorderPoint}
     * @param reorderPoint the reorder point; finite, not negative
     * @throws NullPointerException if {@code sku} or {@code location} is null
     * @throws IllegalArgumentException if a number is out of range, naming the field
     */
    public LowStockSignal {
        Require.nonNull(sku, "sku");
        Require.nonNull(location, "location");
        if (!Double.isFinite(reorderPoint) || reorderPoint < 0) {
            throw new IllegalArgumentException("reorderPoint must be finite and not negative, was " + reorderPoint);
        }
        if (available < 0 || available > reorderPoint) {
            throw new IllegalArgumentException("available must be between 0 and the reorder point " + reorderPoint
                    + ", was " + available);
        }
    }
}
