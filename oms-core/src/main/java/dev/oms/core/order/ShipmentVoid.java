// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.RefundId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.joda.money.Money;

/**
 * What voiding a package's shipment left owed, and what of it was done: the refund of each capture of the package, and
 * its units back in stock at the location it shipped from (its label's void is {@link OrderPackage#owesLabelVoid}).
 *
 * @param reason why the shipment was voided, in words for people
 * @param repackedAs the package its units were packed into again, if they were not put back on the shelf
 * @param refunds what each capture of the package is owed back, fixed when voided
 * @param stockReturned whether its units are back in stock (at once for a package holding no stock of ours)
 */
public record ShipmentVoid(String reason, Option<PackageId> repackedAs, List<Refund> refunds, boolean stockReturned) {

    /**
     * Money owed back to one capture of a voided shipment.
     *
     * @param captureId the capture
     * @param amount what it is owed back
     * @param refundId the provider's refund, once paid
     */
    public record Refund(CaptureId captureId, Money amount, Option<RefundId> refundId) {
        /** {@return whether the refund is still owed} */
        public boolean owed() {
            return refundId.isEmpty();
        }
    }

    /** Refuses nulls.
     * @param reason why
     * @param repackedAs the package its units were packed into again, if any
     * @param refunds what each capture is owed back
     * @param stockReturned whether its units are back in stock */
    public ShipmentVoid {
        Require.nonBlank(reason, "reason");
        Require.nonNull(repackedAs, "repackedAs");
        Require.nonNull(refunds, "refunds");
    }

    /** {@return the money the voided shipments of an order give back, paid or owed}: units to be charged again
     * @param order the order */
    public static Money givenBack(Order order) {
        return order.packages().valuesIterator().flatMap(p -> p.voiding().toList()).flatMap(ShipmentVoid::refunds)
                .foldLeft(Money.zero(order.currency()), (sum, r) -> sum.plus(r.amount()));
    }

    /** {@return what every refund owed or paid takes of one capture}: prepayments', returns' and claims', voided shipments'
     * @param order the order
     * @param captureId the capture */
    public static Money refundedFrom(Order order, CaptureId captureId) {
        Money zero = Money.zero(order.currency());
        Money ofPrepayments = order.prepayments().refunds().valuesIterator().filter(r -> r.captureId().equals(captureId))
                .foldLeft(zero, (sum, r) -> sum.plus(r.amount()));
        Money ofReturns = order.returns().refunds().filter(r -> r.captureId().equals(captureId))
                .foldLeft(ofPrepayments, (sum, r) -> sum.plus(r.amount()));
        return order.packages().valuesIterator().flatMap(p -> p.voiding().toList()).flatMap(ShipmentVoid::refunds)
                .filter(r -> r.captureId().equals(captureId)).foldLeft(ofReturns, (sum, r) -> sum.plus(r.amount()));
    }

    /** {@return this void with the refund owed to the capture paid}, unchanged when none is owed there */
    ShipmentVoid refunded(CaptureId captureId, Money amount, RefundId refundId) {
        Option<Refund> owed = refunds.find(r -> r.owed() && r.captureId().equals(captureId) && r.amount().isEqual(amount));
        return owed.isEmpty() ? this : new ShipmentVoid(reason, repackedAs,
                refunds.replace(owed.get(), new Refund(captureId, owed.get().amount(), Option.some(refundId))), stockReturned);
    }

    /** {@return this void with its units back in stock} */
    ShipmentVoid withStockReturned() {
        return new ShipmentVoid(reason, repackedAs, refunds, true);
    }
}
