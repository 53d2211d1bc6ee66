// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import dev.oms.core.order.Capture;
import dev.oms.core.order.Order;
import dev.oms.core.order.Prepayments;
import dev.oms.core.order.ShipmentVoid;
import dev.oms.spi.event.ReturnEvent.CaptureRefund;
import dev.oms.spi.event.StoreCreditEvent.StoreCreditOwed;
import dev.oms.spi.payment.RefundTender;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.LineId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.joda.money.Money;

/**
 * Which captures pay a refund back. A capture is never refunded beyond what it took, counting every refund owed or done
 * against it (of prepayments, of returns and claims, of voided shipments). The captures that paid for the lines refunded come first: the packages'
 * captures that carried those lines, then the lines' prepayments; then any other capture of the order, oldest first, so
 * a refund a card cannot take on one capture is taken on another. Store credit draws on no capture, yet counts against
 * them: refunds and credits together never exceed what the order captured and collected in cash on delivery.
 */
final class RefundSources {
    private RefundSources() {}

    /**
     * Draws an amount on the order's captures.
     *
     * @return the refunds per capture, or, when the captures cannot cover it, the part they can
     */
    static Either<Money, List<CaptureRefund>> draw(Order order, List<LineId> lines, Money amount) {
        Money open = refundable(order);
        if (amount.isGreaterThan(open)) {
            // Store credit draws on no capture but counts against them all: the order as a whole is the limit.
            return Either.left(open.isNegative() ? Money.zero(order.currency()) : open);
        }
        Money left = amount;
        List<CaptureRefund> drawn = List.empty();
        for (Tuple2<CaptureId, Money> capture : ranked(order, lines)) {
            if (!left.isPositive()) {
                break;
            }
            Money refundable = capture._2.minus(refunded(order, capture._1));
            if (refundable.isPositive()) {
                Money take = left.isGreaterThan(refundable) ? refundable : left;
                drawn = drawn.append(new CaptureRefund(capture._1, take));
                left = left.minus(take);
            }
        }
        return left.isPositive() ? Either.left(amount.minus(left)) : Either.right(drawn);
    }

    private static List<Tuple2<CaptureId, Money>> ranked(Order order, List<LineId> lines) {
        List<Capture> cards = order.payment().captures();
        List<Prepayments.Prepaid> prepaid = order.prepayments().captures();
        List<Capture> cardsOfLines = cards.filter(c -> order.packages().get(c.packageId())
                .exists(p -> lines.exists(l -> p.units(l) > 0)));
        List<Prepayments.Prepaid> prepaidOfLines = prepaid.filter(p -> lines.contains(p.lineId()));
        return cardsOfLines.map(c -> Tuple.of(c.captureId(), c.amount()))
                .appendAll(prepaidOfLines.map(p -> Tuple.of(p.captureId(), p.amount())))
                .appendAll(cards.removeAll(cardsOfLines).map(c -> Tuple.of(c.captureId(), c.amount())))
                .appendAll(prepaid.removeAll(prepaidOfLines).map(p -> Tuple.of(p.captureId(), p.amount())));
    }

    /**
     * {@return the money the order may still pay back}: what its captures took and the cash collected on delivery, less
     * every refund owed or done and every store credit owed or issued. Cash has no capture to refund, so only store credit
     * draws on it; a refund to the card still needs captures ({@link #draw} takes them one by one)
     */
    static Money refundable(Order order) {
        Money captured = ranked(order, List.empty()).foldLeft(Money.zero(order.currency()), (sum, c) -> sum.plus(c._2)
                .minus(refunded(order, c._1)));
        return captured.plus(order.payment().cash()).minus(order.returns().credits().total(order.currency()));
    }

    /**
     * Money owed back, by the tender the host chose: refunds per capture drawn on the captures (the original payment), or
     * one store credit that draws on none. An amount of zero owes nothing.
     *
     * @param refunds the refunds per capture; empty for store credit
     * @param credit the store credit owed; none for the original payment
     */
    record Payback(List<CaptureRefund> refunds, io.vavr.control.Option<StoreCreditOwed> credit) {}

    /**
     * Owes an amount back by the tender, or says how much the order can pay back.
     *
     * @param order the order as it stands
     * @param lines the lines the money is for: their captures are drawn on first
     * @param amount the money owed back
     * @param tender the original payment or store credit
     * @param reason what a store credit is owed for
     * @return how it is paid back, or the part the order can pay back
     */
    static Either<Money, Payback> payBack(Order order, List<LineId> lines, Money amount, RefundTender tender, String reason) {
        if (tender == RefundTender.ORIGINAL_PAYMENT) {
            return draw(order, lines, amount).map(refunds -> new Payback(refunds, io.vavr.control.Option.none()));
        }
        Money open = refundable(order);
        if (amount.isGreaterThan(open)) {
            return Either.left(open.isNegative() ? Money.zero(order.currency()) : open);
        }
        return Either.right(new Payback(List.empty(), amount.isPositive()
                ? io.vavr.control.Option.some(new StoreCreditOwed(order.returns().credits().nextNumber(), amount, reason))
                : io.vavr.control.Option.none()));
    }

    /** {@return what refunds owed or done take of a capture}: voided shipments' too */
    static Money refunded(Order order, CaptureId captureId) {
        return ShipmentVoid.refundedFrom(order, captureId);
    }
}
