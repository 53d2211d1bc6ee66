// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.payment;

import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.StoreCreditId;
import org.joda.money.Money;

/**
 * The host's store-credit or gift-card provider, for refunds not to the original tender.
 *
 * <p>Contract for implementations, as for {@link PaymentGateway}: a call repeated with the same idempotency key must
 * issue nothing more and answer as the first did; a business refusal is a {@link Result.Declined} value; an
 * infrastructure failure may be thrown unchecked, and oms asks again later under the same key.
 */
public interface StoreCredit {

    /**
     * Issues store credit (or loads a gift card) to the order's customer.
     *
     * @param request the order, the amount, why, and the idempotency key
     * @return the credit issued, or the provider's decline with its reason code
     */
    Result issue(Request request);

    /**
     * Store credit oms asks for.
     *
     * @param idempotencyKey the same on every retry of this credit
     * @param orderId the order the money is owed back on (its customer is credited)
     * @param amount the amount, positive
     * @param reason what the money is owed for, such as {@code return ORD-1-RMA1 receipt 1}
     */
    record Request(String idempotencyKey, OrderId orderId, Money amount, String reason) {
        /**
         * Checks the components.
         *
         * @param idempotencyKey the same on every retry of this credit
         * @param orderId the order
         * @param amount the amount, positive
         * @param reason what the money is owed for
         */
        public Request {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(amount, "amount");
            Require.nonBlank(reason, "reason");
            if (!amount.isPositive()) {
                throw new IllegalArgumentException("a store credit must be positive, was " + amount);
            }
        }
    }

    /** The provider's answer: issued, or declined with a reason code. */
    sealed interface Result {
        /**
         * The answer, told apart once: issued or declined.
         *
         * @param <R> what the caller makes of the answer
         * @param ifIssued applied when issued
         * @param ifDeclined applied when declined
         * @return what the function applied made
         */
        <R> R fold(java.util.function.Function<Issued, R> ifIssued, java.util.function.Function<Declined, R> ifDeclined);

        /**
         * Issued.
         *
         * @param creditId the provider's id of the credit or gift card
         * @param amount the amount credited
         */
        record Issued(StoreCreditId creditId, Money amount) implements Result {
            /**
             * Checks the components.
             *
             * @param creditId the provider's id
             * @param amount the amount credited
             */
            public Issued {
                Require.nonNull(creditId, "creditId");
                Require.nonNull(amount, "amount");
            }

            @Override
            public <R> R fold(java.util.function.Function<Issued, R> ifIssued, java.util.function.Function<Declined, R> ifDeclined) {
                return ifIssued.apply(this);
            }
        }

        /**
         * Declined by the provider; nothing was issued.
         *
         * @param reason the provider's reason code
         */
        record Declined(String reason) implements Result {
            /**
             * Checks the reason.
             *
             * @param reason the provider's reason code
             */
            public Declined {
                Require.nonBlank(reason, "reason");
            }

            @Override
            public <R> R fold(java.util.function.Function<Issued, R> ifIssued, java.util.function.Function<Declined, R> ifDeclined) {
                return ifDeclined.apply(this);
            }
        }
    }
}
