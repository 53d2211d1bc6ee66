// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.oms.spi.event.FulfilmentEvent.PickListVoided;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Sku;
import java.util.Optional;

/**
 * The stored form of the events of fulfilment: pick lists, packages, labels, shipment and delivery ({@link FulfilmentEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names.
 */
final class FulfilmentEventCodec {
    private FulfilmentEventCodec() {}

    static ObjectNode encode(PickListCreated e) {
        ObjectNode o = StoredJson.typed("PickListCreated");
        o.put("pickListId", e.pickListId().value());
        o.put("locationId", e.locationId().value());
        o.set("items", StoredJson.array(e.items(), FulfilmentEventCodec::pickItem));
        return o;
    }

    static ObjectNode encode(PickListPicked e) {
        ObjectNode o = StoredJson.typed("PickListPicked");
        o.put("pickListId", e.pickListId().value());
        return o;
    }

    static ObjectNode encode(PickListVoided e) {
        ObjectNode o = StoredJson.typed("PickListVoided");
        o.put("pickListId", e.pickListId().value());
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(PackagePacked e) {
        ObjectNode o = StoredJson.typed("PackagePacked");
        o.put("packageId", e.packageId().value());
        o.put("locationId", e.locationId().value());
        o.set("contents", StoredJson.array(e.contents(), FulfilmentEventCodec::packageItem));
        o.put("specialHandling", e.specialHandling().orElse(null));
        o.put("giftMessage", e.giftMessage().orElse(null));
        return o;
    }

    static ObjectNode encode(LabelPurchased e) {
        ObjectNode o = StoredJson.typed("LabelPurchased");
        o.put("packageId", e.packageId().value());
        o.put("carrier", e.carrier());
        o.put("labelId", e.labelId().value());
        o.put("trackingNumber", e.trackingNumber());
        o.set("cost", Values.money(e.cost()));
        return o;
    }

    static ObjectNode encode(LabelRefused e) {
        ObjectNode o = StoredJson.typed("LabelRefused");
        o.put("packageId", e.packageId().value());
        o.put("service", e.service());
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(LabelVoided e) {
        ObjectNode o = StoredJson.typed("LabelVoided");
        o.put("packageId", e.packageId().value());
        o.put("labelId", e.labelId().value());
        return o;
    }

    static ObjectNode encode(PackageOpened e) {
        ObjectNode o = StoredJson.typed("PackageOpened");
        o.put("packageId", e.packageId().value());
        o.put("reason", e.reason());
        return o;
    }

    static ObjectNode encode(PackageShipped e) {
        ObjectNode o = StoredJson.typed("PackageShipped");
        o.put("packageId", e.packageId().value());
        o.put("shippedAt", InstantText.of(e.shippedAt()));
        return o;
    }

    static ObjectNode encode(PackageDelivered e) {
        ObjectNode o = StoredJson.typed("PackageDelivered");
        o.put("packageId", e.packageId().value());
        o.put("deliveredAt", InstantText.of(e.deliveredAt()));
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "PickListCreated" -> new PickListCreated(PickListId.of(f.string("pickListId")),
                    LocationId.of(f.string("locationId")),
                    f.objects("items").stream().map(FulfilmentEventCodec::pickItem).toList());
            case "PickListPicked" -> new PickListPicked(PickListId.of(f.string("pickListId")));
            case "PickListVoided" -> new PickListVoided(PickListId.of(f.string("pickListId")), f.string("reason"));
            case "PackagePacked" -> new PackagePacked(PackageId.of(f.string("packageId")),
                    LocationId.of(f.string("locationId")),
                    f.objects("contents").stream().map(FulfilmentEventCodec::packageItem).toList(),
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

    static ObjectNode pickItem(PickItem item) {
        ObjectNode o = StoredJson.object();
        o.put("lineId", item.lineId().value());
        o.put("sku", item.sku().code());
        o.put("quantity", item.quantity());
        o.put("bin", item.bin());
        return o;
    }

    static PickItem pickItem(Fields f) {
        return new PickItem(LineId.of(f.string("lineId")), Sku.of(f.string("sku")), f.number("quantity"), f.string("bin"));
    }

    static ObjectNode packageItem(PackageItem item) {
        ObjectNode o = StoredJson.object();
        o.put("lineId", item.lineId().value());
        o.put("quantity", item.quantity());
        return o;
    }

    static PackageItem packageItem(Fields f) {
        return new PackageItem(LineId.of(f.string("lineId")), f.number("quantity"));
    }
}
