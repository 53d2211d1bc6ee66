// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;

/**
 * What {@link Warehouse#ship} did: the package handed to the carrier under its label, and the order as it
 * now stands.
 *
 * @param order the order as it now stands
 * @param packageId the package shipped
 * @param label the carrier's label the package travels under: its carrier, label id and tracking number
 */
public record Shipped(Order order, PackageId packageId, OrderPackage.Label label) {
    /**
     * Refuses null components.
     *
     * @param order the order as it now stands
     * @param packageId the package shipped
     * @param label the carrier's label the package travels under: its carrier, label id and tracking number
     */
    public Shipped {
        Require.nonNull(order, "order");
        Require.nonNull(packageId, "packageId");
        Require.nonNull(label, "label");
    }
}
