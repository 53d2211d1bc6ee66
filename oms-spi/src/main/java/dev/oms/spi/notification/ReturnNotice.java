// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.notification;

import dev.oms.spi.notification.Notification.Kind;
import dev.oms.spi.value.ClaimId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.StoreCreditId;
import java.util.Map;
import org.joda.money.Money;

/**
 * What a customer is told after the sale: whether their return (RMA) was approved or rejected, what arrived back and
 * what is refunded, the refund of a claim, store credit issued instead of a refund, and a return label bought. A family of its own so {@link Notice} stays readable; a host's
 * {@code switch} over notices handles it as {@code case ReturnNotice r} or per record.
 */
public sealed interface ReturnNotice extends Notice {

    /**
     * A claim on a delivered parcel was settled by a refund; nothing needs to be sent back.
     *
     * @param claimId the claim
     * @param units the units claimed
     * @param refund the money refunded for them
     */
    record ClaimSettled(ClaimId claimId, long units, Money refund) implements ReturnNotice {
        /** Checks the facts.
         * @param claimId the claim
         * @param units the units claimed
         * @param refund the money refunded */
        public ClaimSettled {
            Require.nonNull(claimId, "claimId");
            Require.nonNull(refund, "refund");
        }
        @Override public Kind kind() { return Kind.CLAIM_SETTLED; }
        @Override public Map<String, String> details() {
            return Map.of("claimId", claimId.value(), "units", Long.toString(units), "refund", refund.toString());
        }
    }

    /**
     * The return was approved: the customer may send the units back.
     *
     * @param returnId the return
     * @param units the units it asks for, over its lines
     */
    record ReturnApproved(ReturnId returnId, long units) implements ReturnNotice {
        /** Checks the facts.
         * @param returnId the return
         * @param units the units it asks for */
        public ReturnApproved {
            Require.nonNull(returnId, "returnId");
        }
        @Override public Kind kind() { return Kind.RETURN_APPROVED; }
        @Override public Map<String, String> details() { return Map.of("returnId", returnId.value(), "units", Long.toString(units)); }
    }

    /**
     * The return was rejected: its units stay with the customer. The staff's note is not repeated to the customer.
     *
     * @param returnId the return
     */
    record ReturnRejected(ReturnId returnId) implements ReturnNotice {
        /** Checks the facts.
         * @param returnId the return */
        public ReturnRejected {
            Require.nonNull(returnId, "returnId");
        }
        @Override public Kind kind() { return Kind.RETURN_REJECTED; }
        @Override public Map<String, String> details() { return Map.of("returnId", returnId.value()); }
    }

    /**
     * Units of the return arrived back; what they are worth, less any restocking fee, is refunded to the original payment.
     *
     * @param returnId the return
     * @param units the units that arrived in this receipt
     * @param refund the money refunded for them; zero when the fee took it all
     * @param restockingFee the fee kept
     */
    record ReturnReceived(ReturnId returnId, long units, Money refund, Money restockingFee) implements ReturnNotice {
        /** Checks the facts.
         * @param returnId the return
         * @param units the units that arrived
         * @param refund the money refunded for them
         * @param restockingFee the fee kept */
        public ReturnReceived {
            Require.nonNull(returnId, "returnId");
            Require.nonNull(refund, "refund");
            Require.nonNull(restockingFee, "restockingFee");
        }
        @Override public Kind kind() { return Kind.RETURN_RECEIVED; }
        @Override public Map<String, String> details() {
            return Map.of("returnId", returnId.value(), "units", Long.toString(units), "refund", refund.toString(),
                    "restockingFee", restockingFee.toString());
        }
    }

    /**
     * Money owed back after the sale was issued as store credit or a gift card, not to the original payment.
     *
     * @param creditId the provider's id of the credit or gift card
     * @param amount the money credited
     * @param reason what it was owed for, such as {@code return ORD-1-RMA1 receipt 1}
     */
    record StoreCreditIssued(StoreCreditId creditId, Money amount, String reason) implements ReturnNotice {
        /** Checks the facts.
         * @param creditId the provider's id
         * @param amount the money credited
         * @param reason what it was owed for */
        public StoreCreditIssued {
            Require.nonNull(creditId, "creditId");
            Require.nonNull(amount, "amount");
            Require.nonBlank(reason, "reason");
        }
        @Override public Kind kind() { return Kind.STORE_CREDIT_ISSUED; }
        @Override public Map<String, String> details() {
            return Map.of("creditId", creditId.value(), "amount", amount.toString(), "reason", reason);
        }
    }

    /**
     * A return label was bought for an approved return: the customer prints it and hands the parcel to the carrier.
     *
     * @param returnId the return
     * @param carrier the carrier, as printed on the label
     * @param trackingNumber what the parcel back is tracked by
     */
    record ReturnLabelIssued(ReturnId returnId, String carrier, String trackingNumber) implements ReturnNotice {
        /** Checks the facts.
         * @param returnId the return
         * @param carrier the carrier
         * @param trackingNumber the tracking number */
        public ReturnLabelIssued {
            Require.nonNull(returnId, "returnId");
            Require.nonBlank(carrier, "carrier");
            Require.nonBlank(trackingNumber, "trackingNumber");
        }
        @Override public Kind kind() { return Kind.RETURN_LABEL_ISSUED; }
        @Override public Map<String, String> details() {
            return Map.of("returnId", returnId.value(), "carrier", carrier, "trackingNumber", trackingNumber);
        }
    }
}
