// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;

/**
 * What {@link Warehouse#confirmPacked} made: the package, and the order as it now stands. A repeated
 * request under the same key answers the package the first one made.
 *
 * @param order the order as it now stands
 * @param packageId the package the picked units went into
 */
public record Packed(Order order, PackageId packageId) {
    /**
     * Refuses null components.
     *
     * @param order the order as it now stands
     * @param packageId the package the picked units went into
     */
    public Packed {
        Require.nonNull(order, "order");
        Require.nonNull(packageId, "packageId");
    }
}
