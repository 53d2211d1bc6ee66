// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.spi.order.OrderFilter;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
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
