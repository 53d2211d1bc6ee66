// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.CustomerRef;

/**
 * Read model: orders listed for people, from their {@link OrderSummary}s, newest placement first (ties by
 * order id, descending), one page at a time.
 */
public interface OrderListing {

    /**
     * A customer's orders, newest first: an account page or a service desk's lookup.
     *
     * @param customer the customer whose orders to list
     * @param page where to start and how many orders to return
     * @return one page of the customer's order summaries, each as its latest commit left it
     */
    Page<OrderSummary> ordersOf(CustomerRef customer, PageRequest page);

    /**
     * Orders matching the filter (status, channel, placement time), newest first.
     *
     * @param filter what the orders must match; an empty filter matches every order
     * @param page where to start and how many orders to return
     * @return one page of the matching order summaries, each as its latest commit left it
     */
    Page<OrderSummary> orders(OrderFilter filter, PageRequest page);
}
