// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.AllocationEvent.DropshipAllocated;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.AllocationEvent.ReservationFailed;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.AllocationEvent.UnitsDeallocated;
import dev.oms.spi.event.AllocationEvent.UnitsLost;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRefused;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRequested;
import dev.oms.spi.event.AllocationEvent.AllocationMoved;
import dev.oms.spi.event.AllocationEvent.Relocation;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Sku;
import java.util.Optional;

/**
 * The stored form of the events of allocation: reservations that failed, units allocated at a location (or at a dropship supplier, without stock), taken off it again for a re-route or found gone by a stock adjustment, moved to another location ({@link AllocationEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class AllocationEventCodec {
    private AllocationEventCodec() {}

    static ObjectNode encode(ReservationFailed e) {
        ObjectNode o = StoredJson.typed("ReservationFailed");
        o.put("attempt", (long) e.attempt());
        o.set("shortfalls", StoredJson.array(e.shortfalls(), Values::shortfall));
        return o;
    }

    static ObjectNode encode(UnitsAllocated e) {
        ObjectNode o = StoredJson.typed("UnitsAllocated");
        o.put("lineId", e.lineId().value());
        o.put("locationId", e.locationId().value());
        o.put("quantity", e.quantity());
        return o;
    }

    static ObjectNode encode(DropshipAllocated e) {
        ObjectNode o = StoredJson.typed("DropshipAllocated");
        o.put("lineId", e.lineId().value());
        o.put("supplierId", e.supplierId().value());
        o.put("quantity", e.quantity());
        return o;
    }

    static ObjectNode encode(UnitsDeallocated e) {
        ObjectNode o = StoredJson.typed("UnitsDeallocated");
        o.put("rerouteId", e.rerouteId().value());
        o.put("lineId", e.lineId().value());
        o.put("locationId", e.locationId().value());
        o.put("quantity", e.quantity());
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(UnitsLost e) {
        ObjectNode o = StoredJson.typed("UnitsLost");
        o.put("lossId", e.lossId().value());
        o.put("lineId", e.lineId().value());
        o.put("locationId", e.locationId().value());
        o.put("quantity", e.quantity());
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(AllocationMoveRequested e) {
        return move(StoredJson.typed("AllocationMoveRequested"), e.moveId(), e.target(), e.units());
    }

    static ObjectNode encode(AllocationMoved e) {
        return move(StoredJson.typed("AllocationMoved"), e.moveId(), e.target(), e.units());
    }

    static ObjectNode encode(AllocationMoveRefused e) {
        ObjectNode o = StoredJson.typed("AllocationMoveRefused");
        o.put("moveId", e.moveId().value());
        o.set("shortfalls", StoredJson.array(e.shortfalls(), Values::shortfall));
        return o;
    }

    private static ObjectNode move(ObjectNode o, ReleaseId moveId, LocationId target, java.util.List<Relocation> units) {
        o.put("moveId", moveId.value());
        o.put("target", target.value());
        o.set("units", StoredJson.array(units, AllocationEventCodec::relocation));
        return o;
    }

    private static ObjectNode relocation(Relocation r) {
        ObjectNode o = StoredJson.object();
        o.put("lineId", r.lineId().value());
        o.put("sku", r.sku().code());
        o.put("from", r.from().value());
        o.put("quantity", r.quantity());
        return o;
    }

    private static Relocation relocation(Fields f) {
        return new Relocation(LineId.of(f.string("lineId")), Sku.of(f.string("sku")), LocationId.of(f.string("from")),
                f.number("quantity"));
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "ReservationFailed" -> new ReservationFailed(f.integer("attempt"),
                    f.objects("shortfalls").stream().map(Values::shortfall).toList());
            case "UnitsAllocated" -> new UnitsAllocated(LineId.of(f.string("lineId")),
                    LocationId.of(f.string("locationId")), f.number("quantity"));
            case "DropshipAllocated" -> new DropshipAllocated(LineId.of(f.string("lineId")),
                    LocationId.of(f.string("supplierId")), f.number("quantity"));
            case "UnitsDeallocated" -> new UnitsDeallocated(ReleaseId.of(f.string("rerouteId")), LineId.of(f.string("lineId")),
                    LocationId.of(f.string("locationId")), f.number("quantity"), f.string("reason"));
            case "UnitsLost" -> new UnitsLost(ReleaseId.of(f.string("lossId")), LineId.of(f.string("lineId")),
                    LocationId.of(f.string("locationId")), f.number("quantity"), f.string("reason"));
            case "AllocationMoveRequested" -> new AllocationMoveRequested(ReleaseId.of(f.string("moveId")),
                    LocationId.of(f.string("target")), f.objects("units").stream().map(AllocationEventCodec::relocation).toList());
            case "AllocationMoved" -> new AllocationMoved(ReleaseId.of(f.string("moveId")),
                    LocationId.of(f.string("target")), f.objects("units").stream().map(AllocationEventCodec::relocation).toList());
            case "AllocationMoveRefused" -> new AllocationMoveRefused(ReleaseId.of(f.string("moveId")),
                    f.objects("shortfalls").stream().map(Values::shortfall).toList());
            default -> null;
        };
        return Optional.ofNullable(event);
    }

    static ObjectNode reservation(Reservation r) {
        ObjectNode o = StoredJson.object();
        o.put("lineId", r.lineId().value());
        o.put("sku", r.sku().code());
        o.put("locationId", r.locationId().value());
        o.put("quantity", r.quantity());
        return o;
    }

    static Reservation reservation(Fields f) {
        return new Reservation(LineId.of(f.string("lineId")), Sku.of(f.string("sku")),
                LocationId.of(f.string("locationId")), f.number("quantity"));
    }
}
