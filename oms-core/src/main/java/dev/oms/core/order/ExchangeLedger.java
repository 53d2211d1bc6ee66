// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.ExchangeEvent.ExchangeCreditDrawn;
import dev.oms.spi.event.ExchangeEvent.ExchangeOpened;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.pricing.DiscountAllocation;
import dev.oms.spi.pricing.UnitShares;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.joda.money.Money;

/**
 * An order's exchanges, by the return each trades units back under.
 *
 * @param byReturn the exchanges by return, in the order opened
 */
public record ExchangeLedger(LinkedHashMap<ReturnId, Exchange> byReturn) {
    /** No exchange. */
    public static final ExchangeLedger NONE = new ExchangeLedger(LinkedHashMap.empty());

    /** Refuses null.
     * @param byReturn the exchanges by return */
    public ExchangeLedger {
        Require.nonNull(byReturn, "byReturn");
    }

    /**
     * One exchange.
     *
     * @param returnId the return of the units traded back
     * @param replacements the replacement lines
     * @param credit the exchange credit the replacements were given as a discount
     * @param shipsBeforeReturn whether the replacements may ship before the return's units are in
     * @param drawn the credit the return's receipts drew so far
     */
    public record Exchange(ReturnId returnId, List<LineId> replacements, Money credit, boolean shipsBeforeReturn, Money drawn) {
        /**
         * {@return the credit the return's receipts may still draw}: the credit on the replacement units still wanted
         * (a cancelled replacement unit takes its share of the credit with it), less what receipts drew
         *
         * @param order the order
         */
        public Money drawable(Order order) {
            Money onWanted = Money.zero(order.currency());
            String promotion = promotion(returnId);
            for (LineId id : replacements) {
                Line line = order.line(id).get();
                for (DiscountAllocation d : line.price().discounts()) {
                    if (d.promotion().equals(promotion) && line.active() > 0) {
                        onWanted = onWanted.plus(UnitShares.firstUnits(d.amount(), line.quantity(), line.active()));
                    }
                }
            }
            Money left = onWanted.minus(drawn);
            return left.isPositive() ? left : Money.zero(order.currency());
        }
    }

    /** {@return the promotion name the exchange credit carries on the replacement lines' discounts}
     * @param returnId the exchange's return */
    public static String promotion(ReturnId returnId) {
        return "exchange " + returnId.value();
    }

    /** {@return the exchange trading units back under a return; none for a plain return}
     * @param returnId the return */
    public Option<Exchange> of(ReturnId returnId) {
        return byReturn.get(returnId);
    }

    /**
     * {@return whether a line is a replacement waiting for its exchange's return}: its units are not picked until every
     * unit of the return is in, unless the exchange lets replacements ship first
     *
     * @param order the order
     * @param lineId the line
     */
    public boolean awaitsReturn(Order order, LineId lineId) {
        return byReturn.values().exists(x -> !x.shipsBeforeReturn() && x.replacements().contains(lineId)
                && order.returns().get(x.returnId()).exists(r -> r.state() != ReturnAuthorization.State.RECEIVED));
    }

    ExchangeLedger opened(ExchangeOpened e) {
        if (byReturn.containsKey(e.returnId())) {
            throw new IllegalStateException("return " + e.returnId() + " already has an exchange");
        }
        return new ExchangeLedger(byReturn.put(e.returnId(), new Exchange(e.returnId(), List.ofAll(e.replacements()).map(PlacedLine::lineId),
                e.credit(), e.shipsBeforeReturn(), Money.zero(e.credit().getCurrencyUnit()))));
    }

    ExchangeLedger drawn(ExchangeCreditDrawn e) {
        Exchange x = byReturn.get(e.returnId()).getOrElseThrow(() -> new IllegalStateException("return " + e.returnId() + " has no exchange"));
        return new ExchangeLedger(byReturn.put(x.returnId(), new Exchange(x.returnId(), x.replacements(), x.credit(), x.shipsBeforeReturn(),
                x.drawn().plus(e.amount()))));
    }
}
