// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import io.vavr.control.Option;

/** Requests to give up units of an order, and to want a cancelled order again. */
public sealed interface CancellationCommand extends OrderCommand {

    /**
     * Cancel units. With no line, every unit not yet shipped; with a line and no quantity, every unshipped
     * unit of that line. A partial cancel gives up units at the least preferred location first, as the
     * {@link DecisionContext#locationPreference()} ranks them.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param line the line to cancel units of; empty for every unshipped unit
     * @param quantity how many unshipped units of the line; empty for all of them
     * @param reason why, as the host words it; recorded with the cancellation
     */
    record Cancel(String idempotencyKey, Option<LineId> line, Option<Long> quantity, String reason)
            implements CancellationCommand {
        /**
         * Refuses a blank key or reason and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param line the line to cancel units of; empty for every unshipped unit
         * @param quantity how many unshipped units of the line; empty for all of them
         * @param reason why, as the host words it; recorded with the cancellation
         */
        public Cancel {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(line, "line");
            Require.nonNull(quantity, "quantity");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public String fingerprint() {
            return Fingerprint.of(line, quantity, reason);
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
