// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.StoreCreditEvent;
import dev.oms.spi.event.StoreCreditEvent.StoreCreditDeclined;
import dev.oms.spi.event.StoreCreditEvent.StoreCreditIssued;
import dev.oms.spi.event.StoreCreditEvent.StoreCreditOwed;
import dev.oms.spi.value.StoreCreditId;
import java.util.Optional;

/**
 * The stored form of the events of store credit ({@link StoreCreditEvent}), added in format v14. As everywhere in
 * {@link EventCodec}, {@code "type"} names the record and is part of the stored format, as are the field names; the
 * amount is stored as every amount is.
 */
final class StoreCreditEventCodec {
    private StoreCreditEventCodec() {}

    static ObjectNode encode(StoreCreditOwed e) {
        ObjectNode o = StoredJson.typed("StoreCreditOwed");
        o.put("credit", e.credit());
        o.set("amount", Values.money(e.amount()));
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(StoreCreditIssued e) {
        ObjectNode o = StoredJson.typed("StoreCreditIssued");
        o.put("credit", e.credit());
        o.put("creditId", e.creditId().value());
        return o;
    }

    static ObjectNode encode(StoreCreditDeclined e) {
        ObjectNode o = StoredJson.typed("StoreCreditDeclined");
        o.put("credit", e.credit());
        o.put("reason", e.reason());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "StoreCreditOwed" -> new StoreCreditOwed(f.integer("credit"), f.money("amount"), f.string("reason"));
            case "StoreCreditIssued" -> new StoreCreditIssued(f.integer("credit"), StoreCreditId.of(f.string("creditId")));
            case "StoreCreditDeclined" -> new StoreCreditDeclined(f.integer("credit"), f.string("reason"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
