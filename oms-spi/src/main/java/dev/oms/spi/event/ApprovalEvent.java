// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.value.Require;

/**
 * Facts of an order waiting for a person's approval. While any approval hold is open the order keeps its
 * reservations and its authorisation, but nothing is picked, packed or shipped and no payment is captured.
 */
public sealed interface ApprovalEvent extends OrderEvent {

    /** {@return why the order was held} */
    ApprovalReason reason();

    /** {@return the words of the rule or person that acted, for the audit trail; never personal data} */
    String note();

    /**
     * The order was held for approval, by a host rule at placement or by hand.
     *
     * @param reason why it waits; no other hold for this reason is open
     * @param note who or what held it, and why
     */
    record ApprovalHoldPlaced(ApprovalReason reason, String note) implements ApprovalEvent {
        /** Checks the event.
         * @param reason why it waits
         * @param note who or what held it, and why; not blank */
        public ApprovalHoldPlaced {
            Require.nonNull(reason, "reason");
            Require.nonBlank(note, "note");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The hold for {@code reason} was released: the order may go on once no other hold is open.
     *
     * @param reason the open hold released
     * @param note who released it, and why
     */
    record ApprovalHoldReleased(ApprovalReason reason, String note) implements ApprovalEvent {
        /** Checks the event.
         * @param reason the open hold released
         * @param note who released it, and why; not blank */
        public ApprovalHoldReleased {
            Require.nonNull(reason, "reason");
            Require.nonBlank(note, "note");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The order was rejected in the review of {@code reason}: every hold closes, and the units not yet shipped
     * are cancelled by the {@link CancellationEvent.UnitsCancelled} events that follow in the same commit.
     *
     * @param reason the open hold whose review rejected the order
     * @param note who rejected it, and why
     */
    record ApprovalHoldRejected(ApprovalReason reason, String note) implements ApprovalEvent {
        /** Checks the event.
         * @param reason the open hold whose review rejected the order
         * @param note who rejected it, and why; not blank */
        public ApprovalHoldRejected {
            Require.nonNull(reason, "reason");
            Require.nonBlank(note, "note");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
