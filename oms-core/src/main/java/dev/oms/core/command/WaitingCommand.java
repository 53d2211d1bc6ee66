// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import java.time.Instant;

/** Requests about units waiting in a restock queue: filling them when stock comes, moving their release. */
public sealed interface WaitingCommand extends OrderCommand {

    /**
     * Take waiting units out of the restock queue because stock arrived for them, and reserve them.
     * Authorisations that lapsed by then are given up in the same decision, from the
     * {@link DecisionContext}'s time and pre-order payment policy.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param restockId the receipt or release that fills them
     * @param fills the waiting units leaving their queue, per line
     * @param reservations the units to reserve, per line and location
     * @param stillWaiting pre-ordered lines the release did not cover, whose customers are told once
     */
    record FillWaitingUnits(String idempotencyKey, String restockId, List<Fill> fills, List<Reservation> reservations,
            List<LineId> stillWaiting) implements WaitingCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param restockId the receipt or release that fills them
         * @param fills the waiting units leaving their queue, per line
         * @param reservations the units to reserve, per line and location
         * @param stillWaiting pre-ordered lines the release did not cover, whose customers are told once
         */
        public FillWaitingUnits {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonBlank(restockId, "restockId");
            Require.nonNull(fills, "fills");
            Require.nonNull(reservations, "reservations");
            Require.nonNull(stillWaiting, "stillWaiting");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Waiting units of a line leaving {@code from} for allocation.
     *
     * @param lineId the line
     * @param from the queue the units leave: PREORDERED or BACKORDERED
     * @param quantity how many units leave the queue
     */
    record Fill(LineId lineId, Bucket from, long quantity) {
        /**
         * Refuses null components.
         *
         * @param lineId the line
         * @param from the queue the units leave: PREORDERED or BACKORDERED
         * @param quantity how many units leave the queue
         */
        public Fill {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(from, "from");
        }
    }

    /**
     * Record that the product of a pre-ordered line now releases at {@code releasesAt}.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param lineId the line
     * @param releasesAt the product's new release date
     */
    record MoveReleaseDate(String idempotencyKey, LineId lineId, Instant releasesAt) implements WaitingCommand {
        /**
         * Refuses a blank key and null components.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param lineId the line
         * @param releasesAt the product's new release date
         */
        public MoveReleaseDate {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(lineId, "lineId");
            Require.nonNull(releasesAt, "releasesAt");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
