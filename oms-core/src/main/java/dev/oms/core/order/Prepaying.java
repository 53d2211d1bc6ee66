// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.event.PaymentEvent.PaymentRefunded;
import dev.oms.spi.event.PaymentEvent.PreorderPrepaid;
import dev.oms.spi.event.EffectEvent.PrepaymentRequested;
import dev.oms.spi.event.PaymentEvent.RefundDeclined;
import dev.oms.spi.value.LineId;
import io.vavr.control.Option;
import org.joda.money.Money;

/**
 * Charge at placement: which pre-ordered units still owe a prepayment, and how prepayments follow their
 * units. A line's prepaid units that have not shipped never outnumber its wanted units that have not
 * shipped: cancelling below them owes a refund. A shipment takes a line's prepaid units first: a line of
 * an unreleased product holds pre-ordered units and perhaps backordered ones over the cap, and restocks
 * fill pre-orders first, so the units that ship first are the pre-ordered ones. A line priced as given costs the
 * same per unit, so whichever units the count lands on, the money is exact; with discounts or taxes split over the
 * units ({@link Line#valueOfUnits}), prepaid units are valued at the numbers they ship under, which they do when they
 * ship first, as above.
 */
public final class Prepaying {
    private Prepaying() {}

    /**
     * The first line holding pre-ordered units no prepayment covers, with how many.
     *
     * @param order the order
     * @return the prepayment to request; none when all are covered or no open authorisation covers it
     */
    public static Option<PrepaymentRequested> next(Order order) {
        Prepayments prepayments = order.prepayments();
        for (Line line : order.lines().valuesIterator()) {
            long unpaid = line.count(Bucket.PREORDERED) - prepayments.unshipped(line.id());
            if (unpaid > 0) {
                // The units prepaid next ship next: they take the numbers after those shipped and those already prepaid.
                Money amount = line.valueOfUnits(shippedUnits(order, line.id()) + prepayments.unshipped(line.id()), unpaid);
                Option<Authorization> from = order.payment().openAuthorizations()
                        .find(a -> !a.open().isLessThan(amount));
                return from.map(a -> new PrepaymentRequested(prepayments.requests() + 1, line.id(), unpaid, a.id(), amount));
            }
        }
        return Option.none();
    }

    /**
     * Whether a prepayment should be requested now: paid by card, not on hold, authorised for every wanted
     * unit, no authorisation or prepayment awaiting an answer, and pre-ordered units not yet prepaid.
     *
     * @param order the order
     * @return whether a prepayment is due
     */
    public static boolean due(Order order) {
        return !order.payment().isCashOnDelivery() && !order.payment().onHold()
                && order.payment().authorizationInFlight().isEmpty() && order.prepayments().inFlight().isEmpty()
                && !order.amountToAuthorize().isPositive() && next(order).isDefined();
    }

    static Order requested(Order order, PrepaymentRequested e) {
        return order.copy().withPrepayments(order.prepayments().requested(
                new Prepayments.Request(e.attempt(), e.lineId(), e.quantity(), e.authorizationId(), e.amount())));
    }

    /** Units cancelled while their prepayment was in flight are refunded as soon as it is captured. */
    static Order prepaid(Order order, PreorderPrepaid e) {
        Prepayments prepaid = order.prepayments().prepaid(e.captureId());
        Order paid = order.copy()
                .withPayment(order.payment().prepaid(e.authorizationId(), e.amount()))
                .withPrepayments(prepaid);
        return refundExcess(paid, prepaid.captures().last().lineId());
    }

    static Order refunded(Order order, PaymentRefunded e) {
        return order.copy().withPrepayments(order.prepayments().refunded(e.captureId(), e.amount(), e.refundId()));
    }

    static Order refundDeclined(Order order, RefundDeclined e) {
        return order.copy().withPayment(order.payment().declined(
                "refund of " + e.amount() + " on " + e.captureId() + " declined: " + e.reason(), false));
    }

    /** After a package shipped: the prepaid units it took stand in for its capture. */
    static Order shipped(Order before, OrderPackage pkg, Order after) {
        Prepayments prepayments = after.prepayments();
        for (LineId lineId : pkg.contents().map(PackageItem::lineId).distinct()) {
            Line line = before.line(lineId).get();
            long units = pkg.contents().filter(i -> i.lineId().equals(lineId)).map(PackageItem::quantity).sum().longValue();
            long prepaidShipped = Math.min(units, prepayments.unshipped(lineId));
            prepayments = prepayments.shipped(pkg.id(), lineId, prepaidShipped,
                    line.valueOfUnits(shippedUnits(before, lineId), prepaidShipped));
        }
        return after.copy().withPrepayments(prepayments);
    }

    /** Prepaid units beyond the line's wanted unshipped units are owed back. */
    static Order refundExcess(Order order, LineId lineId) {
        Line line = order.line(lineId).get();
        long excess = order.prepayments().unshipped(lineId) - line.unshipped();
        if (excess <= 0) {
            return order;
        }
        // Cancelled units take the line's last numbers, the ones after those still wanted.
        return order.copy().withPrepayments(order.prepayments().cancelled(lineId, excess,
                line.valueOfUnits(Math.min(line.active(), line.quantity() - excess), excess), order.id().value() + ":refund"));
    }

    /** The units of a line in the order's shipped packages: the numbers ({@link Line#valueOfUnits}) they took. */
    private static long shippedUnits(Order order, LineId lineId) {
        return order.packages().valuesIterator().filter(OrderPackage::isShipped).map(p -> p.units(lineId)).sum().longValue();
    }
}
