// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.Require;
import java.time.Instant;
import org.joda.money.Money;

import static dev.oms.spi.event.EventChecks.positive;
import static dev.oms.spi.event.EventChecks.positiveMoney;

/** Facts of money: authorisations, captures, prepayments, refunds and cash on delivery. */
public sealed interface PaymentEvent extends OrderEvent {
    /**
     * The payment provider authorised an amount.
     *
     * @param authorizationId the provider's authorisation
     * @param amount the amount authorised; positive
     * @param authorizedAt when the authorisation was granted (recorded): a card authorisation holds for a
     *     limited time from then, after which units it was meant to pay for are authorised again. An
     *     authorisation stored before events carried this field takes the time of the commit it was stored in.
     */
    record PaymentAuthorized(AuthorizationId authorizationId, Money amount, Instant authorizedAt) implements PaymentEvent {
        /** Checks the event.
         * @param authorizationId the provider's authorisation
         * @param amount the amount authorised; positive
         * @param authorizedAt when the authorisation was granted */
        public PaymentAuthorized {
            Require.nonNull(authorizationId, "authorizationId");
            positiveMoney(amount, "amount");
            Require.nonNull(authorizedAt, "authorizedAt");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The payment provider declined an authorisation or a capture: the order is on payment hold.
     *
     * @param stage the payment call declined
     * @param reason the provider's reason
     */
    record PaymentDeclined(PaymentStage stage, String reason) implements PaymentEvent {
        /** Checks the event.
         * @param stage the payment call declined
         * @param reason the provider's reason */
        public PaymentDeclined {
            Require.nonNull(stage, "stage");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Which payment call an outcome belongs to. */
    enum PaymentStage {
        /** Authorising an amount. */
        AUTHORIZATION,
        /** Capturing authorised money. */
        CAPTURE
    }

    /**
     * The customer or an operator asked to try the payment again, possibly with a new method.
     *
     * @param paymentMethod how the customer pays now
     */
    record PaymentRetryRequested(PaymentMethod paymentMethod) implements PaymentEvent {
        /** Checks the event.
         * @param paymentMethod how the customer pays now */
        public PaymentRetryRequested {
            Require.nonNull(paymentMethod, "paymentMethod");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * An authorised amount was captured for a shipped package.
     *
     * @param packageId the package
     * @param authorizationId the authorisation captured from
     * @param captureId the provider's capture
     * @param amount the amount captured; positive
     */
    record PaymentCaptured(PackageId packageId, AuthorizationId authorizationId, CaptureId captureId, Money amount)
            implements PaymentEvent {
        /** Checks the event.
         * @param packageId the package
         * @param authorizationId the authorisation captured from
         * @param captureId the provider's capture
         * @param amount the amount captured; positive */
        public PaymentCaptured {
            Require.nonNull(packageId, "packageId");
            Require.nonNull(authorizationId, "authorizationId");
            Require.nonNull(captureId, "captureId");
            positiveMoney(amount, "amount");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * An authorisation was given up as expired before the units it covers could ship (a pre-order filled
     * after the provider's hold period): its open amount no longer counts, so the order authorises again.
     *
     * @param authorizationId the provider's authorisation
     * @param amount the open amount that lapsed; positive
     */
    record AuthorizationLapsed(AuthorizationId authorizationId, Money amount) implements PaymentEvent {
        /** Checks the event.
         * @param authorizationId the provider's authorisation
         * @param amount the open amount that lapsed; positive */
        public AuthorizationLapsed {
            Require.nonNull(authorizationId, "authorizationId");
            positiveMoney(amount, "amount");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The uncaptured rest of an authorisation was released, because nothing more will be charged to it.
     *
     * @param authorizationId the provider's authorisation
     * @param amount the uncaptured amount released; positive
     */
    record AuthorizationVoided(AuthorizationId authorizationId, Money amount) implements PaymentEvent {
        /** Checks the event.
         * @param authorizationId the provider's authorisation
         * @param amount the uncaptured amount released; positive */
        public AuthorizationVoided {
            Require.nonNull(authorizationId, "authorizationId");
            positiveMoney(amount, "amount");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The requested prepayment was captured: its units are paid for before they ship.
     *
     * @param authorizationId the authorisation captured from
     * @param captureId the provider's capture
     * @param amount the amount captured; positive
     */
    record PreorderPrepaid(AuthorizationId authorizationId, CaptureId captureId, Money amount) implements PaymentEvent {
        /** Checks the event.
         * @param authorizationId the authorisation captured from
         * @param captureId the provider's capture
         * @param amount the amount captured; positive */
        public PreorderPrepaid {
            Require.nonNull(authorizationId, "authorizationId");
            Require.nonNull(captureId, "captureId");
            positiveMoney(amount, "amount");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Captured money was paid back to the customer (prepaid units that were cancelled).
     *
     * @param captureId the capture paid back from
     * @param refundId the provider's refund
     * @param amount the amount refunded; positive
     */
    record PaymentRefunded(CaptureId captureId, RefundId refundId, Money amount) implements PaymentEvent {
        /** Checks the event.
         * @param captureId the capture paid back from
         * @param refundId the provider's refund
         * @param amount the amount refunded; positive */
        public PaymentRefunded {
            Require.nonNull(captureId, "captureId");
            Require.nonNull(refundId, "refundId");
            positiveMoney(amount, "amount");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The payment provider declined a refund: it stays owed and payment is on hold until retried.
     *
     * @param captureId the capture the refund was asked of
     * @param amount the amount still owed; positive
     * @param reason the provider's reason
     */
    record RefundDeclined(CaptureId captureId, Money amount, String reason) implements PaymentEvent {
        /** Checks the event.
         * @param captureId the capture the refund was asked of
         * @param amount the amount still owed; positive
         * @param reason the provider's reason */
        public RefundDeclined {
            Require.nonNull(captureId, "captureId");
            positiveMoney(amount, "amount");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Cash was collected by the carrier at delivery of a cash-on-delivery package.
     *
     * @param packageId the package delivered
     * @param amount the cash collected; positive
     */
    record CashCollected(PackageId packageId, Money amount) implements PaymentEvent {
        /** Checks the event.
         * @param packageId the package delivered
         * @param amount the cash collected; positive */
        public CashCollected {
            Require.nonNull(packageId, "packageId");
            positiveMoney(amount, "amount");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
