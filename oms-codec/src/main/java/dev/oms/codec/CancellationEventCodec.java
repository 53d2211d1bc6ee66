// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.CancellationEvent;
import dev.oms.spi.event.CancellationEvent.OrderReopened;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import java.util.Optional;

/**
 * The stored form of the events of cancellation ({@link CancellationEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names. {@code OrderReopened}
 * was added in format v9.
 */
final class CancellationEventCodec {
    private CancellationEventCodec() {}

    static ObjectNode encode(UnitsCancelled e) {
        ObjectNode o = StoredJson.typed("UnitsCancelled");
        o.put("cancellationId", e.cancellationId().value());
        o.put("lineId", e.lineId().value());
        o.put("from", e.from().name());
        o.put("locationId", e.locationId().map(LocationId::value).orElse(null));
        o.put("quantity", e.quantity());
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(OrderReopened e) {
        ObjectNode o = StoredJson.typed("OrderReopened");
        o.put("reason", e.reason());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "UnitsCancelled" -> new UnitsCancelled(ReleaseId.of(f.string("cancellationId")), LineId.of(f.string("lineId")),
                    f.enumValue("from", Bucket.class), f.optionalString("locationId").map(LocationId::of),
                    f.number("quantity"), f.string("reason"));
            case "OrderReopened" -> new OrderReopened(f.string("reason"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
