// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;
import java.util.Optional;

/**
 * A voided shipment, as {@link Warehouse#voidShipment} answers it.
 *
 * @param order the order as it now stands
 * @param packageId the package whose shipment was voided
 * @param repackedAs the new package holding its units, to label and ship again; empty when they went back on the shelf
 */
public record VoidedShipment(Order order, PackageId packageId, Optional<PackageId> repackedAs) {
    /** Refuses nulls.
     * @param order the order
     * @param packageId the voided package
     * @param repackedAs the new package, if any */
    public VoidedShipment {
        Require.nonNull(order, "order");
        Require.nonNull(packageId, "packageId");
        Require.nonNull(repackedAs, "repackedAs");
    }
}
