package dev.oms.postgres.codec;

import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.spi.event.FulfilmentEvent.LabelPurchased;
import dev.oms.spi.event.FulfilmentEvent.LabelRefused;
import dev.oms.spi.event.FulfilmentEvent.LabelVoided;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.event.FulfilmentEvent.PackageOpened;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.FulfilmentEvent.PickItem;
import dev.oms.spi.event.FulfilmentEvent.PickListCreated;
import dev.oms.spi.event.FulfilmentEvent.PickListPicked;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Sku;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stored form of the events of fulfilment: pick lists, packages, labels, shipment and delivery ({@link FulfilmentEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class FulfilmentEventCodec {
    private FulfilmentEventCodec() {}

    static Map<String, Object> encode(PickListCreated e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PickListCreated");
        o.put("pickListId", e.pickListId().value());
        o.put("locationId", e.locationId().value());
        o.put("items", e.items().stream().map(FulfilmentEventCodec::pickItem).toList());
        return o;
    }

    static Map<String, Object> encode(PickListPicked e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PickListPicked");
        o.put("pickListId", e.pickListId().value());
        return o;
    }

    static Map<String, Object> encode(PackagePacked e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PackagePacked");
        o.put("packageId", e.packageId().value());
        o.put("locationId", e.locationId().value());
        o.put("contents", e.contents().stream().map(FulfilmentEventCodec::packageItem).toList());
        o.put("specialHandling", e.specialHandling().orElse(null));
        o.put("giftMessage", e.giftMessage().orElse(null));
        return o;
    }

    static Map<String, Object> encode(LabelPurchased e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "LabelPurchased");
        o.put("packageId", e.packageId().value());
        o.put("carrier", e.carrier());
        o.put("labelId", e.labelId().value());
        o.put("trackingNumber", e.trackingNumber());
        o.put("cost", Values.money(e.cost()));
        return o;
    }

    static Map<String, Object> encode(LabelRefused e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "LabelRefused");
        o.put("packageId", e.packageId().value());
        o.put("service", e.service());
        o.put("reason", e.reason());
        return o;
    }

    static Map<String, Object> encode(LabelVoided e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "LabelVoided");
        o.put("packageId", e.packageId().value());
        o.put("labelId", e.labelId().value());
        return o;
    }

    static Map<String, Object> encode(PackageOpened e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PackageOpened");
        o.put("packageId", e.packageId().value());
        o.put("reason", e.reason());
        return o;
    }

    static Map<String, Object> encode(PackageShipped e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PackageShipped");
        o.put("packageId", e.packageId().value());
        o.put("shippedAt", e.shippedAt().toString());
        return o;
    }

    static Map<String, Object> encode(PackageDelivered e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", "PackageDelivered");
        o.put("packageId", e.packageId().value());
        o.put("deliveredAt", e.deliveredAt().toString());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "PickListCreated" -> new PickListCreated(PickListId.of(f.string("pickListId")),
                    LocationId.of(f.string("locationId")),
                    f.maps("items").stream().map(FulfilmentEventCodec::pickItem).toList());
            case "PickListPicked" -> new PickListPicked(PickListId.of(f.string("pickListId")));
            case "PackagePacked" -> new PackagePacked(PackageId.of(f.string("packageId")),
                    LocationId.of(f.string("locationId")),
                    f.maps("contents").stream().map(FulfilmentEventCodec::packageItem).toList(),
                    f.optionalString("specialHandling"), f.optionalString("giftMessage"));
            case "LabelPurchased" -> new LabelPurchased(PackageId.of(f.string("packageId")), f.string("carrier"),
                    LabelId.of(f.string("labelId")), f.string("trackingNumber"), f.money("cost"));
            case "LabelRefused" -> new LabelRefused(PackageId.of(f.string("packageId")), f.string("service"),
                    f.string("reason"));
            case "LabelVoided" -> new LabelVoided(PackageId.of(f.string("packageId")), LabelId.of(f.string("labelId")));
            case "PackageOpened" -> new PackageOpened(PackageId.of(f.string("packageId")), f.string("reason"));
            case "PackageShipped" -> new PackageShipped(PackageId.of(f.string("packageId")), f.instant("shippedAt"));
            case "PackageDelivered" -> new PackageDelivered(PackageId.of(f.string("packageId")),
                    f.instant("deliveredAt"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }

    static Map<String, Object> pickItem(PickItem item) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lineId", item.lineId().value());
        o.put("sku", item.sku().code());
        o.put("quantity", item.quantity());
        o.put("bin", item.bin());
        return o;
    }

    static PickItem pickItem(Map<String, Object> o) {
        Fields f = new Fields(o);
        return new PickItem(LineId.of(f.string("lineId")), Sku.of(f.string("sku")), f.number("quantity"), f.string("bin"));
    }

    static Map<String, Object> packageItem(PackageItem item) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("lineId", item.lineId().value());
        o.put("quantity", item.quantity());
        return o;
    }

    static PackageItem packageItem(Map<String, Object> o) {
        Fields f = new Fields(o);
        return new PackageItem(LineId.of(f.string("lineId")), f.number("quantity"));
    }
}
