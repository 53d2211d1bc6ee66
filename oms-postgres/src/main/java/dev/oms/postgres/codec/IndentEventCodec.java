package dev.oms.postgres.codec;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of the events of indent purchases: what was asked of a supplier, its answer and the goods it sent ({@link IndentEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class IndentEventCodec {
    private IndentEventCodec() {}

    static Map<String, Object> encode(PurchaseRequested e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PurchaseRequested");
        o.put("purchaseId", e.purchaseId().value());
        o.put("lineId", e.lineId().value());
        o.put("sku", e.sku().code());
        o.put("supplier", e.supplier().value());
        o.put("quantity", e.quantity());
        return o;
    }

    static Map<String, Object> encode(SupplierConfirmed e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "SupplierConfirmed");
        o.put("purchaseId", e.purchaseId().value());
        o.put("committed", e.committed());
        o.put("expectedOn", e.expectedOn().toString());
        return o;
    }

    static Map<String, Object> encode(SupplierRejected e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "SupplierRejected");
        o.put("purchaseId", e.purchaseId().value());
        o.put("reason", e.reason());
        return o;
    }

    static Map<String, Object> encode(SupplierShortfallSettled e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "SupplierShortfallSettled");
        o.put("purchaseId", e.purchaseId().value());
        o.put("lineId", e.lineId().value());
        o.put("quantity", e.quantity());
        o.put("to", e.to().name());
        o.put("reason", e.reason());
        return o;
    }

    static Map<String, Object> encode(PurchaseGoodsReceived e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PurchaseGoodsReceived");
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
                    LocalDate.parse(f.string("expectedOn")));
            case "SupplierRejected" -> new SupplierRejected(PurchaseId.of(f.string("purchaseId")), f.string("reason"));
            case "SupplierShortfallSettled" -> new SupplierShortfallSettled(PurchaseId.of(f.string("purchaseId")),
                    LineId.of(f.string("lineId")), f.number("quantity"), Bucket.valueOf(f.string("to")),
                    f.string("reason"));
            case "PurchaseGoodsReceived" -> new PurchaseGoodsReceived(ReceiptId.of(f.string("receiptId")), PurchaseId.of(f.string("purchaseId")),
                    LineId.of(f.string("lineId")), LocationId.of(f.string("locationId")), f.number("quantity"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
