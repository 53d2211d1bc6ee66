// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import static dev.oms.spi.event.EventChecks.nonEmptyCopy;
import static dev.oms.spi.event.EventChecks.positive;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import java.time.Instant;
import java.util.List;

/**
 * Facts of a return (RMA): units the customer received and wants to send back. A return is requested, then approved
 * or rejected. Until units are received back they stay where they are (delivered); a rejected return changes
 * nothing but the return itself.
 */
public sealed interface ReturnEvent extends OrderEvent {

    /** {@return the return the fact is about} */
    ReturnId returnId();

    /**
     * Units of one line the customer asks to return, and why.
     *
     * @param lineId the order line
     * @param quantity how many of its units; positive
     * @param reason why, in the customer's or the host's words
     */
    record ReturnItem(LineId lineId, long quantity, String reason) {
        /** Checks the item.
         * @param lineId the order line
         * @param quantity how many units; positive
         * @param reason why; not blank */
        public ReturnItem {
            Require.nonNull(lineId, "lineId");
            positive(quantity, "quantity");
            Require.nonBlank(reason, "reason");
        }
    }

    /**
     * The customer asked to return delivered units, within the return window. The units named are under return from
     * now on: no other return may ask for them again unless this one is rejected.
     *
     * @param returnId the return's id, numbered by the order
     * @param items the units asked for, one item per line and reason; not empty
     * @param requestedAt when the return was asked for
     */
    record ReturnRequested(ReturnId returnId, List<ReturnItem> items, Instant requestedAt) implements ReturnEvent {
        /** Checks the event and copies the items.
         * @param returnId the return's id
         * @param items the units asked for; not empty
         * @param requestedAt when the return was asked for */
        public ReturnRequested {
            Require.nonNull(returnId, "returnId");
            items = nonEmptyCopy(items, "items");
            Require.nonNull(requestedAt, "requestedAt");
        }

        /** {@return the units of a line the return asks for, over its items}
         * @param lineId the line */
        public long units(LineId lineId) {
            return items.stream().filter(i -> i.lineId().equals(lineId)).mapToLong(ReturnItem::quantity).sum();
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The return was approved: the customer may send the units back.
     *
     * @param returnId the requested return
     * @param note who approved it, and why; for the audit trail
     */
    record ReturnApproved(ReturnId returnId, String note) implements ReturnEvent {
        /** Checks the event.
         * @param returnId the requested return
         * @param note who approved it, and why; not blank */
        public ReturnApproved {
            Require.nonNull(returnId, "returnId");
            Require.nonBlank(note, "note");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The return was rejected: its units are no longer under return, and nothing else changes.
     *
     * @param returnId the requested return
     * @param note who rejected it, and why; for the audit trail
     */
    record ReturnRejected(ReturnId returnId, String note) implements ReturnEvent {
        /** Checks the event.
         * @param returnId the requested return
         * @param note who rejected it, and why; not blank */
        public ReturnRejected {
            Require.nonNull(returnId, "returnId");
            Require.nonBlank(note, "note");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
