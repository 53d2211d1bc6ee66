// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.indent;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Require;

/**
 * Pending units of a line to buy from a supplier for this order, under a new purchase id.
 *
 * @param purchaseId the new purchase's id
 * @param lineId the line whose units are bought
 * @param quantity how many units are requested, positive
 * @param supplier the supplier location to buy from
 */
public record Indent(PurchaseId purchaseId, LineId lineId, long quantity, LocationId supplier) {
    /**
     * Checks the components: a positive quantity.
     *
     * @param purchaseId the new purchase's id
     * @param lineId the line whose units are bought
     * @param quantity how many units are requested
     * @param supplier the supplier location to buy from
     */
    public Indent {
        Require.nonNull(purchaseId, "purchaseId");
        Require.nonNull(lineId, "lineId");
        Require.nonNull(supplier, "supplier");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}
