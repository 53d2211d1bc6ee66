// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.value.Require;

/** Requests to hold an order for a person's approval, and that person's answer. */
public sealed interface ApprovalCommand extends OrderCommand {

    /** {@return the hold the request is about} */
    ApprovalReason reason();

    /** {@return who or what asks, and why, for the audit trail} */
    String note();

    @Override
    default String fingerprint() {
        return Fingerprint.of(reason(), note());
    }

    /**
     * Hold the order for approval: it keeps its reservations and authorisation, but nothing is picked, packed,
     * shipped or captured until every hold is released.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param reason why; no hold for this reason may be open
     * @param note who or what holds it, and why
     */
    record HoldForApproval(String idempotencyKey, ApprovalReason reason, String note) implements ApprovalCommand {
        /**
         * Refuses a blank key or note and a null reason.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param reason why; no hold for this reason may be open
         * @param note who or what holds it, and why
         */
        public HoldForApproval {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(reason, "reason");
            Require.nonBlank(note, "note");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Release the open hold for {@code reason}: the order goes on once no other hold is open.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param reason the open hold to release
     * @param note who releases it, and why
     */
    record ReleaseApprovalHold(String idempotencyKey, ApprovalReason reason, String note) implements ApprovalCommand {
        /**
         * Refuses a blank key or note and a null reason.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param reason the open hold to release
         * @param note who releases it, and why
         */
        public ReleaseApprovalHold {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(reason, "reason");
            Require.nonBlank(note, "note");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Reject the order in the review of the open hold for {@code reason}: every unit not yet shipped is cancelled,
     * its stock released and its authorisation voided, and every hold closes.
     *
     * @param idempotencyKey the key the order handles the command under at most once
     * @param reason the open hold whose review rejects the order
     * @param note who rejects it, and why
     */
    record RejectInApproval(String idempotencyKey, ApprovalReason reason, String note) implements ApprovalCommand {
        /**
         * Refuses a blank key or note and a null reason.
         *
         * @param idempotencyKey the key the order handles the command under at most once
         * @param reason the open hold whose review rejects the order
         * @param note who rejects it, and why
         */
        public RejectInApproval {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(reason, "reason");
            Require.nonBlank(note, "note");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
