// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.dropship;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;

/**
 * Pending units of a line to allocate at a supplier that ships them to the customer itself, without a reservation.
 *
 * @param lineId the line whose units are dropshipped
 * @param quantity how many units, positive
 * @param supplier the supplier's location
 */
public record Dropship(LineId lineId, long quantity, LocationId supplier) {
    /**
     * Checks the components: a positive quantity.
     *
     * @param lineId the line whose units are dropshipped
     * @param quantity how many units
     * @param supplier the supplier's location
     */
    public Dropship {
        Require.nonNull(lineId, "lineId");
        Require.nonNull(supplier, "supplier");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}
