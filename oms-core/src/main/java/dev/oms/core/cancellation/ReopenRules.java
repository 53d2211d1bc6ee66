// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.cancellation;

import static dev.oms.core.rejection.Rejections.events;

import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.spi.event.ApprovalEvent.ApprovalHoldRejected;
import dev.oms.spi.event.CancellationEvent.OrderReopened;
import dev.oms.spi.event.OrderEvent;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Decides whether a cancelled order may be wanted again. Only a fully cancelled order is reopened (a partly cancelled
 * one is still open: its host places the units again), never one rejected in an approval review (the review said no),
 * and never one whose pre-ordered units were charged at placement (their money was refunded; taking it again is a new
 * order's business).
 */
public final class ReopenRules {
    private ReopenRules() {}

    /**
     * Decides a reopening.
     *
     * @param order the order as it stands
     * @param reason why, as the host words it
     * @return {@code OrderReopened}, or {@code ILLEGAL_TRANSITION} naming why the order may not be reopened
     */
    public static Either<Rejection, List<OrderEvent>> reopen(Order order, String reason) {
        if (!order.isFullyCancelled()) {
            return Rejections.illegal("order " + order.id() + " is " + order.status() + ": only a fully cancelled order is reopened");
        }
        if (order.handledCommands().values().exists(events -> events.exists(ApprovalHoldRejected.class::isInstance))) {
            return Rejections.illegal("order " + order.id() + " was rejected in an approval review and stays cancelled");
        }
        if (!order.prepayments().captures().isEmpty()) {
            return Rejections.illegal("order " + order.id() + " had pre-ordered units charged at placement and refunded: place it anew");
        }
        return events(new OrderReopened(reason));
    }
}
