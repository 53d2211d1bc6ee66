// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import static dev.oms.spi.event.EventChecks.positive;

import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import java.time.Instant;
import java.util.List;
import org.joda.money.Money;

/**
 * Facts of exchanges: delivered units going back under a return, replacement lines coming in their place. An exchange
 * opens in one commit with its return (requested and approved), its replacement lines, their allocation and the
 * authorisation of any difference the customer pays. The returned units' value is exchange credit: the replacement
 * lines carry it as a discount (promotion {@code "exchange <return id>"}), and the return's receipts draw it instead of
 * refunding it ({@link ExchangeCreditDrawn}); what the credit does not cover is refunded as for any return.
 *
 * <p>The family has its own {@link Visitor}, reached through {@link OrderEvent.Visitor#visit(ExchangeEvent)}.
 */
public sealed interface ExchangeEvent extends OrderEvent {

    /** {@return the return the exchange trades units back under} */
    ReturnId returnId();

    /**
     * Handles the exchange family.
     *
     * @param visitor the handler
     * @param <R> what handling yields
     * @return what the handler yields for this event
     */
    <R> R accept(Visitor<R> visitor);

    @Override
    default <R> R accept(OrderEvent.Visitor<R> visitor) {
        return visitor.visit(this);
    }

    /**
     * An exchange opened: its replacement lines join the order (their units start pending, to be allocated in the same
     * commit). Recorded after the return's {@link ReturnEvent.ReturnRequested} and {@link ReturnEvent.ReturnApproved}.
     *
     * @param returnId the return of the units traded back
     * @param replacements the lines coming in their place, numbered after the order's last line, priced by the pricing
     *     port, with the exchange credit among their discounts
     * @param returnValue what the returned units are worth: their shares of their lines' prices, discounts and taxes,
     *     as their receipt will value them (an exchange charges no restocking fee)
     * @param credit the exchange credit the replacements carry: the returned units' value, at most the replacements'
     *     value; zero when the replacements ship before the return arrives and are paid in full
     * @param shipsBeforeReturn whether the replacements may ship before the return's units are in (and are then charged
     *     in full, the returned units refunded when they arrive); otherwise they wait for the return
     * @param openedAt when the exchange was opened
     */
    record ExchangeOpened(ReturnId returnId, List<PlacementEvent.PlacedLine> replacements, Money returnValue, Money credit,
            boolean shipsBeforeReturn, Instant openedAt) implements ExchangeEvent {
        /** Checks the event and copies the lines.
         * @param returnId the return
         * @param replacements the replacement lines, at least one
         * @param returnValue what the returned units are worth
         * @param credit the exchange credit, not negative and at most the returned units' worth
         * @param shipsBeforeReturn whether the replacements may ship first
         * @param openedAt when it opened */
        public ExchangeOpened {
            Require.nonNull(returnId, "returnId");
            replacements = List.copyOf(Require.nonNull(replacements, "replacements"));
            if (replacements.isEmpty()) {
                throw new IllegalArgumentException("an exchange brings at least one replacement line");
            }
            if (Require.nonNull(credit, "credit").isNegative() || credit.isGreaterThan(Require.nonNull(returnValue, "returnValue"))) {
                throw new IllegalArgumentException("exchange credit is between zero and the returned units' worth " + returnValue
                        + ", was " + credit);
            }
            Require.nonNull(openedAt, "openedAt");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * A receipt of the exchange's return drew exchange credit: that much of the units received is not refunded, it paid
     * for the replacements. Recorded with the receipt's {@link ReturnEvent.ReturnReceived}, whose refunds are what is
     * left.
     *
     * @param returnId the return
     * @param receipt the receipt's number on the return, from 1
     * @param amount the credit drawn, positive
     */
    record ExchangeCreditDrawn(ReturnId returnId, int receipt, Money amount) implements ExchangeEvent {
        /** Checks the event.
         * @param returnId the return
         * @param receipt the receipt's number, from 1
         * @param amount the credit drawn, positive */
        public ExchangeCreditDrawn {
            Require.nonNull(returnId, "returnId");
            positive(receipt, "receipt");
            if (!Require.nonNull(amount, "amount").isPositive()) {
                throw new IllegalArgumentException("credit drawn is positive, was " + amount);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /**
     * Handles each exchange fact in one place.
     *
     * @param <R> what handling yields
     */
    interface Visitor<R> {
        /** {@return what handling {@link ExchangeOpened} yields}
         * @param event the event to handle */
        R visit(ExchangeOpened event);
        /** {@return what handling {@link ExchangeCreditDrawn} yields}
         * @param event the event to handle */
        R visit(ExchangeCreditDrawn event);
    }
}
