// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.LocalDate;

/**
 * Units of a SKU sent from one location to another. Once sent they are on hand at neither: they are in transit,
 * so they can be promised to orders (which wait at {@code to} until {@code expectedArrival}) but never picked.
 *
 * @param transferId the host's id of the transfer, unique among transfers
 * @param sku the SKU sent
 * @param from where the units leave from; only units available there (not reserved) can be sent
 * @param to where they go
 * @param quantity how many units, positive
 * @param expectedArrival when they are expected at {@code to}
 */
public record StockTransfer(String transferId, Sku sku, LocationId from, LocationId to, long quantity, LocalDate expectedArrival) {
    /**
     * Checks the transfer.
     *
     * @param transferId the transfer's id; not blank
     * @param sku the SKU sent
     * @param from where the units leave from
     * @param to where they go; not {@code from}
     * @param quantity how many units, positive
     * @param expectedArrival when they are expected
     * @throws IllegalArgumentException if the id is blank, the quantity is not positive, or both ends are one location
     */
    public StockTransfer {
        Require.nonBlank(transferId, "transferId");
        Require.nonNull(sku, "sku");
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.nonNull(expectedArrival, "expectedArrival");
        if (quantity <= 0) {
            throw new IllegalArgumentException("a transfer sends at least one unit, was " + quantity);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("a transfer goes from one location to another, both were " + from);
        }
    }
}
