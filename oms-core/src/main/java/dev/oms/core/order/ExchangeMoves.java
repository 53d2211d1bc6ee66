// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.ExchangeEvent;
import dev.oms.spi.event.ExchangeEvent.ExchangeCreditDrawn;
import dev.oms.spi.event.ExchangeEvent.ExchangeOpened;

/** How an order evolves with the exchange family: replacement lines join it, receipts draw the credit. */
final class ExchangeMoves implements ExchangeEvent.Visitor<Order> {
    private final Order order;

    ExchangeMoves(Order order) {
        this.order = order;
    }

    /** The replacement lines join the order, pending, at the prices (and credit) they carry. */
    @Override
    public Order visit(ExchangeOpened e) {
        Order added = EditMoves.linesAdded(order, e.replacements());
        return added.copy().withReturns(added.returns().exchanges(added.returns().exchanges().opened(e)));
    }

    @Override
    public Order visit(ExchangeCreditDrawn e) {
        return order.copy().withReturns(order.returns().exchanges(order.returns().exchanges().drawn(e)));
    }
}
