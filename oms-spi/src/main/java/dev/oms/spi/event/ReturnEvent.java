// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import static dev.oms.spi.event.EventChecks.nonEmptyCopy;
import static dev.oms.spi.event.EventChecks.positive;
import static dev.oms.spi.event.EventChecks.positiveMoney;

import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import java.time.Instant;
import java.util.List;
import org.joda.money.Money;

/**
 * Facts of a return (RMA): units the customer received and wants to send back. A return is requested, then approved
 * or rejected. Until units are received back they stay where they are (delivered); a rejected return changes
 * nothing but the return itself. An approved return's units are received back, possibly over several receipts, each
 * unit with its disposition ({@link ReturnReceived}); the refunds and restocks a receipt owes are recorded as they are
 * done ({@link ReturnRefunded}, {@link ReturnedUnitsRestocked}).
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

    /** What becomes of a unit received back, decided when it is inspected at receipt. */
    enum Disposition {
        /** Sellable again: added to the receiving location's stock, where it serves waiting orders first. */
        RESTOCK,
        /** Not sellable: written off, no stock added. */
        WRITE_OFF,
        /** Sent for refurbishment: no sellable stock until the host receives it again as stock. */
        REFURBISH,
        /** Sent back to the vendor: no stock added. */
        RETURN_TO_VENDOR
    }

    /**
     * Units of one line received back, and what becomes of them.
     *
     * @param lineId the order line
     * @param quantity how many of its units; positive
     * @param disposition what becomes of them
     */
    record ReceivedItem(LineId lineId, long quantity, Disposition disposition) {
        /** Checks the item.
         * @param lineId the order line
         * @param quantity how many units; positive
         * @param disposition what becomes of them */
        public ReceivedItem {
            Require.nonNull(lineId, "lineId");
            positive(quantity, "quantity");
            Require.nonNull(disposition, "disposition");
        }
    }

    /**
     * Money owed back to the customer from one capture.
     *
     * @param captureId the capture refunded
     * @param amount the money; positive
     */
    record CaptureRefund(CaptureId captureId, Money amount) {
        /** Checks the share.
         * @param captureId the capture refunded
         * @param amount the money; positive */
        public CaptureRefund {
            Require.nonNull(captureId, "captureId");
            positiveMoney(amount, "amount");
        }
    }

    /**
     * Units of an approved return arrived at a location and were inspected: they leave the customer's hands
     * (delivered to returned), the restocked ones are owed to the location's stock, and their value less the restocking
     * fee is owed back to the customer, from the captures named. The money is fixed here, as the units' shares of the
     * line's price, discounts and taxes, so the stored fact never depends on how a later version would compute it.
     *
     * @param returnId the approved return
     * @param receipt the receipt's number within the return, from 1
     * @param locationId where the units arrived
     * @param items the units received per line and disposition; not empty
     * @param receivedAt when they arrived
     * @param restockingFee what the policy keeps of their value; zero or more
     * @param refunds the money owed back, per capture; empty when nothing is
     */
    record ReturnReceived(ReturnId returnId, int receipt, LocationId locationId, List<ReceivedItem> items, Instant receivedAt,
            Money restockingFee, List<CaptureRefund> refunds) implements ReturnEvent {
        /** Checks the event and copies the lists.
         * @param returnId the approved return
         * @param receipt the receipt's number, from 1
         * @param locationId where the units arrived
         * @param items the units received; not empty
         * @param receivedAt when they arrived
         * @param restockingFee what the policy keeps; not negative
         * @param refunds the money owed back, per capture */
        public ReturnReceived {
            Require.nonNull(returnId, "returnId");
            positive(receipt, "receipt");
            Require.nonNull(locationId, "locationId");
            items = nonEmptyCopy(items, "items");
            Require.nonNull(receivedAt, "receivedAt");
            Require.nonNull(restockingFee, "restockingFee");
            if (restockingFee.isNegative()) {
                throw new IllegalArgumentException("restockingFee must not be negative, was " + restockingFee);
            }
            refunds = List.copyOf(Require.nonNull(refunds, "refunds"));
        }

        /** {@return the units of a line received, over its items}
         * @param lineId the line */
        public long units(LineId lineId) {
            return items.stream().filter(i -> i.lineId().equals(lineId)).mapToLong(ReceivedItem::quantity).sum();
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The payment provider refunded one share of a receipt's refund.
     *
     * @param returnId the return
     * @param receipt the receipt that owed it
     * @param share the share's number within the receipt's refunds, from 1
     * @param refundId the provider's refund
     */
    record ReturnRefunded(ReturnId returnId, int receipt, int share, RefundId refundId) implements ReturnEvent {
        /** Checks the event.
         * @param returnId the return
         * @param receipt the receipt, from 1
         * @param share the share, from 1
         * @param refundId the provider's refund */
        public ReturnRefunded {
            Require.nonNull(returnId, "returnId");
            positive(receipt, "receipt");
            positive(share, "share");
            Require.nonNull(refundId, "refundId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The restocked units of one line of a receipt were added to the receiving location's stock.
     *
     * @param returnId the return
     * @param receipt the receipt that owed it
     * @param lineId the line whose restocked units were added
     */
    record ReturnedUnitsRestocked(ReturnId returnId, int receipt, LineId lineId) implements ReturnEvent {
        /** Checks the event.
         * @param returnId the return
         * @param receipt the receipt, from 1
         * @param lineId the line */
        public ReturnedUnitsRestocked {
            Require.nonNull(returnId, "returnId");
            positive(receipt, "receipt");
            Require.nonNull(lineId, "lineId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
