// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.TrackingEvent;
import dev.oms.spi.event.TrackingEvent.PackageTracked;
import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.value.PackageId;
import java.util.Optional;

/**
 * The stored form of the carrier's tracking events ({@link TrackingEvent}), added in format v11. As everywhere in
 * {@link EventCodec}, {@code "type"} names the record and is part of the stored format, as are the field names; the
 * status is stored by its constant's name, the carrier's time as ISO text, and a missing detail as {@code null}.
 */
final class TrackingEventCodec {
    private TrackingEventCodec() {}

    static ObjectNode encode(PackageTracked e) {
        ObjectNode o = StoredJson.typed("PackageTracked");
        o.put("packageId", e.packageId().value());
        o.put("carrierEventId", e.carrierEventId());
        o.put("status", e.status().name());
        o.put("occurredAt", InstantText.of(e.occurredAt()));
        o.put("detail", e.detail().orElse(null));
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        return "PackageTracked".equals(type)
                ? Optional.of(new PackageTracked(PackageId.of(f.string("packageId")), f.string("carrierEventId"),
                        f.enumValue("status", TrackingStatus.class), f.instant("occurredAt"), f.optionalString("detail")))
                : Optional.empty();
    }
}
