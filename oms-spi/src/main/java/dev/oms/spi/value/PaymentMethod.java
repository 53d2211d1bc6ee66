// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * How the customer pays. Card data never enters oms: a card is the payment provider's token, and
 * {@link Card#toString()} never shows it.
 */
public sealed interface PaymentMethod {

    /**
     * A card (or wallet) tokenised by the payment provider; authorised at placement, captured per shipment.
     *
     * @param token the provider's token for the card; never the card number
     */
    record Card(String token) implements PaymentMethod {
        /**
         * Checks the token.
         *
         * @param token the provider's token for the card; never the card number
         * @throws NullPointerException if {@code token} is null
         * @throws IllegalArgumentException if {@code token} is blank
         */
        public Card {
            Require.nonBlank(token, "token");
        }

        @Override
        public String toString() {
            return "Card[token=***]";
        }
    }

    /** Paid in cash to the carrier at delivery; nothing is authorised, the cash is recorded at delivery. */
    record CashOnDelivery() implements PaymentMethod {}

    /**
     * {@return a card payment}
     *
     * @param token the provider's token for the card; never the card number
     */
    static PaymentMethod card(String token) {
        return new Card(token);
    }

    /** {@return cash on delivery} */
    static PaymentMethod cashOnDelivery() {
        return new CashOnDelivery();
    }
}
