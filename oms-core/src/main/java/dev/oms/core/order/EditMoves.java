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

    /** A confirmed edit: its lines join the order, pending; the order counts the edit and ships where it says. */
    static Order edited(Order order, OrderEdited e) {
        ImmutableOrder added = linesAdded(order, e.added()).copy().withEdits(e.edit());
        return e.shipTo().isPresent() ? added.withShipTo(e.shipTo().get()) : added;
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
