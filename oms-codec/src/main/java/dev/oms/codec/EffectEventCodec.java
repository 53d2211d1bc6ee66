// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.EffectEvent;
import dev.oms.spi.event.EffectEvent.AuthorizationRequested;
import dev.oms.spi.event.EffectEvent.LabelRequested;
import dev.oms.spi.event.EffectEvent.NotificationSent;
import dev.oms.spi.event.EffectEvent.PrepaymentRequested;
import dev.oms.spi.event.EffectEvent.FulfilmentRequestSent;
import dev.oms.spi.event.EffectEvent.PurchaseRequestSent;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.EffectEvent.RingFenceReserved;
import dev.oms.spi.event.EffectEvent.StockConsumed;
import dev.oms.spi.event.EffectEvent.StockReleased;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.ReleaseId;
import java.util.Optional;

/**
 * The stored form of the events of effect bookkeeping: what was asked of a port and what it did ({@link EffectEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class EffectEventCodec {
    private EffectEventCodec() {}

    static ObjectNode encode(ReservationRequested e) {
        ObjectNode o = StoredJson.typed("ReservationRequested");
        o.put("attempt", (long) e.attempt());
        o.set("reservations", StoredJson.array(e.reservations(), AllocationEventCodec::reservation));
        return o;
    }

    static ObjectNode encode(AuthorizationRequested e) {
        ObjectNode o = StoredJson.typed("AuthorizationRequested");
        o.put("attempt", (long) e.attempt());
        o.set("amount", Values.money(e.amount()));
        return o;
    }

    static ObjectNode encode(PrepaymentRequested e) {
        ObjectNode o = StoredJson.typed("PrepaymentRequested");
        o.put("attempt", (long) e.attempt());
        o.put("lineId", e.lineId().value());
        o.put("quantity", e.quantity());
        o.put("authorizationId", e.authorizationId().value());
        o.set("amount", Values.money(e.amount()));
        return o;
    }

    static ObjectNode encode(FulfilmentRequestSent e) {
        ObjectNode o = StoredJson.typed("FulfilmentRequestSent");
        o.put("requestId", e.requestId().value());
        return o;
    }

    static ObjectNode encode(PurchaseRequestSent e) {
        ObjectNode o = StoredJson.typed("PurchaseRequestSent");
        o.put("purchaseId", e.purchaseId().value());
        return o;
    }

    static ObjectNode encode(RingFenceReserved e) {
        ObjectNode o = StoredJson.typed("RingFenceReserved");
        o.put("receiptId", e.receiptId().value());
        return o;
    }

    static ObjectNode encode(LabelRequested e) {
        ObjectNode o = StoredJson.typed("LabelRequested");
        o.put("packageId", e.packageId().value());
        o.put("service", e.service());
        return o;
    }

    static ObjectNode encode(StockConsumed e) {
        ObjectNode o = StoredJson.typed("StockConsumed");
        o.put("packageId", e.packageId().value());
        return o;
    }

    static ObjectNode encode(StockReleased e) {
        ObjectNode o = StoredJson.typed("StockReleased");
        o.put("cancellationId", e.cancellationId().value());
        return o;
    }

    static ObjectNode encode(NotificationSent e) {
        ObjectNode o = StoredJson.typed("NotificationSent");
        o.put("notificationKey", e.notificationKey());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "ReservationRequested" -> new ReservationRequested(f.integer("attempt"),
                    f.objects("reservations").stream().map(AllocationEventCodec::reservation).toList());
            case "AuthorizationRequested" -> new AuthorizationRequested(f.integer("attempt"), f.money("amount"));
            case "PrepaymentRequested" -> new PrepaymentRequested(f.integer("attempt"),
                    LineId.of(f.string("lineId")), f.number("quantity"), AuthorizationId.of(f.string("authorizationId")),
                    f.money("amount"));
            case "FulfilmentRequestSent" -> new FulfilmentRequestSent(FulfilmentRequestId.of(f.string("requestId")));
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
