// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.EditEvent;
import dev.oms.spi.event.EditEvent.OrderEdited;
import dev.oms.spi.event.OrderEvent;
import java.util.Optional;

/**
 * The stored form of the events of order edits ({@link EditEvent}), added in format v15. As everywhere in
 * {@link EventCodec}, {@code "type"} names the record and is part of the stored format, as are the field names; the
 * added lines are stored as an order's placed lines are, the units taken off as packages' items are, and the new address
 * and shipping charge as a placement's; an edit that keeps them stores none.
 */
final class EditEventCodec {
    private EditEventCodec() {}

    static ObjectNode encode(OrderEdited e) {
        ObjectNode o = StoredJson.typed("OrderEdited");
        o.put("edit", e.edit());
        o.set("added", StoredJson.array(e.added(), PlacementEventCodec::placedLine));
        o.set("removed", StoredJson.array(e.removed(), FulfilmentEventCodec::packageItem));
        e.shipTo().ifPresent(address -> o.set("shipTo", Values.address(address)));
        e.shipping().ifPresent(shipping -> o.set("shipping", PriceCodec.shipping(shipping)));
        o.put("editedAt", InstantText.of(e.editedAt()));
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        if (!type.equals("OrderEdited")) {
            return Optional.empty();
        }
        return Optional.of(new OrderEdited(f.integer("edit"),
                f.objects("added").stream().map(PlacementEventCodec::placedLine).toList(),
                f.objects("removed").stream().map(FulfilmentEventCodec::packageItem).toList(),
                f.has("shipTo") ? Optional.of(Values.address(f.object("shipTo"))) : Optional.empty(),
                f.has("shipping") ? Optional.of(PriceCodec.shipping(f.object("shipping"))) : Optional.empty(),
                f.instant("editedAt")));
    }
}
