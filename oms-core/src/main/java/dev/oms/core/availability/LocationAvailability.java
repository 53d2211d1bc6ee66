// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;

/**
 * One SKU at one location: on hand, reserved (orders and live holds; through the facade also the units
 * owed to the SKU's restock queue), ring-fenced, and what is left to promise.
 *
 * @param locationId the location
 * @param onHand units physically there
 * @param reserved units reserved
 * @param ringFenced units received for indent orders, for those orders only
 * @param available units left to promise, not negative
 * @param active whether the location may ship at all; a paused location's units are not promised
 */
public record LocationAvailability(LocationId locationId, long onHand, long reserved, long ringFenced, long available,
        boolean active) {

    /**
     * Checks the components: {@code available} is not negative.
     *
     * @param locationId the location
     * @param onHand units physically there
     * @param reserved units reserved
     * @param ringFenced units ring-fenced
     * @param available units left to promise
     * @param active whether the location may ship
     */
    public LocationAvailability {
        Require.nonNull(locationId, "locationId");
        if (available < 0) {
            throw new IllegalArgumentException("available cannot be negative");
        }
    }

    static LocationAvailability of(StockLevel level, boolean active) {
        return new LocationAvailability(level.locationId(), level.onHand(), level.reserved(), level.ringFenced(),
                level.available(), active);
    }

    /** {@return what this location adds to the SKU's total: nothing when paused} */
    public long promisable() {
        return active ? available : 0;
    }
}
