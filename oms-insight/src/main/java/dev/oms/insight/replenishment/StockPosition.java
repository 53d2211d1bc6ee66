// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * Where one SKU stands at one location: the units available to promise and the units already bought and on
 * their way. Available rather than on hand, because reserved and ring-fenced units are promised already and
 * cannot serve the demand the forecast expects.
 *
 * @param sku the SKU
 * @param location the location that holds it
 * @param available units available to promise: on hand less reserved and ring-fenced
 * @param onOrder units bought from suppliers and not yet received
 */
public record StockPosition(Sku sku, LocationId location, long available, long onOrder) {

    /**
     * Checks the position.
     *
     * @param sku the SKU
     * @param location the location
     * @param available units available to promise; not negative
     * @param onOrder units on order; not negative
     * @throws NullPointerException if {@code sku} or {@code location} is null
     * @throws IllegalArgumentException if a count is negative, naming the field
     */
    public StockPosition {
        Require.nonNull(sku, "sku");
        Require.nonNull(location, "location");
        if (available < 0) {
            throw new IllegalArgumentException("available must not be negative, was " + available);
        }
        if (onOrder < 0) {
            throw new IllegalArgumentException("onOrder must not be negative, was " + onOrder);
        }
    }

    /**
     * {@return the position of a stock level read from the inventory store, with the units on order}
     *
     * @param level the stock of one SKU at one location
     * @param onOrder units on order for that SKU and location; not negative
     * @throws NullPointerException if {@code level} is null
     * @throws IllegalArgumentException if {@code onOrder} is negative
     */
    public static StockPosition of(StockLevel level, long onOrder) {
        Require.nonNull(level, "level");
        return new StockPosition(level.sku(), level.locationId(), level.available(), onOrder);
    }

    /**
     * {@return the inventory position: available plus on order, what a purchase decision compares with the
     * reorder point}
     *
     * @throws ArithmeticException if the sum overflows a {@code long}
     */
    public long inventoryPosition() {
        return Math.addExact(available, onOrder);
    }
}
