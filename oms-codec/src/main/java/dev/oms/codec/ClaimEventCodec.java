// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.ClaimEvent;
import dev.oms.spi.event.ClaimEvent.ClaimReason;
import dev.oms.spi.event.ClaimEvent.ClaimRefunded;
import dev.oms.spi.event.ClaimEvent.ClaimSettled;
import dev.oms.spi.event.ClaimEvent.ReplacementAdded;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.ClaimId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.RefundId;
import java.util.Optional;

/**
 * The stored form of the events of claims ({@link ClaimEvent}), added in format v10 ({@code ReplacementAdded} in v12). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names; the items are stored as
 * packages' items are, the refunds per capture as a return receipt's, the reason by its constant's name.
 */
final class ClaimEventCodec {
    private ClaimEventCodec() {}

    static ObjectNode encode(ClaimSettled e) {
        ObjectNode o = StoredJson.typed("ClaimSettled");
        o.put("claimId", e.claimId().value());
        o.put("packageId", e.packageId().value());
        o.put("reason", e.reason().name());
        o.set("items", StoredJson.array(e.items(), FulfilmentEventCodec::packageItem));
        o.put("settledAt", InstantText.of(e.settledAt()));
        o.set("refunds", StoredJson.array(e.refunds(), ReturnEventCodec::refund));
        return o;
    }

    static ObjectNode encode(ClaimRefunded e) {
        ObjectNode o = StoredJson.typed("ClaimRefunded");
        o.put("claimId", e.claimId().value());
        o.put("share", e.share());
        o.put("refundId", e.refundId().value());
        return o;
    }

    /** A reship's lines are stored as an order's placed lines are (format v12). */
    static ObjectNode encode(ReplacementAdded e) {
        ObjectNode o = StoredJson.typed("ReplacementAdded");
        o.put("claimId", e.claimId().value());
        o.set("lines", StoredJson.array(e.lines(), PlacementEventCodec::placedLine));
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "ClaimSettled" -> new ClaimSettled(ClaimId.of(f.string("claimId")), PackageId.of(f.string("packageId")),
                    f.enumValue("reason", ClaimReason.class), f.objects("items").stream().map(FulfilmentEventCodec::packageItem).toList(),
                    f.instant("settledAt"), f.objects("refunds").stream().map(ReturnEventCodec::refund).toList());
            case "ClaimRefunded" -> new ClaimRefunded(ClaimId.of(f.string("claimId")), f.integer("share"), RefundId.of(f.string("refundId")));
            case "ReplacementAdded" -> new ReplacementAdded(ClaimId.of(f.string("claimId")),
                    f.objects("lines").stream().map(PlacementEventCodec::placedLine).toList());
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
