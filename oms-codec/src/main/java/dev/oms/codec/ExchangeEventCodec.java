// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.ExchangeEvent;
import dev.oms.spi.event.ExchangeEvent.ExchangeCreditDrawn;
import dev.oms.spi.event.ExchangeEvent.ExchangeOpened;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.ReturnId;
import java.util.Optional;

/**
 * The stored form of the events of exchanges ({@link ExchangeEvent}), added in format v17. As everywhere in
 * {@link EventCodec}, {@code "type"} names the record and is part of the stored format, as are the field names; the
 * replacement lines are stored as an order's placed lines are (the exchange credit among their discounts).
 */
final class ExchangeEventCodec implements ExchangeEvent.Visitor<ObjectNode> {
    static final ExchangeEventCodec ENCODER = new ExchangeEventCodec();

    private ExchangeEventCodec() {}

    @Override
    public ObjectNode visit(ExchangeOpened e) {
        ObjectNode o = StoredJson.typed("ExchangeOpened");
        o.put("returnId", e.returnId().value());
        o.set("replacements", StoredJson.array(e.replacements(), PlacementEventCodec::placedLine));
        o.set("returnValue", Values.money(e.returnValue()));
        o.set("credit", Values.money(e.credit()));
        o.put("shipsBeforeReturn", e.shipsBeforeReturn());
        o.put("openedAt", InstantText.of(e.openedAt()));
        return o;
    }

    @Override
    public ObjectNode visit(ExchangeCreditDrawn e) {
        ObjectNode o = StoredJson.typed("ExchangeCreditDrawn");
        o.put("returnId", e.returnId().value());
        o.put("receipt", e.receipt());
        o.set("amount", Values.money(e.amount()));
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        return switch (type) {
            case "ExchangeOpened" -> Optional.of(new ExchangeOpened(ReturnId.of(f.string("returnId")),
                    f.objects("replacements").stream().map(PlacementEventCodec::placedLine).toList(), f.money("returnValue"),
                    f.money("credit"), f.bool("shipsBeforeReturn"), f.instant("openedAt")));
            case "ExchangeCreditDrawn" -> Optional.of(new ExchangeCreditDrawn(ReturnId.of(f.string("returnId")), f.integer("receipt"),
                    f.money("amount")));
            default -> Optional.empty();
        };
    }
}
