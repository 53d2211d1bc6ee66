// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.payment;

import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.Require;
import org.joda.money.Money;

/**
 * The host's payment provider.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>Every call carries an idempotency key that oms derives from the order's stored events; a call
 *       repeated with the same key must have no second effect and must answer as the first did. Pass it
 *       on to the provider (most take one).
 *   <li>Business outcomes (a declined card) are values; infrastructure failures (timeouts, 5xx) may be
 *       thrown unchecked, and oms retries the call later with the same key.
 * </ul>
 */
public interface PaymentGateway {

    /**
     * Reserves an amount on the customer's payment method, to be captured per shipment.
     *
     * @param request the order, the payment method (a provider token), the amount and the idempotency key
     * @return the authorisation, or the provider's decline with its reason code
     */
    AuthorizationResult authorize(AuthorizationRequest request);

    /**
     * Takes part of an authorisation, when a package ships.
     *
     * @param request the authorisation to draw on, the amount and the idempotency key
     * @return the capture, or a decline (for example more than is still open on the authorisation)
     */
    CaptureResult capture(CaptureRequest request);

    /**
     * Releases the uncaptured rest of an authorisation, when units are cancelled before they ship.
     *
     * @param request the authorisation, the amount released and the idempotency key
     */
    void voidAuthorization(VoidRequest request);

    /**
     * Gives back part of a capture, when shipped units are cancelled or a pre-order charged at placement is.
     *
     * @param request the capture to refund from, the amount and the idempotency key
     * @return the refund, or a decline (for example more than is left of the capture)
     */
    RefundResult refund(RefundRequest request);

    /**
     * An authorisation oms asks for.
     *
     * @param idempotencyKey the same on every retry of this authorisation
     * @param orderId the order paying
     * @param method how the customer pays
     * @param amount the amount to authorise, positive
     */
    record AuthorizationRequest(String idempotencyKey, OrderId orderId, PaymentMethod method, Money amount) {
        /**
         * Checks the components.
         *
         * @param idempotencyKey the same on every retry of this authorisation
         * @param orderId the order paying
         * @param method how the customer pays
         * @param amount the amount to authorise, positive
         * @throws NullPointerException when a component is null
         * @throws IllegalArgumentException when the idempotency key is blank
         */
        public AuthorizationRequest {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(method, "method");
            Require.nonNull(amount, "amount");
        }
    }

    /**
     * A capture oms asks for.
     *
     * @param idempotencyKey the same on every retry of this capture
     * @param orderId the order paying
     * @param authorizationId the authorisation to draw on
     * @param amount the amount to capture, positive
     */
    record CaptureRequest(String idempotencyKey, OrderId orderId, AuthorizationId authorizationId, Money amount) {
        /**
         * Checks the components.
         *
         * @param idempotencyKey the same on every retry of this capture
         * @param orderId the order paying
         * @param authorizationId the authorisation to draw on
         * @param amount the amount to capture, positive
         * @throws NullPointerException when a component is null
         * @throws IllegalArgumentException when the idempotency key is blank
         */
        public CaptureRequest {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(authorizationId, "authorizationId");
            Require.nonNull(amount, "amount");
        }
    }

    /**
     * A release of the uncaptured rest of an authorisation.
     *
     * @param idempotencyKey the same on every retry of this void
     * @param orderId the order paying
     * @param authorizationId the authorisation to release
     * @param amount the amount released
     */
    record VoidRequest(String idempotencyKey, OrderId orderId, AuthorizationId authorizationId, Money amount) {
        /**
         * Checks the components.
         *
         * @param idempotencyKey the same on every retry of this void
         * @param orderId the order paying
         * @param authorizationId the authorisation to release
         * @param amount the amount released
         * @throws NullPointerException when a component is null
         * @throws IllegalArgumentException when the idempotency key is blank
         */
        public VoidRequest {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(authorizationId, "authorizationId");
            Require.nonNull(amount, "amount");
        }
    }

