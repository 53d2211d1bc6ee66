// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent;
import dev.oms.spi.event.ReturnEvent.CaptureRefund;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.event.ReturnEvent.ReceivedItem;
import dev.oms.spi.event.ReturnEvent.ReturnApproved;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.event.ReturnEvent.ReturnReceived;
import dev.oms.spi.event.ReturnEvent.ReturnRefunded;
import dev.oms.spi.event.ReturnEvent.ReturnRejected;
import dev.oms.spi.event.ReturnEvent.ReturnRequested;
import dev.oms.spi.event.ReturnEvent.ReturnedUnitsRestocked;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.ReturnId;
import java.util.Optional;

/**
 * The stored form of the events of returns ({@link ReturnEvent}): requests and answers added in format v7, receipts,
 * refunds and restocks in v8. As everywhere in {@link EventCodec}, {@code "type"} names the record and is part of the
 * stored format, as are the field names; a request's items are stored as {@code {"lineId", "quantity", "reason"}}
 * objects, in the order requested; a receipt's as {@code {"lineId", "quantity", "disposition"}} with the disposition's
 * constant name, and its refunds as {@code {"captureId", "amount"}} objects, amounts as everywhere else.
 */
final class ReturnEventCodec {
    private ReturnEventCodec() {}

    static ObjectNode encode(ReturnRequested e) {
        ObjectNode o = StoredJson.typed("ReturnRequested");
        o.put("returnId", e.returnId().value());
        o.set("items", StoredJson.array(e.items(), ReturnEventCodec::item));
        o.put("requestedAt", InstantText.of(e.requestedAt()));
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

    static ObjectNode encode(ReturnReceived e) {
        ObjectNode o = StoredJson.typed("ReturnReceived");
        o.put("returnId", e.returnId().value());
        o.put("receipt", e.receipt());
        o.put("locationId", e.locationId().value());
        o.set("items", StoredJson.array(e.items(), ReturnEventCodec::received));
        o.put("receivedAt", InstantText.of(e.receivedAt()));
        o.set("restockingFee", Values.money(e.restockingFee()));
        o.set("refunds", StoredJson.array(e.refunds(), ReturnEventCodec::refund));
        return o;
    }

    static ObjectNode encode(ReturnRefunded e) {
        ObjectNode o = StoredJson.typed("ReturnRefunded");
        o.put("returnId", e.returnId().value());
        o.put("receipt", e.receipt());
        o.put("share", e.share());
        o.put("refundId", e.refundId().value());
        return o;
    }

    static ObjectNode encode(ReturnedUnitsRestocked e) {
        ObjectNode o = StoredJson.typed("ReturnedUnitsRestocked");
        o.put("returnId", e.returnId().value());
        o.put("receipt", e.receipt());
        o.put("lineId", e.lineId().value());
        return o;
    }

    private static ObjectNode received(ReceivedItem item) {
        ObjectNode o = StoredJson.object();
        o.put("lineId", item.lineId().value());
        o.put("quantity", item.quantity());
        o.put("disposition", item.disposition().name());
        return o;
    }

    private static ReceivedItem received(Fields f) {
        return new ReceivedItem(LineId.of(f.string("lineId")), f.number("quantity"), f.enumValue("disposition", Disposition.class));
    }

    static ObjectNode refund(CaptureRefund refund) {
        ObjectNode o = StoredJson.object();
        o.put("captureId", refund.captureId().value());
        o.set("amount", Values.money(refund.amount()));
        return o;
    }

    static CaptureRefund refund(Fields f) {
        return new CaptureRefund(CaptureId.of(f.string("captureId")), f.money("amount"));
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
            case "ReturnReceived" -> new ReturnReceived(ReturnId.of(f.string("returnId")), f.integer("receipt"),
                    LocationId.of(f.string("locationId")), f.objects("items").stream().map(ReturnEventCodec::received).toList(),
                    f.instant("receivedAt"), f.money("restockingFee"),
                    f.objects("refunds").stream().map(ReturnEventCodec::refund).toList());
            case "ReturnRefunded" -> new ReturnRefunded(ReturnId.of(f.string("returnId")), f.integer("receipt"), f.integer("share"),
                    RefundId.of(f.string("refundId")));
            case "ReturnedUnitsRestocked" -> new ReturnedUnitsRestocked(ReturnId.of(f.string("returnId")), f.integer("receipt"),
                    LineId.of(f.string("lineId")));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
