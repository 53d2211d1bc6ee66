package dev.oms.postgres.codec;

import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.AllocationEvent.ReservationFailed;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.AllocationEvent.UnitsDeallocated;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Sku;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of the events of allocation: reservations that failed, units allocated at a location and taken off it again for a re-route ({@link AllocationEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class AllocationEventCodec {
    private AllocationEventCodec() {}

    static Map<String, Object> encode(ReservationFailed e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "ReservationFailed");
        o.put("attempt", (long) e.attempt());
        o.put("shortfalls", e.shortfalls().stream().map(Values::shortfall).toList());
        return o;
    }

    static Map<String, Object> encode(UnitsAllocated e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "UnitsAllocated");
        o.put("lineId", e.lineId().value());
        o.put("locationId", e.locationId().value());
        o.put("quantity", e.quantity());
        return o;
    }

    static Map<String, Object> encode(UnitsDeallocated e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "UnitsDeallocated");
        o.put("rerouteId", e.rerouteId().value());
        o.put("lineId", e.lineId().value());
        o.put("locationId", e.locationId().value());
        o.put("quantity", e.quantity());
        o.put("reason", e.reason());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "ReservationFailed" -> new ReservationFailed(f.integer("attempt"),
                    f.maps("shortfalls").stream().map(Values::shortfall).toList());
            case "UnitsAllocated" -> new UnitsAllocated(LineId.of(f.string("lineId")),
                    LocationId.of(f.string("locationId")), f.number("quantity"));
            case "UnitsDeallocated" -> new UnitsDeallocated(ReleaseId.of(f.string("rerouteId")), LineId.of(f.string("lineId")),
                    LocationId.of(f.string("locationId")), f.number("quantity"), f.string("reason"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }

    static Map<String, Object> reservation(Reservation r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lineId", r.lineId().value());
        o.put("sku", r.sku().code());
        o.put("locationId", r.locationId().value());
        o.put("quantity", r.quantity());
        return o;
    }

    static Reservation reservation(Map<String, Object> o) {
        Fields f = new Fields(o);
        return new Reservation(LineId.of(f.string("lineId")), Sku.of(f.string("sku")),
                LocationId.of(f.string("locationId")), f.number("quantity"));
    }
}
