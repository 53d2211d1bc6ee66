package dev.oms.postgres.codec;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.AuthorizationLapsed;
import dev.oms.spi.event.EffectEvent.AuthorizationRequested;
import dev.oms.spi.event.PaymentEvent.AuthorizationVoided;
import dev.oms.spi.event.PaymentEvent.CashCollected;
import dev.oms.spi.event.FulfilmentEvent.LabelPurchased;
import dev.oms.spi.event.FulfilmentEvent.LabelRefused;
import dev.oms.spi.event.EffectEvent.LabelRequested;
import dev.oms.spi.event.FulfilmentEvent.LabelVoided;
import dev.oms.spi.event.EffectEvent.NotificationSent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.event.FulfilmentEvent.PackageOpened;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PaymentEvent.PaymentCaptured;
import dev.oms.spi.event.PaymentEvent.PaymentDeclined;
import dev.oms.spi.event.PaymentEvent.PaymentRetryRequested;
import dev.oms.spi.event.PaymentEvent.PaymentStage;
import dev.oms.spi.event.FulfilmentEvent.PickItem;
import dev.oms.spi.event.FulfilmentEvent.PickListCreated;
import dev.oms.spi.event.FulfilmentEvent.PickListPicked;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.AllocationEvent.ReservationFailed;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.EffectEvent.StockConsumed;
import dev.oms.spi.event.EffectEvent.StockReleased;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Sku;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;

/**
 * Turns {@link OrderEvent}s into JSON text and back. Each event is an object whose {@code "type"} names
 * its record; the names are part of the stored format, so renaming a record must keep its type name here.
 * Hand-written rather than reflective so that the stored format is visible in one file and does not
 * change when a Java field is renamed.
 */
public final class EventCodec {
    private EventCodec() {}

    /** The JSON text of a list of events (one commit's). */
    public static String encodeAll(List<OrderEvent> events) {
        return Json.write(events.stream().map(EventCodec::toJson).toList());
    }

    /** The events of {@link #encodeAll}'s text, in order. */
    public static List<OrderEvent> decodeAll(String json) {
        return Values.list(Json.read(json)).stream().map(e -> fromJson(Values.map(e))).toList();
    }

    /** The JSON text of one event. */
    public static String encode(OrderEvent event) {
        return Json.write(toJson(event));
    }

    /** The event of {@link #encode}'s text. */
    public static OrderEvent decode(String json) {
        return fromJson(Values.map(Json.read(json)));
    }

