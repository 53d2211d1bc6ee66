// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.application.ApprovalRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.approval.ApprovalPolicy;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.spi.value.ApprovalReason;
import java.util.Map;
import org.joda.money.Money;

/**
 * The shop's payment review: a cash-on-delivery order above {@link #THRESHOLD} waits for a person before it is
 * picked, since the courier may come back with the parcel and no money. The reviewer calls the customer and
 * releases the order, or rejects it when every third call goes unanswered.
 */
final class Reviews {
    static final Money THRESHOLD = Money.of(Shop.CURRENCY, 100);

    /** The host's rule, given to the facade's builder: pure, it reads only the placed order. */
    static final ApprovalPolicy LARGE_CASH_ON_DELIVERY = placed -> placed.payment().isCashOnDelivery()
            && placed.activeValue().isGreaterThan(THRESHOLD)
            ? Map.of(ApprovalReason.PAYMENT_REVIEW, "cash on delivery above " + THRESHOLD) : Map.of();

    private final OrderManagement oms;
    private final HostLedger ledger;
    private int calls;

    Reviews(OrderManagement oms, HostLedger ledger) {
        this.oms = oms;
        this.ledger = ledger;
    }

    /** The reviewer's call on a held order: the order released, or rejected with every unit cancelled. */
    Order review(Order held) {
        calls++;
        if (calls % 3 == 0) {
            ledger.cancelRequested(held.lines().values().map(Line::active).sum().longValue());
            ledger.reviewed(false);
            return Simulation.expect(oms.approvals().reject(held.id(), new ApprovalRequest("review:" + held.id(),
                    ApprovalReason.PAYMENT_REVIEW, "customer not reachable")), "reject in review");
        }
        ledger.reviewed(true);
        return Simulation.expect(oms.approvals().release(held.id(), new ApprovalRequest("review:" + held.id(),
                ApprovalReason.PAYMENT_REVIEW, "customer confirmed by phone")), "release after review");
    }
}
