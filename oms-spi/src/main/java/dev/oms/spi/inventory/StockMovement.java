// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * A positive number of units of one SKU at one location, to reserve, release or consume.
 *
 * @param sku the SKU
 * @param locationId the location
 * @param quantity how many units; positive
 */
public record StockMovement(Sku sku, LocationId locationId, long quantity) {
    /**
     * Checks the movement.
     *
     * @param sku the SKU
     * @param locationId the location
     * @param quantity how many units; positive
     * @throws IllegalArgumentException if {@code quantity} is not positive
     */
    public StockMovement {
        Require.nonNull(sku, "sku");
        Require.nonNull(locationId, "locationId");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}
