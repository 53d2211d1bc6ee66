// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ShipmentVoidEvent;
import dev.oms.spi.event.ShipmentVoidEvent.ShipmentVoided;
import dev.oms.spi.event.ShipmentVoidEvent.VoidedStockReturned;
import dev.oms.spi.value.PackageId;
import java.util.Optional;

/**
 * The stored form of voided shipments ({@link ShipmentVoidEvent}), added in format v13. As everywhere in
 * {@link EventCodec}, {@code "type"} names the record and is part of the stored format, as are the field names; the
 * refunds per capture are stored as a return receipt's, and a package not repacked as {@code null}.
 */
final class ShipmentVoidEventCodec {
    private ShipmentVoidEventCodec() {}

    static ObjectNode encode(ShipmentVoided e) {
        ObjectNode o = StoredJson.typed("ShipmentVoided");
        o.put("packageId", e.packageId().value());
        o.put("reason", e.reason());
        o.put("repackedAs", e.repackedAs().map(PackageId::value).orElse(null));
        o.set("refunds", StoredJson.array(e.refunds(), ReturnEventCodec::refund));
        return o;
    }

    static ObjectNode encode(VoidedStockReturned e) {
        ObjectNode o = StoredJson.typed("VoidedStockReturned");
        o.put("packageId", e.packageId().value());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "ShipmentVoided" -> new ShipmentVoided(PackageId.of(f.string("packageId")), f.string("reason"),
                    f.optionalString("repackedAs").map(PackageId::of), f.objects("refunds").stream().map(ReturnEventCodec::refund).toList());
            case "VoidedStockReturned" -> new VoidedStockReturned(PackageId.of(f.string("packageId")));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
