// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.IndentEvent;
import dev.oms.spi.event.IndentEvent.PurchaseGoodsReceived;
import dev.oms.spi.event.IndentEvent.PurchaseRequested;
import dev.oms.spi.event.IndentEvent.SupplierConfirmed;
import dev.oms.spi.event.IndentEvent.SupplierRejected;
import dev.oms.spi.event.IndentEvent.SupplierShortfallSettled;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.ReceiptId;
import dev.oms.spi.value.Sku;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The stored form of the events of indent purchases: what was asked of a supplier, its answer and the goods it sent ({@link IndentEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class IndentEventCodec {
    private IndentEventCodec() {}

    static ObjectNode encode(PurchaseRequested e) {
        ObjectNode o = StoredJson.typed("PurchaseRequested");
        o.put("purchaseId", e.purchaseId().value());
        o.put("lineId", e.lineId().value());
        o.put("sku", e.sku().code());
        o.put("supplier", e.supplier().value());
        o.put("quantity", e.quantity());
        return o;
    }

    static ObjectNode encode(SupplierConfirmed e) {
        ObjectNode o = StoredJson.typed("SupplierConfirmed");
        o.put("purchaseId", e.purchaseId().value());
        o.put("committed", e.committed());
        o.put("expectedOn", e.expectedOn().toString());
        return o;
    }

    static ObjectNode encode(SupplierRejected e) {
        ObjectNode o = StoredJson.typed("SupplierRejected");
        o.put("purchaseId", e.purchaseId().value());
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(SupplierShortfallSettled e) {
        ObjectNode o = StoredJson.typed("SupplierShortfallSettled");
        o.put("purchaseId", e.purchaseId().value());
        o.put("lineId", e.lineId().value());
        o.put("quantity", e.quantity());
        o.put("to", e.to().name());
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(PurchaseGoodsReceived e) {
        ObjectNode o = StoredJson.typed("PurchaseGoodsReceived");
        o.put("receiptId", e.receiptId().value());
        o.put("purchaseId", e.purchaseId().value());
        o.put("lineId", e.lineId().value());
        o.put("locationId", e.locationId().value());
        o.put("quantity", e.quantity());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "PurchaseRequested" -> new PurchaseRequested(PurchaseId.of(f.string("purchaseId")), LineId.of(f.string("lineId")),
                    Sku.of(f.string("sku")), LocationId.of(f.string("supplier")), f.number("quantity"));
            case "SupplierConfirmed" -> new SupplierConfirmed(PurchaseId.of(f.string("purchaseId")), f.number("committed"),
                    f.date("expectedOn"));
            case "SupplierRejected" -> new SupplierRejected(PurchaseId.of(f.string("purchaseId")), f.string("reason"));
            case "SupplierShortfallSettled" -> new SupplierShortfallSettled(PurchaseId.of(f.string("purchaseId")),
                    LineId.of(f.string("lineId")), f.number("quantity"), f.enumValue("to", Bucket.class),
                    f.string("reason"));
            case "PurchaseGoodsReceived" -> new PurchaseGoodsReceived(ReceiptId.of(f.string("receiptId")), PurchaseId.of(f.string("purchaseId")),
                    LineId.of(f.string("lineId")), LocationId.of(f.string("locationId")), f.number("quantity"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
