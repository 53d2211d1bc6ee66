// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import dev.oms.core.order.Capture;
import dev.oms.core.order.Order;
import dev.oms.core.order.Prepayments;
import dev.oms.core.order.ShipmentVoid;
import dev.oms.spi.event.ReturnEvent.CaptureRefund;
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
 * a refund a card cannot take on one capture is taken on another.
 */
final class RefundSources {
    private RefundSources() {}

    /**
     * Draws an amount on the order's captures.
     *
     * @return the refunds per capture, or, when the captures cannot cover it, the part they can
     */
    static Either<Money, List<CaptureRefund>> draw(Order order, List<LineId> lines, Money amount) {
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

    /** {@return what refunds owed or done take of a capture}: voided shipments' too */
    static Money refunded(Order order, CaptureId captureId) {
        return ShipmentVoid.refundedFrom(order, captureId);
    }
}
