// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ClaimEvent.ClaimSettled;
import dev.oms.spi.event.ReturnEvent.ReceivedItem;
import dev.oms.spi.event.ReturnEvent.ReturnReceived;
import dev.oms.spi.value.PackageItem;

/**
 * How a receipt of returned units, or a claim, changes the order: its units leave the customer (to returned, or to
 * claimed), and the return or claim owes what it owes.
 */
final class ReturnMoves {
    private ReturnMoves() {}

    static Order received(Order order, ReturnReceived e) {
        Order moved = order;
        for (ReceivedItem item : e.items()) {
            moved = UnitMoves.move(moved, e, item.lineId(), Slot.of(Bucket.DELIVERED), Slot.of(Bucket.RETURNED), item.quantity());
        }
        return moved.copy().withReturns(moved.returns().received(order, e));
    }

    /** A parcel claimed on while still on its way (held up, sent back) gives up shipped units, a delivered one delivered units. */
    static Order claimed(Order order, ClaimSettled e) {
        Slot from = Slot.of(UnitMoves.packageOf(order, e.packageId()).deliveredAt().isDefined() ? Bucket.DELIVERED : Bucket.SHIPPED);
        Order moved = order;
        for (PackageItem item : e.items()) {
            moved = UnitMoves.move(moved, e, item.lineId(), from, Slot.of(Bucket.CLAIMED), item.quantity());
        }
        return moved.copy().withReturns(moved.returns().settled(order, e));
    }

    /** The replacement lines of a reship join the order, their units pending, free of charge. */
    static Order replacementAdded(Order order, dev.oms.spi.event.ClaimEvent.ReplacementAdded e) {
        return EditMoves.linesAdded(order, e.lines());
    }
}
