// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import static dev.oms.spi.event.EventChecks.nonEmptyCopy;
import static dev.oms.spi.event.EventChecks.positive;

import dev.oms.spi.event.ReturnEvent.CaptureRefund;
import dev.oms.spi.value.ClaimId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.List;

/**
 * Facts of a claim: units of a delivered parcel that the customer reports damaged, not received, or the wrong item,
 * settled without the units coming back, by a refund or by sending replacements. The refund is owed when the claim is
 * settled and recorded when the provider pays it ({@link ClaimRefunded}); replacements are new lines of the order
 * ({@link ReplacementAdded}), allocated and shipped like any.
 */
public sealed interface ClaimEvent extends OrderEvent {

    /** {@return the claim the fact is about} */
    ClaimId claimId();

    /** Why a customer claims. */
    enum ClaimReason {
        /** The parcel arrived damaged. */
        DAMAGED,
        /** The carrier says delivered; the customer never got it. */
        NOT_RECEIVED,
        /** The parcel held something other than what was ordered. */
        WRONG_ITEM
    }

    /** How a claim is settled. */
    enum ClaimResolution {
        /** Each unit's share of its line is paid back. */
        REFUND,
        /** The units are sent again, free of charge, as new lines of the order: a reship. */
        RESHIP
    }

    /**
     * A claim on delivered units was settled (by a refund, or by {@link ReplacementAdded} after it): the units leave the customer's order (delivered to claimed)
     * without coming back, and each unit's share of its line's price, discounts and taxes is owed back from the
     * captures named. The money is fixed here, as for a return's receipt.
     *
     * @param claimId the claim's id, numbered by the order
     * @param packageId the delivered parcel claimed on
     * @param reason why
     * @param items the units claimed, per line; not empty
     * @param settledAt when the claim was settled
     * @param refunds the money owed back, per capture; empty when nothing is (a reship)
     */
    record ClaimSettled(ClaimId claimId, PackageId packageId, ClaimReason reason, List<PackageItem> items, Instant settledAt,
            List<CaptureRefund> refunds) implements ClaimEvent {
        /** Checks the event and copies the lists.
         * @param claimId the claim's id
         * @param packageId the parcel
         * @param reason why
         * @param items the units claimed; not empty
         * @param settledAt when
         * @param refunds the money owed back, per capture */
        public ClaimSettled {
            Require.nonNull(claimId, "claimId");
            Require.nonNull(packageId, "packageId");
            Require.nonNull(reason, "reason");
            items = nonEmptyCopy(items, "items");
            Require.nonNull(settledAt, "settledAt");
            refunds = List.copyOf(Require.nonNull(refunds, "refunds"));
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The payment provider refunded one share of a claim's refund.
     *
     * @param claimId the claim
     * @param share the share's number within the claim's refunds, from 1
     * @param refundId the provider's refund
     */
    record ClaimRefunded(ClaimId claimId, int share, RefundId refundId) implements ClaimEvent {
        /** Checks the event.
         * @param claimId the claim
         * @param share the share, from 1
         * @param refundId the provider's refund */
        public ClaimRefunded {
            Require.nonNull(claimId, "claimId");
            positive(share, "share");
            Require.nonNull(refundId, "refundId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A claim is settled by sending its units again: new lines of the order, one per line claimed, for the same SKU and
     * units, free of charge, to be allocated and shipped like any (their units start pending). Recorded with the
     * {@link ClaimSettled} it settles.
     *
     * @param claimId the claim
     * @param lines the replacement lines, numbered after the order's last line; each priced at zero
     */
    record ReplacementAdded(ClaimId claimId, List<PlacementEvent.PlacedLine> lines) implements ClaimEvent {
        /** Checks the event and copies the lines.
         * @param claimId the claim
         * @param lines the replacement lines; not empty, each priced at zero */
        public ReplacementAdded {
            Require.nonNull(claimId, "claimId");
            lines = nonEmptyCopy(lines, "lines");
            for (PlacementEvent.PlacedLine line : lines) {
                if (!line.unitPrice().isZero() || !line.total().isZero()) {
                    throw new IllegalArgumentException("replacement line " + line.lineId() + " must be free of charge");
                }
            }
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
