// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.ExternalFulfilmentEvent.ExternalShipmentConfirmed;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRejected;
import dev.oms.spi.event.ExternalFulfilmentEvent.FulfilmentRequested;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import java.util.Optional;

/**
 * The stored form of the events of locations run by others: requests to a provider, its shipments and rejections
 * ({@link dev.oms.spi.event.ExternalFulfilmentEvent}). As everywhere in {@link EventCodec}, {@code "type"} names the
 * record and is part of the stored format, as are the field names; items are stored as a package's contents are.
 */
final class ExternalFulfilmentEventCodec {
    private ExternalFulfilmentEventCodec() {}

    static ObjectNode encode(FulfilmentRequested e) {
        ObjectNode o = StoredJson.typed("FulfilmentRequested");
        o.put("requestId", e.requestId().value());
        o.put("locationId", e.locationId().value());
        o.set("items", StoredJson.array(e.items(), FulfilmentEventCodec::packageItem));
        return o;
    }

    static ObjectNode encode(ExternalShipmentConfirmed e) {
        ObjectNode o = StoredJson.typed("ExternalShipmentConfirmed");
        o.put("requestId", e.requestId().value());
        o.put("packageId", e.packageId().value());
        o.put("locationId", e.locationId().value());
        o.set("contents", StoredJson.array(e.contents(), FulfilmentEventCodec::packageItem));
        o.put("carrier", e.carrier());
        o.put("trackingNumber", e.trackingNumber());
        o.put("shippedAt", InstantText.of(e.shippedAt()));
        return o;
    }

    static ObjectNode encode(FulfilmentRejected e) {
        ObjectNode o = StoredJson.typed("FulfilmentRejected");
        o.put("requestId", e.requestId().value());
        o.put("rejectionId", e.rejectionId());
        o.set("items", StoredJson.array(e.items(), FulfilmentEventCodec::packageItem));
        o.put("reason", e.reason());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "FulfilmentRequested" -> new FulfilmentRequested(FulfilmentRequestId.of(f.string("requestId")),
                    LocationId.of(f.string("locationId")),
                    f.objects("items").stream().map(FulfilmentEventCodec::packageItem).toList());
            case "ExternalShipmentConfirmed" -> new ExternalShipmentConfirmed(FulfilmentRequestId.of(f.string("requestId")),
                    PackageId.of(f.string("packageId")), LocationId.of(f.string("locationId")),
                    f.objects("contents").stream().map(FulfilmentEventCodec::packageItem).toList(),
                    f.string("carrier"), f.string("trackingNumber"), f.instant("shippedAt"));
            case "FulfilmentRejected" -> new FulfilmentRejected(FulfilmentRequestId.of(f.string("requestId")),
                    f.string("rejectionId"), f.objects("items").stream().map(FulfilmentEventCodec::packageItem).toList(),
                    f.string("reason"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
