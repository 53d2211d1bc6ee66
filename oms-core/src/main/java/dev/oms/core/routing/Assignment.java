// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/**
 * Units of one line that one location ships.
 *
 * @param lineId the line
 * @param sku the line's SKU
 * @param locationId the location that ships them
 * @param quantity how many units, positive
 */
public record Assignment(LineId lineId, Sku sku, LocationId locationId, long quantity) {

    /**
     * Checks the components: a positive quantity.
     *
     * @param lineId the line
     * @param sku the line's SKU
     * @param locationId the location that ships them
     * @param quantity how many units
     */
    public Assignment {
        Require.nonNull(lineId, "lineId");
        Require.nonNull(sku, "sku");
        Require.nonNull(locationId, "locationId");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }

    /** {@return the reservation that holds these units at the location} */
    public Reservation toReservation() {
        return new Reservation(lineId, sku, locationId, quantity);
    }
}
