// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReleaseEvent;
import dev.oms.spi.event.ReleaseEvent.AuthorizationReleaseRequested;
import dev.oms.spi.event.ReleaseEvent.AuthorizationReleased;
import dev.oms.spi.value.AuthorizationId;
import java.util.Optional;

/**
 * The stored form of the events of releases of authorised money ({@link ReleaseEvent}), added in format v18. As
 * everywhere in {@link EventCodec}, {@code "type"} names the record and is part of the stored format, as are the field
 * names; both records store the same three fields.
 */
final class ReleaseEventCodec {
    private ReleaseEventCodec() {}

    static ObjectNode encode(ReleaseEvent e) {
        ObjectNode o = StoredJson.typed(e instanceof AuthorizationReleased ? "AuthorizationReleased" : "AuthorizationReleaseRequested");
        o.put("authorizationId", e.authorizationId().value());
        o.put("release", e.release());
        o.set("amount", Values.money(e.amount()));
        return o;
    }

    /** The event stored under {@code type}, if it is one of this family. */
    static Optional<OrderEvent> decode(String type, Fields f) {
        return switch (type) {
            case "AuthorizationReleaseRequested" -> Optional.of(new AuthorizationReleaseRequested(
                    AuthorizationId.of(f.string("authorizationId")), f.integer("release"), f.money("amount")));
            case "AuthorizationReleased" -> Optional.of(new AuthorizationReleased(
                    AuthorizationId.of(f.string("authorizationId")), f.integer("release"), f.money("amount")));
            default -> Optional.empty();
        };
    }
}
