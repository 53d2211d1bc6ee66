// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ReturnEvent.ReceivedItem;
import dev.oms.spi.event.ReturnEvent.ReturnReceived;

/** How a receipt of returned units changes the order: its units leave the customer, and the return owes what it owes. */
final class ReturnMoves {
    private ReturnMoves() {}

    static Order received(Order order, ReturnReceived e) {
        Order moved = order;
        for (ReceivedItem item : e.items()) {
            moved = UnitMoves.move(moved, e, item.lineId(), Slot.of(Bucket.DELIVERED), Slot.of(Bucket.RETURNED), item.quantity());
        }
        return moved.copy().withReturns(moved.returns().received(order, e));
    }
}
