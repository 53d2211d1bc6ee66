// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.AllocationEvent.AllocationMoveRefused;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRequested;
import dev.oms.spi.event.AllocationEvent.AllocationMoved;
import dev.oms.spi.event.AllocationEvent.Relocation;
import dev.oms.spi.event.Bucket;
import io.vavr.control.Option;

/**
 * How a move of allocated units changes an order: asked for, the units stay where they are while the target's
 * reservation is in flight; made, they are allocated at the target and the reservations they left are owed back;
 * refused, nothing but the request is forgotten.
 */
final class AllocationMoves {
    private AllocationMoves() {}

    static Order requested(Order order, AllocationMoveRequested e) {
        return order.copy().withMoveInFlight(Option.some(e));
    }

    static Order moved(Order order, AllocationMoved e) {
        Order moved = order;
        for (Relocation unit : e.units()) {
            moved = UnitMoves.move(moved, e, unit.lineId(), Slot.at(Bucket.ALLOCATED, unit.from()),
                    Slot.at(Bucket.ALLOCATED, e.target()), unit.quantity());
            moved = UnitMoves.oweRelease(moved, e.moveId(), unit.lineId(), unit.from(), unit.quantity());
        }
        return moved.copy().withMoveInFlight(Option.none());
    }

    static Order refused(Order order, AllocationMoveRefused e) {
        return order.copy().withMoveInFlight(Option.none());
    }
}
