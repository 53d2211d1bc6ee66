// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.EditEvent.OrderEdited;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.value.LineId;
import io.vavr.collection.LinkedHashMap;

/** How lines join an order after placement: by an edit, or as a reship's replacements. */
final class EditMoves {
    private EditMoves() {}

    /**
     * A confirmed edit: its lines join the order, pending; the order counts the edit, ships where it says and is charged
     * the shipping it says (no parcel was packed yet, so no shipped value counted the old charge).
     */
    static Order edited(Order order, OrderEdited e) {
        ImmutableOrder added = linesAdded(order, e.added()).copy().withEdits(e.edit());
        ImmutableOrder moved = e.shipTo().isPresent() ? added.withShipTo(e.shipTo().get()) : added;
        return e.shipping().isPresent()
                ? moved.withCharges(new Charges(io.vavr.control.Option.some(e.shipping().get()), order.charges().shippedValues()))
                : moved;
    }

    /** New lines join the order with every unit pending, at the prices they carry. */
    static Order linesAdded(Order order, java.util.List<PlacedLine> added) {
        LinkedHashMap<LineId, Line> lines = order.lines();
        for (PlacedLine l : added) {
            lines = lines.put(l.lineId(), Line.placed(l.lineId(), l.sku(), l.quantity(), l.unitPrice(), l.stockTracked(), l.price()));
        }
        return order.copy().withLines(lines);
    }
}
