// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderFilter;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Optional;

/** Reading orders, for reports and customer service; changes nothing. Reached through {@link OrderManagement#queries()}. */
public final class OrderQueries {
    private final Settling settling;

    OrderQueries(Settling settling) {
        this.settling = settling;
    }

    /**
     * The order as it stands, rebuilt from storage; empty for an order never placed.
     *
     * @param orderId the order
     * @return the order, or empty
     */
    public Optional<Order> find(OrderId orderId) {
        return settling.find(orderId).toJavaOptional();
    }

    /**
     * Stored orders' ids in placement order, one page at a time: an administrative listing (exports,
     * reconciliation). Read the next page with {@link Page#nextPage(int)}.
     *
     * @param page which page, and how many orders on it
     * @return one page of ids
     */
    public Page<OrderId> orderIds(PageRequest page) {
        return settling.ports().orders().orderIds(Require.nonNull(page, "page"));
    }

    /**
     * A customer's orders, newest first, from the store's listing read model.
     *
     * @param customer the customer whose orders are listed
     * @param page which page, and how many orders on it
     * @return one page of the customer's orders
     */
    public Page<OrderSummary> ordersOf(CustomerRef customer, PageRequest page) {
        return settling.ports().orders().ordersOf(Require.nonNull(customer, "customer"), Require.nonNull(page, "page"));
    }

    /**
     * A customer's order history, newest first: each order with its status, what it costs, its parcels with their
     * tracking numbers, what it waits for and its open returns. Reads the listing read model for the page, then the
     * page's orders, so it costs the page, never the customer's whole history.
     *
     * @param customer the customer
     * @param page which page, and how many orders on it
     * @return one page of the customer's orders as they see them
     */
    public Page<CustomerOrderView> customerHistory(CustomerRef customer, PageRequest page) {
        Page<OrderSummary> summaries = ordersOf(customer, page);
        return new Page<>(summaries.items().stream().map(s -> settling.find(s.orderId())).flatMap(o -> o.toJavaStream())
                .map(CustomerOrderView::of).toList(), summaries.next());
    }

    /**
     * The order as it stood at a past instant: its log replayed up to the last commit recorded at or before
     * {@code at}. Commits are taken in log order and the replay stops at the first one recorded later, so the answer is
     * always a state the order really passed through.
     *
     * @param orderId the order
     * @param at the instant
     * @return the order as it stood; empty when it was not placed yet at {@code at}, or never
     */
    public Optional<Order> asOf(OrderId orderId, Instant at) {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(at, "at");
        Option<Order> order = Option.none();
        for (OrderCommit commit : settling.ports().orders().load(orderId).map(StoredOrder::commits).orElse(java.util.List.of())) {
            if (commit.recordedAt().isAfter(at)) {
                break;
            }
            order = Option.some(OrderEvolution.apply(order, commit));
        }
        return order.toJavaOptional();
    }

    /**
     * The order's log as stored, oldest commit first: every event with the key and instant of the commit that recorded
     * it, for audits and replays (the policy what-if reads placements and cancellations from it).
     *
     * @param orderId the order
     * @return its commits; empty for an order never placed
     */
    public java.util.List<OrderCommit> log(OrderId orderId) {
        return settling.ports().orders().load(Require.nonNull(orderId, "orderId")).map(StoredOrder::commits).orElse(java.util.List.of());
    }

    /**
     * Orders by status, channel and placement time, newest first, from the store's listing read model.
     *
     * @param filter which orders to list
     * @param page which page, and how many orders on it
     * @return one page of the orders that match
     */
    public Page<OrderSummary> orders(OrderFilter filter, PageRequest page) {
        return settling.ports().orders().orders(Require.nonNull(filter, "filter"), Require.nonNull(page, "page"));
    }

    /**
     * How the facade's cache of evolved orders is doing: hits, misses, size.
     *
     * @return the cache's counts as of now
     */
    public EvolvedOrdersStatistics cacheStatistics() {
        return settling.execution().cacheStatistics();
    }
}
