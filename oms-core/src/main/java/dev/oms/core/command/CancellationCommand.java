// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;

/** Requests to give up units of an order, and to want a cancelled order again. */
public sealed interface CancellationCommand extends OrderCommand {

    /**
     * Cancel units. With no line, every unit not yet shipped; with a line and no quantity, every unshipped
     * unit of that line. A partial cancel gives up units at the least preferred location first, as the
     * {@link DecisionContext#locationPreference()} ranks them, after those it names to give up first.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param line the line to cancel units of; empty for every unshipped unit
     * @param quantity how many unshipped units of the line; empty for all of them
     * @param reason why, as the host words it; recorded with the cancellation
     * @param firstAt how many of the line's units to give up first at each location named, as many as can be
     *     cancelled there; empty for the usual order
     */
    record Cancel(String idempotencyKey, Option<LineId> line, Option<Long> quantity, String reason, Map<LocationId, Long> firstAt)
            implements CancellationCommand {
        /**
         * Refuses a blank key or reason and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param line the line to cancel units of; empty for every unshipped unit
         * @param quantity how many unshipped units of the line; empty for all of them
         * @param reason why, as the host words it; recorded with the cancellation
         * @param firstAt how many of the line's units to give up first at each location named; empty for the usual order
         */
        public Cancel {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(line, "line");
            Require.nonNull(quantity, "quantity");
            Require.nonBlank(reason, "reason");
            firstAt = TreeMap.ofEntries(Require.nonNull(firstAt, "firstAt")); // sorted: one fingerprint for one request
        }

        /**
         * A cancel giving up units in the usual order.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param line the line to cancel units of; empty for every unshipped unit
         * @param quantity how many unshipped units of the line; empty for all of them
         * @param reason why, as the host words it; recorded with the cancellation
         */
        public Cancel(String idempotencyKey, Option<LineId> line, Option<Long> quantity, String reason) {
            this(idempotencyKey, line, quantity, reason, TreeMap.empty());
        }

        @Override
        public String fingerprint() {
            // Without locations named, the digest is the one stored before they could be: replays still match.
            return firstAt.isEmpty() ? Fingerprint.of(line, quantity, reason) : Fingerprint.of(line, quantity, reason, firstAt.toList());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Reopen a fully cancelled order: every unit pending again.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param reason why, as the host words it; recorded with the reopening
     */
    record Reopen(String idempotencyKey, String reason) implements CancellationCommand {
        /**
         * Refuses a blank key or reason.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param reason why, as the host words it
         */
        public Reopen {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(reason);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
