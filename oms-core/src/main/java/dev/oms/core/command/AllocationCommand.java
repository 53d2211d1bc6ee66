// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.core.backorder.Backorder;
import dev.oms.core.indent.Indent;
import dev.oms.core.preorder.Preorder;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;

/** Requests that decide where an order's pending units go: reserved, queued, bought or rerouted. */
public sealed interface AllocationCommand extends OrderCommand {

    /** Reserve pending units as planned by the allocation policy. */
    record RequestReservation(String idempotencyKey, List<Reservation> reservations) implements AllocationCommand {
        public RequestReservation {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(reservations, "reservations");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Put pending units in their restock queue (pre-ordered or backordered) and reserve the rest, as one
     * decision: what placement and every later allocation of pending units do.
     */
    record AllocatePending(String idempotencyKey, List<Preorder> preorders, List<Indent> indents,
            List<Backorder> backorders, List<Reservation> reservations) implements AllocationCommand {
        public AllocatePending {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(indents, "indents");
            Require.nonNull(preorders, "preorders");
            Require.nonNull(backorders, "backorders");
            Require.nonNull(reservations, "reservations");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Move the units allocated at a location that cannot fulfil them after all back to pending, and
     * allocate them again as {@code reallocation} plans (planned without that location), as one decision.
     */
    record Reroute(String idempotencyKey, LocationId failedLocation, String reason, AllocatePending reallocation)
            implements AllocationCommand {
        public Reroute {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(failedLocation, "failedLocation");
            Require.nonBlank(reason, "reason");
            Require.nonNull(reallocation, "reallocation");
        }

        @Override
        public String fingerprint() {
            return fingerprintOf(failedLocation, reason);
        }

        /** What a host's reroute request asks for; the plan is the facade's, not the host's. */
        public static String fingerprintOf(LocationId failedLocation, String reason) {
            return Fingerprint.of(failedLocation, reason);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
