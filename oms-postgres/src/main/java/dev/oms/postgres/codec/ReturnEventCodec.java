// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent;
import dev.oms.spi.event.ReturnEvent.ReturnApproved;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.event.ReturnEvent.ReturnRejected;
import dev.oms.spi.event.ReturnEvent.ReturnRequested;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.ReturnId;
import java.util.Optional;

/**
 * The stored form of the events of returns ({@link ReturnEvent}), added in format v7. As everywhere in
 * {@link EventCodec}, {@code "type"} names the record and is part of the stored format, as are the field names; a
 * request's items are stored as {@code {"lineId", "quantity", "reason"}} objects, in the order requested.
 */
final class ReturnEventCodec {
    private ReturnEventCodec() {}

    static ObjectNode encode(ReturnRequested e) {
        ObjectNode o = StoredJson.typed("ReturnRequested");
        o.put("returnId", e.returnId().value());
        o.set("items", StoredJson.array(e.items(), ReturnEventCodec::item));
        o.put("requestedAt", e.requestedAt().toString());
        return o;
    }

    static ObjectNode encode(ReturnApproved e) {
        return decided("ReturnApproved", e.returnId(), e.note());
    }

    static ObjectNode encode(ReturnRejected e) {
        return decided("ReturnRejected", e.returnId(), e.note());
    }

    private static ObjectNode decided(String type, ReturnId returnId, String note) {
        ObjectNode o = StoredJson.typed(type);
        o.put("returnId", returnId.value());
        o.put("note", note);
        return o;
    }

    private static ObjectNode item(ReturnItem item) {
        ObjectNode o = StoredJson.object();
        o.put("lineId", item.lineId().value());
        o.put("quantity", item.quantity());
        o.put("reason", item.reason());
        return o;
    }

    private static ReturnItem item(Fields f) {
        return new ReturnItem(LineId.of(f.string("lineId")), f.number("quantity"), f.string("reason"));
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "ReturnRequested" -> new ReturnRequested(ReturnId.of(f.string("returnId")),
                    f.objects("items").stream().map(ReturnEventCodec::item).toList(), f.instant("requestedAt"));
            case "ReturnApproved" -> new ReturnApproved(ReturnId.of(f.string("returnId")), f.string("note"));
            case "ReturnRejected" -> new ReturnRejected(ReturnId.of(f.string("returnId")), f.string("note"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
