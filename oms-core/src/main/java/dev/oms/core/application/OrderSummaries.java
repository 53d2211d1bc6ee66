// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.Slot;
import dev.oms.spi.value.LocationId;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.AllocatedLine;
import dev.oms.spi.order.OrderSummary;

/**
 * The read-model row the store keeps with each commit, computed from the order as the commit leaves it: the
 * one place that says what the read models see of an order.
 */
final class OrderSummaries {

    private OrderSummaries() {}

    static OrderSummary of(Order order) {
        return new OrderSummary(order.id(), order.channel(), order.externalId(), order.customer(), order.status(),
                order.placedAt(), order.version(), !PendingEffects.of(order).isEmpty(),
                WaitingUnits.of(order).map(WaitingUnits::line).toJavaList(), allocated(order));
    }

    /**
     * The units reserved at a location and not yet picked, per line: whose units a stock count may find gone. An
     * untracked line's units, and a dropship line's at its supplier, hold no stock there and are left out.
     */
    private static java.util.List<AllocatedLine> allocated(Order order) {
        if (order.units(Bucket.ALLOCATED) == 0) {
            return java.util.List.of(); // most orders at rest: no line is walked
        }
        java.util.List<AllocatedLine> allocated = new java.util.ArrayList<>();
        for (Line line : order.lineList()) {
            for (Slot slot : line.slots(Bucket.ALLOCATED)) {
                LocationId location = slot.location().get();
                if (line.holdsStockAt(location)) {
                    allocated.add(new AllocatedLine(order.id(), line.id(), line.sku(), location, line.count(slot), order.placedAt()));
                }
            }
        }
        return allocated;
    }
}
