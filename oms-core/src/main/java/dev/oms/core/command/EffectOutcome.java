// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.value.*;
import org.joda.money.Money;

/**
 * What a port answered to an effect the order owed ({@link dev.oms.core.effects.PendingEffect}), recorded
 * under the effect's key. Never a host request: the effect runner makes these from port answers, and each
 * is accepted only for a call the order currently owes. A port's either-or answer (authorised or declined,
 * say) is told apart once, where the port is called, and arrives here as one of two outcomes.
 */
public sealed interface EffectOutcome extends OrderCommand {

    /** What the inventory answered to the reservation request in flight. */
    record RecordReservation(String idempotencyKey, int attempt, ReservationResult result) implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param attempt the reservation attempt answered
         * @param result what the inventory reserved, and what it could not */
        public RecordReservation {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(result, "result");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** What the inventory answered to the target reservation of the move in flight. */
    record RecordMove(String idempotencyKey, ReleaseId moveId, ReservationResult result) implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param moveId the move answered
         * @param result what the inventory reserved at the target, and what it could not */
        public RecordMove {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(moveId, "moveId");
            Require.nonNull(result, "result");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The payment provider authorised {@code authorized} (at most what was requested) under {@code authorizationId}. */
    record RecordAuthorization(String idempotencyKey, Money requested, AuthorizationId authorizationId, Money authorized)
            implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param requested the amount asked for
         * @param authorizationId the authorisation, as the provider named it
         * @param authorized the amount authorised, at most what was requested */
        public RecordAuthorization {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(requested, "requested");
            Require.nonNull(authorized, "authorized");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The payment provider declined an authorisation. */
    record RecordAuthorizationDeclined(String idempotencyKey, Money requested, String reason) implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param requested the amount asked for
         * @param reason why the provider declined, as it said */
        public RecordAuthorizationDeclined {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(requested, "requested");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The payment provider captured the value of a shipped package. */
    record RecordCapture(String idempotencyKey, PackageId packageId, AuthorizationId authorizationId, Money requested,
            CaptureId captureId) implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param packageId the shipped package paid for
         * @param authorizationId the authorisation drawn on
         * @param requested the amount asked for
         * @param captureId the capture, as the provider named it */
        public RecordCapture {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonNull(authorizationId, "authorizationId");
            Require.nonNull(requested, "requested");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The payment provider declined the capture for a shipped package. */
    record RecordCaptureDeclined(String idempotencyKey, PackageId packageId, AuthorizationId authorizationId, Money requested,
            String reason) implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param packageId the shipped package to be paid for
         * @param authorizationId the authorisation drawn on
         * @param requested the amount asked for
         * @param reason why the provider declined, as it said */
        public RecordCaptureDeclined {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonNull(authorizationId, "authorizationId");
            Require.nonNull(requested, "requested");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The payment provider captured a prepayment of pre-ordered units. */
    record RecordPrepayment(String idempotencyKey, AuthorizationId authorizationId, Money requested, CaptureId captureId)
            implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param authorizationId the authorisation
         * @param requested the amount asked for
         * @param captureId the capture, as the provider named it */
        public RecordPrepayment {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(authorizationId, "authorizationId");
            Require.nonNull(requested, "requested");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The payment provider declined a prepayment capture. */
    record RecordPrepaymentDeclined(String idempotencyKey, AuthorizationId authorizationId, Money requested, String reason)
            implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param authorizationId the authorisation
         * @param requested the amount asked for
         * @param reason why the provider declined, as it said */
        public RecordPrepaymentDeclined {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(authorizationId, "authorizationId");
            Require.nonNull(requested, "requested");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The payment provider refunded captured money. */
    record RecordRefund(String idempotencyKey, CaptureId captureId, Money requested, RefundId refundId) implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param captureId the capture refunded
         * @param requested the amount asked for
         * @param refundId the refund, as the provider named it */
        public RecordRefund {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(captureId, "captureId");
            Require.nonNull(requested, "requested");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The payment provider declined a refund of captured money. */
    record RecordRefundDeclined(String idempotencyKey, CaptureId captureId, Money requested, String reason)
            implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param captureId the capture to refund from
         * @param requested the amount asked for
         * @param reason why the provider declined, as it said */
        public RecordRefundDeclined {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(captureId, "captureId");
            Require.nonNull(requested, "requested");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The rest of an authorisation was voided. */
    record RecordAuthorizationVoided(String idempotencyKey, AuthorizationId authorizationId, Money amount) implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param authorizationId the authorisation
         * @param amount the uncaptured amount released */
        public RecordAuthorizationVoided {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(authorizationId, "authorizationId");
            Require.nonNull(amount, "amount");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The carrier sold a label for a package. */
    record RecordLabel(String idempotencyKey, PackageId packageId, String carrier, LabelId labelId,
            String trackingNumber, Money cost) implements EffectOutcome {
        /** Refuses a blank key and a null package.
         * @param idempotencyKey the key of the effect answered
         * @param packageId the package the label is for
         * @param carrier the carrier that sold it
         * @param labelId the label, as the carrier named it
         * @param trackingNumber the parcel's tracking number
         * @param cost what the label cost */
        public RecordLabel {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The carrier refused the label asked for. */
    record RecordLabelRefused(String idempotencyKey, PackageId packageId, String reason) implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param packageId the package
         * @param reason why the carrier refused, as it said */
        public RecordLabelRefused {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(packageId, "packageId");
            Require.nonBlank(reason, "reason");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** An opened package's label was voided with the carrier. */
    record RecordLabelVoided(String idempotencyKey, PackageId packageId) implements EffectOutcome {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** A cancellation's stock went back to the inventory. */
    record RecordStockReleased(String idempotencyKey, ReleaseId cancellationId) implements EffectOutcome {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** A shipped package's units left the inventory. */
    record RecordStockConsumed(String idempotencyKey, PackageId packageId) implements EffectOutcome {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** A voided shipment's units are back in the inventory, reserved for the order. */
    record RecordVoidedStockReturned(String idempotencyKey, PackageId packageId) implements EffectOutcome {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** A receipt's ring-fenced stock became this order's reservation. */
    record RecordRingFenceReserved(String idempotencyKey, ReceiptId receiptId) implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param receiptId the receipt whose ring-fenced stock was reserved for the order */
        public RecordRingFenceReserved {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(receiptId, "receiptId");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** A purchase request reached the supplier port. */
    record RecordPurchaseRequestSent(String idempotencyKey, PurchaseId purchaseId) implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param purchaseId the purchase the supplier was asked for */
        public RecordPurchaseRequestSent {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(purchaseId, "purchaseId");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The fulfilment request was handed to the fulfilment port. */
    record RecordFulfilmentRequestSent(String idempotencyKey, FulfilmentRequestId requestId) implements EffectOutcome {
        /** Refuses a blank key and null components.
         * @param idempotencyKey the key of the effect answered
         * @param requestId the request the provider was sent */
        public RecordFulfilmentRequestSent {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(requestId, "requestId");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The inventory added a return's sellable units to the receiving location's stock. */
    record RecordReturnRestocked(String idempotencyKey) implements EffectOutcome {
        /** Refuses a blank key.
         * @param idempotencyKey the key of the effect answered */
        public RecordReturnRestocked {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The store-credit port issued a credit owed. */
    record RecordStoreCreditIssued(String idempotencyKey, int credit, StoreCreditId creditId) implements EffectOutcome {
        /** Refuses a blank key and a null id.
         * @param idempotencyKey the key of the effect answered
         * @param credit the credit's number within the order
         * @param creditId the credit, as the provider named it */
        public RecordStoreCreditIssued {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(creditId, "creditId");
        }
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The store-credit port declined a credit owed.
     * @param idempotencyKey the key of the effect answered
     * @param credit the credit's number within the order
     * @param reason why the provider declined, as it said */
    record RecordStoreCreditDeclined(String idempotencyKey, int credit, String reason) implements EffectOutcome {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The carrier sold the return label asked for. */
    record RecordReturnLabel(String idempotencyKey, ReturnId returnId, dev.oms.spi.shipping.ShippingCarrier.LabelResult.Purchased label)
            implements EffectOutcome {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** The carrier refused the return label asked for. */
    record RecordReturnLabelRefused(String idempotencyKey, ReturnId returnId, String reason) implements EffectOutcome {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** A return label that will not be used was voided with the carrier. */
    record RecordReturnLabelVoided(String idempotencyKey, ReturnId returnId) implements EffectOutcome {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
    /** A notification was handed to the notification port. */
    record RecordNotificationSent(String idempotencyKey, String notificationKey) implements EffectOutcome {
        @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
    }
}
