// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import static dev.oms.spi.event.EventChecks.positive;
import static dev.oms.spi.event.EventChecks.positiveMoney;

import dev.oms.spi.value.Require;
import dev.oms.spi.value.StoreCreditId;
import org.joda.money.Money;

/**
 * Facts of money owed back as store credit or a gift card instead of to the original payment: owed when a return's
 * units are received or a claim is settled with that tender (in the same commit), then issued by the host's
 * store-credit port, or declined by it. Credits are numbered per order, from 1.
 */
public sealed interface StoreCreditEvent extends OrderEvent {

    /** {@return the credit's number within the order} */
    int credit();

    /**
     * Money is owed back as store credit; the order owes the call to the store-credit port until it is issued.
     *
     * @param credit the credit's number within the order, from 1
     * @param amount the money owed, positive; counted against the order's captures
     * @param reason what it is owed for, such as {@code return ORD-1-RMA1 receipt 1} or {@code claim ORD-1-CLM1}
     */
    record StoreCreditOwed(int credit, Money amount, String reason) implements StoreCreditEvent {
        /** Checks the event.
         * @param credit the credit's number
         * @param amount the money owed
         * @param reason what it is owed for */
        public StoreCreditOwed {
            positive(credit, "credit");
            positiveMoney(amount, "amount");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The store-credit port issued a credit owed.
     *
     * @param credit the credit's number within the order
     * @param creditId the provider's id of the credit or gift card
     */
    record StoreCreditIssued(int credit, StoreCreditId creditId) implements StoreCreditEvent {
        /** Checks the event.
         * @param credit the credit's number
         * @param creditId the provider's id */
        public StoreCreditIssued {
            positive(credit, "credit");
            Require.nonNull(creditId, "creditId");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * The store-credit port declined a credit owed: it stays owed, and holds the order's payment until
     * {@code payments().retry}, as a declined refund does.
     *
     * @param credit the credit's number within the order
     * @param reason the provider's reason code
     */
    record StoreCreditDeclined(int credit, String reason) implements StoreCreditEvent {
        /** Checks the event.
         * @param credit the credit's number
         * @param reason the provider's reason code */
        public StoreCreditDeclined {
            positive(credit, "credit");
            Require.nonBlank(reason, "reason");
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
