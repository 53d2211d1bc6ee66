package dev.oms.postgres.codec;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.WaitingEvent.PreorderStillWaiting;
import dev.oms.spi.event.IndentEvent.PurchaseGoodsReceived;
import dev.oms.spi.event.EffectEvent.PurchaseRequestSent;
import dev.oms.spi.event.IndentEvent.PurchaseRequested;
import dev.oms.spi.event.WaitingEvent.ReleaseDateMoved;
import dev.oms.spi.event.EffectEvent.RingFenceReserved;
import dev.oms.spi.event.IndentEvent.SupplierConfirmed;
import dev.oms.spi.event.IndentEvent.SupplierRejected;
import dev.oms.spi.event.IndentEvent.SupplierShortfallSettled;
import dev.oms.spi.event.WaitingEvent.UnitsBackordered;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.event.WaitingEvent.WaitingUnitsFilled;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of the events of units that wait: pre-orders, backorders and indent purchases. Kept
 * apart from {@link EventCodec} so each file stays readable; the same rules hold: {@code "type"} names the
 * record and is part of the stored format.
 */
final class WaitingEventCodec {
    private WaitingEventCodec() {}

    static Optional<Map<String, Object>> toJson(OrderEvent event) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (event instanceof UnitsPreordered e) {
            o.put("type", "UnitsPreordered");
            o.put("lineId", e.lineId().value());
            o.put("quantity", e.quantity());
            o.put("releasesAt", e.releasesAt().toString());
        } else if (event instanceof UnitsBackordered e) {
            o.put("type", "UnitsBackordered");
            o.put("lineId", e.lineId().value());
            o.put("quantity", e.quantity());
            o.put("shipsNow", e.shipsNow());
            o.put("expectedRestock", e.expectedRestock().map(LocalDate::toString).orElse(null));
            o.put("reason", e.reason());
        } else if (event instanceof WaitingUnitsFilled e) {
            o.put("type", "WaitingUnitsFilled");
            o.put("lineId", e.lineId().value());
            o.put("from", e.from().name());
            o.put("quantity", e.quantity());
            o.put("stillWaiting", e.stillWaiting());
            o.put("restockId", e.restockId());
        } else if (event instanceof PreorderStillWaiting e) {
            o.put("type", "PreorderStillWaiting");
            o.put("lineId", e.lineId().value());
            o.put("quantity", e.quantity());
            o.put("restockId", e.restockId());
        } else if (event instanceof ReleaseDateMoved e) {
            o.put("type", "ReleaseDateMoved");
            o.put("lineId", e.lineId().value());
            o.put("from", e.from().toString());
            o.put("to", e.to().toString());
        } else if (event instanceof PurchaseRequested e) {
            o.put("type", "PurchaseRequested");
            o.put("purchaseId", e.purchaseId());
            o.put("lineId", e.lineId().value());
            o.put("sku", e.sku().code());
            o.put("supplier", e.supplier().value());
            o.put("quantity", e.quantity());
        } else if (event instanceof PurchaseRequestSent e) {
            o.put("type", "PurchaseRequestSent");
            o.put("purchaseId", e.purchaseId());
        } else if (event instanceof SupplierConfirmed e) {
            o.put("type", "SupplierConfirmed");
            o.put("purchaseId", e.purchaseId());
            o.put("committed", e.committed());
            o.put("expectedOn", e.expectedOn().toString());
        } else if (event instanceof SupplierRejected e) {
            o.put("type", "SupplierRejected");
            o.put("purchaseId", e.purchaseId());
            o.put("reason", e.reason());
        } else if (event instanceof SupplierShortfallSettled e) {
            o.put("type", "SupplierShortfallSettled");
            o.put("purchaseId", e.purchaseId());
            o.put("lineId", e.lineId().value());
            o.put("quantity", e.quantity());
            o.put("to", e.to().name());
            o.put("reason", e.reason());
        } else if (event instanceof PurchaseGoodsReceived e) {
            o.put("type", "PurchaseGoodsReceived");
            o.put("receiptId", e.receiptId());
            o.put("purchaseId", e.purchaseId());
            o.put("lineId", e.lineId().value());
            o.put("locationId", e.locationId().value());
            o.put("quantity", e.quantity());
        } else if (event instanceof RingFenceReserved e) {
            o.put("type", "RingFenceReserved");
            o.put("receiptId", e.receiptId());
        } else {
            return Optional.empty();
        }
        return Optional.of(o);
    }

    static Optional<OrderEvent> fromJson(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "UnitsPreordered" -> new UnitsPreordered(line(f), f.number("quantity"), f.instant("releasesAt"));
            case "UnitsBackordered" -> new UnitsBackordered(line(f), f.number("quantity"), f.number("shipsNow"),
                    f.optionalString("expectedRestock").map(LocalDate::parse), f.string("reason"));
            case "WaitingUnitsFilled" -> new WaitingUnitsFilled(line(f), Bucket.valueOf(f.string("from")),
                    f.number("quantity"), f.number("stillWaiting"), f.string("restockId"));
            case "PreorderStillWaiting" -> new PreorderStillWaiting(line(f), f.number("quantity"), f.string("restockId"));
            case "ReleaseDateMoved" -> new ReleaseDateMoved(line(f), f.instant("from"), f.instant("to"));
            case "PurchaseRequested" -> new PurchaseRequested(f.string("purchaseId"), line(f), Sku.of(f.string("sku")),
                    LocationId.of(f.string("supplier")), f.number("quantity"));
            case "PurchaseRequestSent" -> new PurchaseRequestSent(f.string("purchaseId"));
            case "SupplierConfirmed" -> new SupplierConfirmed(f.string("purchaseId"), f.number("committed"),
                    LocalDate.parse(f.string("expectedOn")));
            case "SupplierRejected" -> new SupplierRejected(f.string("purchaseId"), f.string("reason"));
            case "SupplierShortfallSettled" -> new SupplierShortfallSettled(f.string("purchaseId"), line(f),
                    f.number("quantity"), Bucket.valueOf(f.string("to")), f.string("reason"));
            case "PurchaseGoodsReceived" -> new PurchaseGoodsReceived(f.string("receiptId"), f.string("purchaseId"),
                    line(f), LocationId.of(f.string("locationId")), f.number("quantity"));
            case "RingFenceReserved" -> new RingFenceReserved(f.string("receiptId"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }

    private static LineId line(Fields f) {
        return LineId.of(f.string("lineId"));
    }
}