    /**
     * A refund oms asks for.
     *
     * @param idempotencyKey the same on every retry of this refund
     * @param orderId the order paid
     * @param captureId the capture to refund from
     * @param amount the amount to refund, positive
     */
    record RefundRequest(String idempotencyKey, OrderId orderId, CaptureId captureId, Money amount) {
        /**
         * Checks the components.
         *
         * @param idempotencyKey the same on every retry of this refund
         * @param orderId the order paid
         * @param captureId the capture to refund from
         * @param amount the amount to refund, positive
         * @throws NullPointerException when a component is null
         * @throws IllegalArgumentException when the idempotency key is blank
         */
        public RefundRequest {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(captureId, "captureId");
            Require.nonNull(amount, "amount");
        }
    }

    /** The provider's answer: authorised, or declined with a reason code. */
    sealed interface AuthorizationResult {
        /**
         * The answer, told apart once: authorised or declined. Exhaustive by construction, so a caller needs no cast.
         *
         * @param <R> what the caller makes of the answer
         * @param ifAuthorized applied when authorised
         * @param ifDeclined applied when declined
         * @return what the function applied made
         */
        <R> R fold(java.util.function.Function<Authorized, R> ifAuthorized, java.util.function.Function<Declined, R> ifDeclined);

        /**
         * Authorised.
         *
         * @param authorizationId the provider's id of the authorisation, for captures and voids
         * @param amount the amount authorised
         */
        record Authorized(AuthorizationId authorizationId, Money amount) implements AuthorizationResult {
            @Override
            public <R> R fold(java.util.function.Function<Authorized, R> ifAuthorized, java.util.function.Function<Declined, R> ifDeclined) {
                return ifAuthorized.apply(this);
            }
        }

        /**
         * Declined by the provider; nothing happened.
         *
         * @param reason the provider's reason code
         */
        record Declined(String reason) implements AuthorizationResult {
            @Override
            public <R> R fold(java.util.function.Function<Authorized, R> ifAuthorized, java.util.function.Function<Declined, R> ifDeclined) {
                return ifDeclined.apply(this);
            }
        }
    }

    /** The provider's answer: captured, or declined with a reason code. */
    sealed interface CaptureResult {
        /**
         * The answer, told apart once: captured or declined. Exhaustive by construction, so a caller needs no cast.
         *
         * @param <R> what the caller makes of the answer
         * @param ifCaptured applied when captured
         * @param ifDeclined applied when declined
         * @return what the function applied made
         */
        <R> R fold(java.util.function.Function<Captured, R> ifCaptured, java.util.function.Function<Declined, R> ifDeclined);

        /**
         * Captured.
         *
         * @param captureId the provider's id of the capture, for refunds
         * @param amount the amount captured
         */
        record Captured(CaptureId captureId, Money amount) implements CaptureResult {
            @Override
            public <R> R fold(java.util.function.Function<Captured, R> ifCaptured, java.util.function.Function<Declined, R> ifDeclined) {
                return ifCaptured.apply(this);
            }
        }

        /**
         * Declined by the provider; nothing happened.
         *
         * @param reason the provider's reason code
         */
        record Declined(String reason) implements CaptureResult {
            @Override
            public <R> R fold(java.util.function.Function<Captured, R> ifCaptured, java.util.function.Function<Declined, R> ifDeclined) {
                return ifDeclined.apply(this);
            }
        }
    }

    /** The provider's answer: refunded, or declined with a reason code. */
    sealed interface RefundResult {
        /**
         * The answer, told apart once: refunded or declined. Exhaustive by construction, so a caller needs no cast.
         *
         * @param <R> what the caller makes of the answer
         * @param ifRefunded applied when refunded
         * @param ifDeclined applied when declined
         * @return what the function applied made
         */
        <R> R fold(java.util.function.Function<Refunded, R> ifRefunded, java.util.function.Function<Declined, R> ifDeclined);

        /**
         * Refunded.
         *
         * @param refundId the provider's id of the refund
         * @param amount the amount refunded
         */
        record Refunded(RefundId refundId, Money amount) implements RefundResult {
            @Override
            public <R> R fold(java.util.function.Function<Refunded, R> ifRefunded, java.util.function.Function<Declined, R> ifDeclined) {
                return ifRefunded.apply(this);
            }
        }

        /**
         * Declined by the provider; nothing happened.
         *
         * @param reason the provider's reason code
         */
        record Declined(String reason) implements RefundResult {
            @Override
            public <R> R fold(java.util.function.Function<Refunded, R> ifRefunded, java.util.function.Function<Declined, R> ifDeclined) {
                return ifDeclined.apply(this);
            }
        }
    }
}
