// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import dev.oms.core.order.Order;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import io.vavr.collection.List;

/**
 * Chooses where an order's pending units are reserved. A pure function of the order and a snapshot of
 * stock: it must not reserve anything itself, must never plan more than a location has available, and
 * equal inputs must give equal plans (design invariant 8). Hosts plug in their own; the default is
 * {@link LocationPriorityAllocation}.
 */
@FunctionalInterface
public interface AllocationPolicy {

    /**
     * Plans reservations for the order's pending units, saying exactly what the stock cannot cover.
     *
     * @param order the order, with units in PENDING
     * @param locations every known location, active or not
     * @param stock stock levels of the SKUs the order's pending lines need
     * @return the reservations and, per line, what the stock cannot cover
     */
    AllocationPlan plan(Order order, List<Location> locations, List<StockLevel> stock);
}
