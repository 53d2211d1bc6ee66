// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnLabelEvent;
import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelIssued;
import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelRefused;
import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelRequested;
import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelVoided;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReturnId;
import java.util.Optional;

/**
 * The stored form of the events of return labels ({@link ReturnLabelEvent}), added in format v16. As everywhere in
 * {@link EventCodec}, {@code "type"} names the record and is part of the stored format, as are the field names; the
 * cost is stored as every amount is.
 */
final class ReturnLabelEventCodec {
    private ReturnLabelEventCodec() {}

    static ObjectNode encode(ReturnLabelRequested e) {
        ObjectNode o = StoredJson.typed("ReturnLabelRequested");
        o.put("returnId", e.returnId().value());
        o.put("request", e.request());
        o.put("returnTo", e.returnTo().value());
        o.put("service", e.service());
        return o;
    }

    static ObjectNode encode(ReturnLabelIssued e) {
        ObjectNode o = StoredJson.typed("ReturnLabelIssued");
        o.put("returnId", e.returnId().value());
        o.put("carrier", e.carrier());
        o.put("labelId", e.labelId().value());
        o.put("trackingNumber", e.trackingNumber());
        o.set("cost", Values.money(e.cost()));
        return o;
    }

    static ObjectNode encode(ReturnLabelRefused e) {
        ObjectNode o = StoredJson.typed("ReturnLabelRefused");
        o.put("returnId", e.returnId().value());
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(ReturnLabelVoided e) {
        ObjectNode o = StoredJson.typed("ReturnLabelVoided");
        o.put("returnId", e.returnId().value());
        o.put("labelId", e.labelId().value());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "ReturnLabelRequested" -> new ReturnLabelRequested(ReturnId.of(f.string("returnId")), f.integer("request"),
                    LocationId.of(f.string("returnTo")), f.string("service"));
            case "ReturnLabelIssued" -> new ReturnLabelIssued(ReturnId.of(f.string("returnId")), f.string("carrier"),
                    LabelId.of(f.string("labelId")), f.string("trackingNumber"), f.money("cost"));
            case "ReturnLabelRefused" -> new ReturnLabelRefused(ReturnId.of(f.string("returnId")), f.string("reason"));
            case "ReturnLabelVoided" -> new ReturnLabelVoided(ReturnId.of(f.string("returnId")), LabelId.of(f.string("labelId")));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
