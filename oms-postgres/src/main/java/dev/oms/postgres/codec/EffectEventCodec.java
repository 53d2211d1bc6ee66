package dev.oms.postgres.codec;

import dev.oms.spi.event.EffectEvent;
import dev.oms.spi.event.EffectEvent.AuthorizationRequested;
import dev.oms.spi.event.EffectEvent.LabelRequested;
import dev.oms.spi.event.EffectEvent.NotificationSent;
import dev.oms.spi.event.EffectEvent.PrepaymentRequested;
import dev.oms.spi.event.EffectEvent.PurchaseRequestSent;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.EffectEvent.RingFenceReserved;
import dev.oms.spi.event.EffectEvent.StockConsumed;
import dev.oms.spi.event.EffectEvent.StockReleased;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.ReleaseId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of the events of effect bookkeeping: what was asked of a port and what it did ({@link EffectEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class EffectEventCodec {
    private EffectEventCodec() {}

    static Map<String, Object> encode(ReservationRequested e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "ReservationRequested");
        o.put("attempt", (long) e.attempt());
        o.put("reservations", e.reservations().stream().map(AllocationEventCodec::reservation).toList());
        return o;
    }

    static Map<String, Object> encode(AuthorizationRequested e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "AuthorizationRequested");
        o.put("attempt", (long) e.attempt());
        o.put("amount", Values.money(e.amount()));
        return o;
    }

    static Map<String, Object> encode(PrepaymentRequested e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PrepaymentRequested");
        o.put("attempt", (long) e.attempt());
        o.put("lineId", e.lineId().value());
        o.put("quantity", e.quantity());
        o.put("authorizationId", e.authorizationId().value());
        o.put("amount", Values.money(e.amount()));
        return o;
    }

    static Map<String, Object> encode(PurchaseRequestSent e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PurchaseRequestSent");
        o.put("purchaseId", e.purchaseId().value());
        return o;
    }

    static Map<String, Object> encode(RingFenceReserved e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "RingFenceReserved");
        o.put("receiptId", e.receiptId().value());
        return o;
    }

    static Map<String, Object> encode(LabelRequested e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "LabelRequested");
        o.put("packageId", e.packageId().value());
        o.put("service", e.service());
        return o;
    }

    static Map<String, Object> encode(StockConsumed e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "StockConsumed");
        o.put("packageId", e.packageId().value());
        return o;
    }

    static Map<String, Object> encode(StockReleased e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "StockReleased");
        o.put("cancellationId", e.cancellationId().value());
        return o;
    }

    static Map<String, Object> encode(NotificationSent e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "NotificationSent");
        o.put("notificationKey", e.notificationKey());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "ReservationRequested" -> new ReservationRequested(f.integer("attempt"),
                    f.maps("reservations").stream().map(AllocationEventCodec::reservation).toList());
            case "AuthorizationRequested" -> new AuthorizationRequested(f.integer("attempt"), f.money("amount"));
            case "PrepaymentRequested" -> new PrepaymentRequested(f.integer("attempt"),
                    LineId.of(f.string("lineId")), f.number("quantity"), AuthorizationId.of(f.string("authorizationId")),
                    f.money("amount"));
            case "PurchaseRequestSent" -> new PurchaseRequestSent(PurchaseId.of(f.string("purchaseId")));
            case "RingFenceReserved" -> new RingFenceReserved(ReceiptId.of(f.string("receiptId")));
            case "LabelRequested" -> new LabelRequested(PackageId.of(f.string("packageId")), f.string("service"));
            case "StockConsumed" -> new StockConsumed(PackageId.of(f.string("packageId")));
            case "StockReleased" -> new StockReleased(ReleaseId.of(f.string("cancellationId")));
            case "NotificationSent" -> new NotificationSent(f.string("notificationKey"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
