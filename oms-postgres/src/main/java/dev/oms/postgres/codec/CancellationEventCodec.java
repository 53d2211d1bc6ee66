package dev.oms.postgres.codec;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.CancellationEvent;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of the events of cancellation ({@link CancellationEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class CancellationEventCodec {
    private CancellationEventCodec() {}

    static Map<String, Object> encode(UnitsCancelled e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "UnitsCancelled");
        o.put("cancellationId", e.cancellationId().value());
        o.put("lineId", e.lineId().value());
        o.put("from", e.from().name());
        o.put("locationId", e.locationId().map(LocationId::value).orElse(null));
        o.put("quantity", e.quantity());
        o.put("reason", e.reason());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "UnitsCancelled" -> new UnitsCancelled(ReleaseId.of(f.string("cancellationId")), LineId.of(f.string("lineId")),
                    Bucket.valueOf(f.string("from")), f.optionalString("locationId").map(LocationId::of),
                    f.number("quantity"), f.string("reason"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
