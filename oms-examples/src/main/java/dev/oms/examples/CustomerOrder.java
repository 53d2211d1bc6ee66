// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.placement.PlaceOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * One order as a channel sends it, and what its customer will do after placing it. The simulation decides
 * all of this up front from its seeded random source, so a run is a fixed script.
 *
 * @param giftMessage gift-wrap instructions for the packing bench
 */
record CustomerOrder(PlaceOrder command, Payment payment, Change change, Optional<String> giftMessage) {

    /** How the customer pays, and what they do when the card is declined. */
    enum Payment {
        CARD,
        DECLINED_CARD_THEN_ANOTHER_CARD,
        DECLINED_CARD_THEN_CANCEL,
        CASH_ON_DELIVERY
    }

    /** What the customer changes after placing the order. */
    enum Change {
        NONE,
        CANCEL_ORDER,
        CANCEL_ONE_UNIT_BEFORE_PICKING,
        CANCEL_ONE_UNIT_AFTER_PICKING
    }

    CustomerOrder {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(payment, "payment");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(giftMessage, "giftMessage");
    }
}
