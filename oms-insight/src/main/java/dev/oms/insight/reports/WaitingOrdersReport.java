// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import dev.oms.core.order.Order;
import dev.oms.core.order.WaitingFor;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The orders waiting for something outside the warehouse, and what for: every order whose {@code Order.waitingFor()}
 * is not empty (units pre-ordered, backordered or bought from a supplier), oldest placed first, then by id. An order
 * waiting for two things is one row naming both, so the counts per {@link WaitingFor} can add up to more than the rows.
 *
 * @param asOf the instant the orders' waits are measured at
 * @param orders the waiting orders, oldest placed first
 */
public record WaitingOrdersReport(Instant asOf, List<WaitingOrder> orders) {

    /**
     * One waiting order.
     *
     * @param orderId the order
     * @param channel the channel it came through
     * @param placedAt when it was placed
     * @param status its header status
     * @param units the units waiting, per thing waited for, in {@link WaitingFor} order; only things with units
     */
    public record WaitingOrder(OrderId orderId, Channel channel, Instant placedAt, OrderStatus status, Map<WaitingFor, Long> units) {
        /**
         * Copies the units, refusing nulls.
         *
         * @param orderId the order
         * @param channel the channel it came through
         * @param placedAt when it was placed
         * @param status its header status
         * @param units the units waiting, per thing waited for
         */
        public WaitingOrder {
            Objects.requireNonNull(orderId, "orderId is null");
            Objects.requireNonNull(channel, "channel is null");
            Objects.requireNonNull(placedAt, "placedAt is null");
            Objects.requireNonNull(status, "status is null");
            units = Collections.unmodifiableMap(new EnumMap<>(units));
        }
    }

    /**
     * Copies the rows, refusing nulls.
     *
     * @param asOf the instant the orders' waits are measured at
     * @param orders the waiting orders
     */
    public WaitingOrdersReport {
        Objects.requireNonNull(asOf, "asOf is null");
        orders = List.copyOf(orders);
    }

    /**
     * Lists the orders that wait for something.
     *
     * @param orders the orders, in any order
     * @param asOf the instant to measure their waits at
     * @return the report
     */
    public static WaitingOrdersReport of(Iterable<Order> orders, Instant asOf) {
        Objects.requireNonNull(orders, "orders is null");
        List<WaitingOrder> waiting = new ArrayList<>();
        for (Order order : orders) {
            if (order.waitingFor().isEmpty()) {
                continue;
            }
            Map<WaitingFor, Long> units = new EnumMap<>(WaitingFor.class);
            order.waitingFor().forEach(w -> units.put(w, w.units(order)));
            waiting.add(new WaitingOrder(order.id(), order.channel(), order.placedAt(), order.status(), units));
        }
        waiting.sort(Comparator.comparing(WaitingOrder::placedAt).thenComparing(WaitingOrder::orderId));
        return new WaitingOrdersReport(asOf, waiting);
    }

    /** {@return how many orders wait for each thing, in {@link WaitingFor} order, zero counts included} */
    public Map<WaitingFor, Long> ordersWaitingFor() {
        Map<WaitingFor, Long> counts = new EnumMap<>(WaitingFor.class);
        for (WaitingFor what : WaitingFor.values()) {
            counts.put(what, orders.stream().filter(o -> o.units().containsKey(what)).count());
        }
        return Collections.unmodifiableMap(counts);
    }

    /** {@return one row per waiting order: id, channel, days waited, status and the units per thing waited for} */
    public String table() {
        TextTable table = TextTable.titled("Orders waiting at " + asOf, 4, "order", "channel", "status", "waiting for", "days");
        for (WaitingOrder order : orders) {
            StringBuilder what = new StringBuilder();
            order.units().forEach((w, n) -> what.append(what.length() == 0 ? "" : ", ").append(w).append(' ').append(n));
            table.row(order.orderId().value(), order.channel().code(), order.status(), what,
                    Duration.between(order.placedAt(), asOf).toDays());
        }
        return table.render();
    }
}
