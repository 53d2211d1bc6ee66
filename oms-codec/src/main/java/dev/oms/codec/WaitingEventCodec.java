// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.WaitingEvent;
import dev.oms.spi.event.WaitingEvent.ReleaseFellShort;
import dev.oms.spi.event.WaitingEvent.ReleaseDateMoved;
import dev.oms.spi.event.WaitingEvent.UnitsBackordered;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.event.WaitingEvent.WaitingUnitsFilled;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The stored form of the events of units that wait: pre-orders, backorders and their filling ({@link WaitingEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class WaitingEventCodec {
    private WaitingEventCodec() {}

    static ObjectNode encode(UnitsPreordered e) {
        ObjectNode o = StoredJson.typed("UnitsPreordered");
        o.put("lineId", e.lineId().value());
        o.put("quantity", e.quantity());
        o.put("releasesAt", InstantText.of(e.releasesAt()));
        return o;
    }

    static ObjectNode encode(UnitsBackordered e) {
        ObjectNode o = StoredJson.typed("UnitsBackordered");
        o.put("lineId", e.lineId().value());
        o.put("quantity", e.quantity());
        o.put("shipsNow", e.shipsNow());
        o.put("expectedRestock", e.expectedRestock().map(LocalDate::toString).orElse(null));
        o.put("reason", e.reason());
        // Written only for units a location's terms took (format v5): older lines and units waiting anywhere have none.
        e.waitsAt().ifPresent(at -> o.put("waitsAt", at.value()));
        return o;
    }

    static ObjectNode encode(WaitingUnitsFilled e) {
        ObjectNode o = StoredJson.typed("WaitingUnitsFilled");
        o.put("lineId", e.lineId().value());
        o.put("from", e.from().name());
        o.put("quantity", e.quantity());
        o.put("stillWaiting", e.stillWaiting());
        o.put("restockId", e.restockId());
        return o;
    }

    /**
     * Stored under its first name, {@code "PreorderStillWaiting"}: the record was renamed to the fact it
     * states, and a stored type name never changes, so rows written before and after read the same.
     */
    static ObjectNode encode(ReleaseFellShort e) {
        ObjectNode o = StoredJson.typed("PreorderStillWaiting");
        o.put("lineId", e.lineId().value());
        o.put("quantity", e.quantity());
        o.put("restockId", e.restockId());
        return o;
    }

    static ObjectNode encode(ReleaseDateMoved e) {
        ObjectNode o = StoredJson.typed("ReleaseDateMoved");
        o.put("lineId", e.lineId().value());
        o.put("from", InstantText.of(e.from()));
        o.put("to", InstantText.of(e.to()));
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "UnitsPreordered" -> new UnitsPreordered(LineId.of(f.string("lineId")), f.number("quantity"),
                    f.instant("releasesAt"));
            case "UnitsBackordered" -> new UnitsBackordered(LineId.of(f.string("lineId")), f.number("quantity"),
                    f.number("shipsNow"), f.optionalString("expectedRestock").isPresent() ? Optional.of(f.date("expectedRestock")) : Optional.empty(),
                    f.string("reason"), f.optionalString("waitsAt").map(LocationId::of));
            case "WaitingUnitsFilled" -> new WaitingUnitsFilled(LineId.of(f.string("lineId")),
                    f.enumValue("from", Bucket.class), f.number("quantity"), f.number("stillWaiting"),
                    f.string("restockId"));
            // ReleaseFellShort keeps the stored type name of its first version (see its encoder).
            case "PreorderStillWaiting" -> new ReleaseFellShort(LineId.of(f.string("lineId")),
                    f.number("quantity"), f.string("restockId"));
            case "ReleaseDateMoved" -> new ReleaseDateMoved(LineId.of(f.string("lineId")), f.instant("from"),
                    f.instant("to"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
