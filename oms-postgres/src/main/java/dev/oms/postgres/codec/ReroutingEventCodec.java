package dev.oms.postgres.codec;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.AllocationEvent.UnitsDeallocated;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of the events of re-routing. Kept apart from {@link EventCodec} like
 * {@link WaitingEventCodec}; the same rules hold: {@code "type"} names the record and is part of the
 * stored format.
 */
final class ReroutingEventCodec {
    private ReroutingEventCodec() {}

    static Optional<Map<String, Object>> toJson(OrderEvent event) {
        if (!(event instanceof UnitsDeallocated e)) {
            return Optional.empty();
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "UnitsDeallocated");
        o.put("rerouteId", e.rerouteId());
        o.put("lineId", e.lineId().value());
        o.put("locationId", e.locationId().value());
        o.put("quantity", e.quantity());
        o.put("reason", e.reason());
        return Optional.of(o);
    }

    static Optional<OrderEvent> fromJson(String type, Fields f) {
        if (!type.equals("UnitsDeallocated")) {
            return Optional.empty();
        }
        return Optional.of(new UnitsDeallocated(f.string("rerouteId"), LineId.of(f.string("lineId")),
                LocationId.of(f.string("locationId")), f.number("quantity"), f.string("reason")));
    }
}
