// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import org.joda.money.Money;

/**
 * The sums behind {@link Order}'s money figures, which it keeps once per state: what is still wanted, and what of
 * it has not been captured. Each sum walks only what the order holds.
 */
final class OrderMoney {
    private OrderMoney() {}

    /** The lines' exact values, shipping while any unit is wanted; in minor units, one Money instead of two per line. */
    static Money activeValue(Order order) {
        long minor = 0; // input limits keep the sum far inside a long
        boolean anyWanted = false;
        for (Line line : order.lineList()) {
            minor = Math.addExact(minor, line.minorValueOfFirst(line.active()));
            anyWanted |= line.active() > 0;
        }
        return Money.ofMinor(order.currency(), Math.addExact(minor, order.charges().shippingMinor(anyWanted)));
    }

    /** Wanted value not captured yet; refunds owed or made count as given back, and a voided shipment is charged again. */
    static Money outstanding(Order order) {
        Money outstanding = order.activeValue().minus(order.payment().captured());
        Prepayments prepayments = order.prepayments();
        if (!prepayments.captures().isEmpty() || !prepayments.refunds().isEmpty()) {
            outstanding = outstanding.minus(prepayments.captured(order.currency())).plus(prepayments.refunding(order.currency()));
        }
        return order.packages().isEmpty() ? outstanding : outstanding.plus(ShipmentVoid.givenBack(order));
    }
}
