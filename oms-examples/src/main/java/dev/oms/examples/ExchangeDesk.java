// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.application.ExchangeOpening;
import dev.oms.core.application.ExchangeRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.value.ReturnId;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The returns desk's exchanges: a customer who ordered the wrong one trades a delivered unit for the next everyday
 * product at the shop's price. Every other exchange lets the replacement ship before the unit comes back (paid in full,
 * the unit refunded when it arrives); the others wait for it (the unit's value paying for the replacement). What the
 * desk noted goes to the summary next to what oms stored.
 */
final class ExchangeDesk {
    /** The reason an exchanged unit is sent back with: inspected, it goes back on sale. */
    static final String REASON = "ordered the wrong one";

    private final OrderManagement oms;
    private int opened;
    private int dearer;
    private int cheaper;
    private int even;
    private int shippedFirst;
    private Money charged = Money.zero(Shop.CURRENCY);
    private Money refundDue = Money.zero(Shop.CURRENCY);

    ExchangeDesk(OrderManagement oms) {
        this.oms = oms;
    }

    /**
     * Opens the exchange of one delivered unit of the line for the next everyday product.
     *
     * @return the return the unit goes back under, or none when oms refused (the replacement could be neither reserved
     *     nor queued, say): the customer then keeps the unit
     */
    Optional<ReturnId> exchange(Order order, Line line) {
        int next = (Shop.ITEMS.indexOf(Shop.ITEMS.stream().filter(i -> i.sku().equals(line.sku())).findFirst().orElseThrow()) + 1)
                % Shop.ITEMS.size();
        Shop.Item replacement = Shop.ITEMS.get(next);
        boolean shipFirst = opened % 2 == 1;
        Either<Rejection, ExchangeOpening> answer = oms.exchanges().open(order.id(), new ExchangeRequest("exchange:" + order.id(),
                List.of(new ReturnRequest.Line(line.id(), 1, REASON)), List.of(new LineRequest(replacement.sku(), 1, replacement.price())),
                shipFirst));
        if (answer.isLeft()) {
            return Optional.empty();
        }
        ExchangeOpening opening = answer.get();
        opened++;
        shippedFirst += shipFirst ? 1 : 0;
        int dearerBy = replacement.price().compareTo(opening.returnValue());
        dearer += dearerBy > 0 ? 1 : 0;
        cheaper += dearerBy < 0 ? 1 : 0;
        even += dearerBy == 0 ? 1 : 0;
        charged = charged.plus(opening.charged());
        refundDue = refundDue.plus(opening.refundDue());
        return Optional.of(opening.returnId());
    }

    /** What the desk noted. */
    SimulationReport.ExchangeTally tally() {
        return new SimulationReport.ExchangeTally(opened, dearer, cheaper, even, shippedFirst, charged, refundDue);
    }
}
