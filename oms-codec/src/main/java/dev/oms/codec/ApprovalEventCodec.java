// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.ApprovalEvent;
import dev.oms.spi.event.ApprovalEvent.ApprovalHoldPlaced;
import dev.oms.spi.event.ApprovalEvent.ApprovalHoldRejected;
import dev.oms.spi.event.ApprovalEvent.ApprovalHoldReleased;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.ApprovalReason;
import java.util.Optional;

/**
 * The stored form of the events of approval holds ({@link ApprovalEvent}). As everywhere in {@link EventCodec},
 * {@code "type"} names the record and is part of the stored format, as are the field names; the reason is stored
 * by its enum constant's name.
 */
final class ApprovalEventCodec {
    private ApprovalEventCodec() {}

    static ObjectNode encode(ApprovalEvent e) {
        ObjectNode o = StoredJson.typed(e.getClass().getSimpleName());
        o.put("reason", e.reason().name());
        o.put("note", e.note());
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        OrderEvent event = switch (type) {
            case "ApprovalHoldPlaced" -> new ApprovalHoldPlaced(f.enumValue("reason", ApprovalReason.class), f.string("note"));
            case "ApprovalHoldReleased" -> new ApprovalHoldReleased(f.enumValue("reason", ApprovalReason.class), f.string("note"));
            case "ApprovalHoldRejected" -> new ApprovalHoldRejected(f.enumValue("reason", ApprovalReason.class), f.string("note"));
            default -> null;
        };
        return Optional.ofNullable(event);
    }
}
