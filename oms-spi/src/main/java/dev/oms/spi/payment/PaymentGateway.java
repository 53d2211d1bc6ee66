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

    AuthorizationResult authorize(AuthorizationRequest request);

    CaptureResult capture(CaptureRequest request);

    /** Releases the uncaptured rest of an authorisation. */
    void voidAuthorization(VoidRequest request);

    RefundResult refund(RefundRequest request);

    record AuthorizationRequest(String idempotencyKey, OrderId orderId, PaymentMethod method, Money amount) {
        public AuthorizationRequest {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(method, "method");
            Require.nonNull(amount, "amount");
        }
    }

    record CaptureRequest(String idempotencyKey, OrderId orderId, AuthorizationId authorizationId, Money amount) {
        public CaptureRequest {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(authorizationId, "authorizationId");
            Require.nonNull(amount, "amount");
        }
    }

    record VoidRequest(String idempotencyKey, OrderId orderId, AuthorizationId authorizationId, Money amount) {
        public VoidRequest {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(authorizationId, "authorizationId");
            Require.nonNull(amount, "amount");
        }
    }

    record RefundRequest(String idempotencyKey, OrderId orderId, CaptureId captureId, Money amount) {
        public RefundRequest {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(captureId, "captureId");
            Require.nonNull(amount, "amount");
        }
    }

    sealed interface AuthorizationResult {
        /**
         * The answer, told apart once: authorised or declined. Exhaustive by construction, so a caller needs no cast.
         */
        <R> R fold(java.util.function.Function<Authorized, R> ifAuthorized, java.util.function.Function<Declined, R> ifDeclined);

        record Authorized(AuthorizationId authorizationId, Money amount) implements AuthorizationResult {
            @Override
            public <R> R fold(java.util.function.Function<Authorized, R> ifAuthorized, java.util.function.Function<Declined, R> ifDeclined) {
                return ifAuthorized.apply(this);
            }
        }

        record Declined(String reason) implements AuthorizationResult {
            @Override
            public <R> R fold(java.util.function.Function<Authorized, R> ifAuthorized, java.util.function.Function<Declined, R> ifDeclined) {
                return ifDeclined.apply(this);
            }
        }
    }

    sealed interface CaptureResult {
        /**
         * The answer, told apart once: captured or declined. Exhaustive by construction, so a caller needs no cast.
         */
        <R> R fold(java.util.function.Function<Captured, R> ifCaptured, java.util.function.Function<Declined, R> ifDeclined);

        record Captured(CaptureId captureId, Money amount) implements CaptureResult {
            @Override
            public <R> R fold(java.util.function.Function<Captured, R> ifCaptured, java.util.function.Function<Declined, R> ifDeclined) {
                return ifCaptured.apply(this);
            }
        }

        record Declined(String reason) implements CaptureResult {
            @Override
            public <R> R fold(java.util.function.Function<Captured, R> ifCaptured, java.util.function.Function<Declined, R> ifDeclined) {
                return ifDeclined.apply(this);
            }
        }
    }

    sealed interface RefundResult {
        /**
         * The answer, told apart once: refunded or declined. Exhaustive by construction, so a caller needs no cast.
         */
        <R> R fold(java.util.function.Function<Refunded, R> ifRefunded, java.util.function.Function<Declined, R> ifDeclined);

        record Refunded(RefundId refundId, Money amount) implements RefundResult {
            @Override
            public <R> R fold(java.util.function.Function<Refunded, R> ifRefunded, java.util.function.Function<Declined, R> ifDeclined) {
                return ifRefunded.apply(this);
            }
        }

        record Declined(String reason) implements RefundResult {
            @Override
            public <R> R fold(java.util.function.Function<Refunded, R> ifRefunded, java.util.function.Function<Declined, R> ifDeclined) {
                return ifDeclined.apply(this);
            }
        }
    }
}