    static Map<String, Object> toJson(OrderEvent event) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (event instanceof OrderPlaced e) {
            o.put("type", "OrderPlaced");
            o.put("orderId", e.orderId().value());
            o.put("channel", e.channel().code());
            o.put("externalId", e.externalId());
            o.put("customer", e.customer().value());
            o.put("shipTo", Values.address(e.shipTo()));
            o.put("paymentMethod", Values.paymentMethod(e.paymentMethod()));
            o.put("currency", e.currency().getCode());
            o.put("lines", e.lines().stream().map(EventCodec::placedLine).toList());
            o.put("placedAt", e.placedAt().toString());
        } else if (event instanceof ReservationRequested e) {
            o.put("type", "ReservationRequested");
            o.put("attempt", (long) e.attempt());
            o.put("reservations", e.reservations().stream().map(EventCodec::reservation).toList());
        } else if (event instanceof ReservationFailed e) {
            o.put("type", "ReservationFailed");
            o.put("attempt", (long) e.attempt());
            o.put("shortfalls", e.shortfalls().stream().map(Values::shortfall).toList());
        } else if (event instanceof UnitsAllocated e) {
            o.put("type", "UnitsAllocated");
            o.put("lineId", e.lineId().value());
            o.put("locationId", e.locationId().value());
            o.put("quantity", e.quantity());
        } else if (event instanceof AuthorizationRequested e) {
            o.put("type", "AuthorizationRequested");
            o.put("attempt", (long) e.attempt());
            o.put("amount", Values.money(e.amount()));
        } else if (event instanceof PaymentAuthorized e) {
            o.put("type", "PaymentAuthorized");
            o.put("authorizationId", e.authorizationId());
            o.put("amount", Values.money(e.amount()));
        } else if (event instanceof PaymentDeclined e) {
            o.put("type", "PaymentDeclined");
            o.put("stage", e.stage().name());
            o.put("reason", e.reason());
        } else if (event instanceof PaymentRetryRequested e) {
            o.put("type", "PaymentRetryRequested");
            o.put("paymentMethod", Values.paymentMethod(e.paymentMethod()));
        } else if (event instanceof PaymentCaptured e) {
            o.put("type", "PaymentCaptured");
            o.put("packageId", e.packageId().value());
            o.put("authorizationId", e.authorizationId());
            o.put("captureId", e.captureId());
            o.put("amount", Values.money(e.amount()));
        } else if (event instanceof AuthorizationVoided e) {
            o.put("type", "AuthorizationVoided");
            o.put("authorizationId", e.authorizationId());
            o.put("amount", Values.money(e.amount()));
        } else if (event instanceof CashCollected e) {
            o.put("type", "CashCollected");
            o.put("packageId", e.packageId().value());
            o.put("amount", Values.money(e.amount()));
        } else if (event instanceof PickListCreated e) {
            o.put("type", "PickListCreated");
            o.put("pickListId", e.pickListId().value());
            o.put("locationId", e.locationId().value());
            o.put("items", e.items().stream().map(EventCodec::pickItem).toList());
        } else if (event instanceof PickListPicked e) {
            o.put("type", "PickListPicked");
            o.put("pickListId", e.pickListId().value());
        } else if (event instanceof PackagePacked e) {
            o.put("type", "PackagePacked");
            o.put("packageId", e.packageId().value());
            o.put("locationId", e.locationId().value());
            o.put("contents", e.contents().stream().map(EventCodec::packageItem).toList());
            o.put("specialHandling", e.specialHandling().orElse(null));
            o.put("giftMessage", e.giftMessage().orElse(null));
        } else if (event instanceof LabelPurchased e) {
            o.put("type", "LabelPurchased");
            o.put("packageId", e.packageId().value());
            o.put("carrier", e.carrier());
            o.put("labelId", e.labelId());
            o.put("trackingNumber", e.trackingNumber());
            o.put("cost", Values.money(e.cost()));
        } else if (event instanceof LabelVoided e) {
            o.put("type", "LabelVoided");
            o.put("packageId", e.packageId().value());
            o.put("labelId", e.labelId());
        } else if (event instanceof PackageOpened e) {
            o.put("type", "PackageOpened");
            o.put("packageId", e.packageId().value());
            o.put("reason", e.reason());
        } else if (event instanceof PackageShipped e) {
            o.put("type", "PackageShipped");
            o.put("packageId", e.packageId().value());
            o.put("shippedAt", e.shippedAt().toString());
        } else if (event instanceof StockConsumed e) {
            o.put("type", "StockConsumed");
            o.put("packageId", e.packageId().value());
        } else if (event instanceof PackageDelivered e) {
            o.put("type", "PackageDelivered");
            o.put("packageId", e.packageId().value());
            o.put("deliveredAt", e.deliveredAt().toString());
        } else if (event instanceof UnitsCancelled e) {
            o.put("type", "UnitsCancelled");
            o.put("cancellationId", e.cancellationId());
            o.put("lineId", e.lineId().value());
            o.put("from", e.from().name());
            o.put("locationId", e.locationId().map(LocationId::value).orElse(null));
            o.put("quantity", e.quantity());
            o.put("reason", e.reason());
        } else if (event instanceof StockReleased e) {
            o.put("type", "StockReleased");
            o.put("cancellationId", e.cancellationId());
        } else if (event instanceof NotificationSent e) {
            o.put("type", "NotificationSent");
            o.put("notificationKey", e.notificationKey());
        } else if (event instanceof LabelRequested e) {
            o.put("type", "LabelRequested");
            o.put("packageId", e.packageId().value());
            o.put("service", e.service());
        } else if (event instanceof LabelRefused e) {
            o.put("type", "LabelRefused");
            o.put("packageId", e.packageId().value());
            o.put("service", e.service());
            o.put("reason", e.reason());
        } else if (event instanceof AuthorizationLapsed e) {
            o.put("type", "AuthorizationLapsed");
            o.put("authorizationId", e.authorizationId());
            o.put("amount", Values.money(e.amount()));
        } else {
            return WaitingEventCodec.toJson(event)
                    .or(() -> ReroutingEventCodec.toJson(event))
                    .or(() -> PrepaymentEventCodec.toJson(event))
                    .orElseThrow(() -> new IllegalArgumentException("no stored form for " + event.getClass().getName()));
        }
        return o;
    }

    static OrderEvent fromJson(Map<String, Object> o) {
        Fields f = new Fields(o);
        String type = f.string("type");
        return switch (type) {
            case "OrderPlaced" -> new OrderPlaced(OrderId.of(f.string("orderId")), Channel.of(f.string("channel")),
                    f.string("externalId"), CustomerRef.of(f.string("customer")), Values.address(f.map("shipTo")),
                    Values.paymentMethod(f.map("paymentMethod")), CurrencyUnit.of(f.string("currency")),
                    f.maps("lines").stream().map(EventCodec::placedLine).toList(), f.instant("placedAt"));
            case "ReservationRequested" -> new ReservationRequested(f.integer("attempt"),
                    f.maps("reservations").stream().map(EventCodec::reservation).toList());
            case "ReservationFailed" -> new ReservationFailed(f.integer("attempt"),
                    f.maps("shortfalls").stream().map(Values::shortfall).toList());
            case "UnitsAllocated" -> new UnitsAllocated(LineId.of(f.string("lineId")),
                    LocationId.of(f.string("locationId")), f.number("quantity"));
            case "AuthorizationRequested" -> new AuthorizationRequested(f.integer("attempt"), f.money("amount"));
            case "PaymentAuthorized" -> new PaymentAuthorized(f.string("authorizationId"), f.money("amount"));
            case "PaymentDeclined" -> new PaymentDeclined(PaymentStage.valueOf(f.string("stage")), f.string("reason"));
            case "PaymentRetryRequested" -> new PaymentRetryRequested(Values.paymentMethod(f.map("paymentMethod")));
            case "PaymentCaptured" -> new PaymentCaptured(PackageId.of(f.string("packageId")),
                    f.string("authorizationId"), f.string("captureId"), f.money("amount"));
            case "AuthorizationVoided" -> new AuthorizationVoided(f.string("authorizationId"), f.money("amount"));
            case "CashCollected" -> new CashCollected(PackageId.of(f.string("packageId")), f.money("amount"));
            case "PickListCreated" -> new PickListCreated(PickListId.of(f.string("pickListId")),
                    LocationId.of(f.string("locationId")), f.maps("items").stream().map(EventCodec::pickItem).toList());
            case "PickListPicked" -> new PickListPicked(PickListId.of(f.string("pickListId")));
            case "PackagePacked" -> new PackagePacked(PackageId.of(f.string("packageId")),
                    LocationId.of(f.string("locationId")),
                    f.maps("contents").stream().map(EventCodec::packageItem).toList(),
                    f.optionalString("specialHandling"), f.optionalString("giftMessage"));
            case "LabelPurchased" -> new LabelPurchased(PackageId.of(f.string("packageId")), f.string("carrier"),
                    f.string("labelId"), f.string("trackingNumber"), f.money("cost"));
            case "LabelVoided" -> new LabelVoided(PackageId.of(f.string("packageId")), f.string("labelId"));
            case "PackageOpened" -> new PackageOpened(PackageId.of(f.string("packageId")), f.string("reason"));
            case "PackageShipped" -> new PackageShipped(PackageId.of(f.string("packageId")), f.instant("shippedAt"));
            case "StockConsumed" -> new StockConsumed(PackageId.of(f.string("packageId")));
            case "PackageDelivered" -> new PackageDelivered(PackageId.of(f.string("packageId")), f.instant("deliveredAt"));
            case "UnitsCancelled" -> new UnitsCancelled(f.string("cancellationId"), LineId.of(f.string("lineId")),
                    Bucket.valueOf(f.string("from")), f.optionalString("locationId").map(LocationId::of),
                    f.number("quantity"), f.string("reason"));
            case "StockReleased" -> new StockReleased(f.string("cancellationId"));
            case "NotificationSent" -> new NotificationSent(f.string("notificationKey"));
            case "LabelRequested" -> new LabelRequested(PackageId.of(f.string("packageId")), f.string("service"));
            case "LabelRefused" -> new LabelRefused(PackageId.of(f.string("packageId")), f.string("service"),
                    f.string("reason"));
            case "AuthorizationLapsed" -> new AuthorizationLapsed(f.string("authorizationId"), f.money("amount"));
            default -> WaitingEventCodec.fromJson(type, f)
                    .or(() -> ReroutingEventCodec.fromJson(type, f))
                    .or(() -> PrepaymentEventCodec.fromJson(type, f))
                    .orElseThrow(() -> new IllegalArgumentException("unknown stored event type " + type));
        };
    }

    private static Map<String, Object> placedLine(PlacedLine line) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lineId", line.lineId().value());
        o.put("sku", line.sku().code());
        o.put("quantity", line.quantity());
        o.put("unitPrice", Values.money(line.unitPrice()));
        return o;
    }

    private static PlacedLine placedLine(Map<String, Object> o) {
        Fields f = new Fields(o);
        return new PlacedLine(LineId.of(f.string("lineId")), Sku.of(f.string("sku")), f.number("quantity"),
                f.money("unitPrice"));
    }

    private static Map<String, Object> reservation(Reservation r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lineId", r.lineId().value());
        o.put("sku", r.sku().code());
        o.put("locationId", r.locationId().value());
        o.put("quantity", r.quantity());
        return o;
    }

    private static Reservation reservation(Map<String, Object> o) {
        Fields f = new Fields(o);
        return new Reservation(LineId.of(f.string("lineId")), Sku.of(f.string("sku")),
                LocationId.of(f.string("locationId")), f.number("quantity"));
    }

    private static Map<String, Object> pickItem(PickItem item) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lineId", item.lineId().value());
        o.put("sku", item.sku().code());
        o.put("quantity", item.quantity());
        o.put("bin", item.bin());
        return o;
    }

    private static PickItem pickItem(Map<String, Object> o) {
        Fields f = new Fields(o);
        return new PickItem(LineId.of(f.string("lineId")), Sku.of(f.string("sku")), f.number("quantity"), f.string("bin"));
    }

    private static Map<String, Object> packageItem(PackageItem item) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lineId", item.lineId().value());
        o.put("quantity", item.quantity());
        return o;
    }

    private static PackageItem packageItem(Map<String, Object> o) {
        Fields f = new Fields(o);
        return new PackageItem(LineId.of(f.string("lineId")), f.number("quantity"));
    }
}
