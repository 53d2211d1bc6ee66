// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.order.OrderSummary;

/**
 * The read-model row the store keeps with each commit, computed from the order as the commit leaves it: the
 * one place that says what the read models see of an order.
 */
final class OrderSummaries {

    private OrderSummaries() {}

    static OrderSummary of(Order order) {
        return new OrderSummary(order.id(), order.channel(), order.externalId(), order.customer(), order.status(),
                order.placedAt(), order.version(), !PendingEffects.of(order).isEmpty(),
                WaitingUnits.of(order).map(WaitingUnits::line).toJavaList());
    }
}
