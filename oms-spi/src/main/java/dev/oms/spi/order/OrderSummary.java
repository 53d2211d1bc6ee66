// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.List;

/**
 * What an order store keeps about an order next to its log, replaced with every commit and in the same atomic
 * step: the row the read models ({@link WaitingLines}, {@link AllocatedLines}, {@link OwingOrders}, {@link OrderListing}) answer from,
 * so that no query has to replay orders. oms computes it from the order as the commit leaves it; a store only
 * stores it and answers from it.
 *
 * @param orderId the order
 * @param channel the channel it came from
 * @param externalId its id in that channel
 * @param customer the host's reference to the customer
 * @param status its status once the commit is stored
 * @param placedAt when it was placed
 * @param version the order's version once the commit is stored
 * @param owesEffects whether the order owes side effects (a reservation, a payment call, a release, a
 *     notification...) that {@code resumeAll} has to run
 * @param waiting the order's units waiting in restock queues, one entry per line and bucket
 * @param allocated the order's units allocated and not yet picked, one entry per line and location
 */
public record OrderSummary(OrderId orderId, Channel channel, String externalId, CustomerRef customer, OrderStatus status,
        Instant placedAt, long version, boolean owesEffects, List<WaitingLine> waiting, List<AllocatedLine> allocated) {
    /**
     * Checks the summary and copies its waiting lines.
     *
     * @param orderId the order
     * @param channel the channel it came from
     * @param externalId its id in that channel; not blank
     * @param customer the host's reference to the customer
     * @param status its status once the commit is stored
     * @param placedAt when it was placed
     * @param version the order's version once the commit is stored; 1 or more
     * @param owesEffects whether the order owes side effects
     * @param waiting the order's waiting units, every one of this order
     * @param allocated the order's allocated units, every one of this order
     * @throws IllegalArgumentException if {@code version} is below 1 or a waiting or allocated line is another order's
     */
    public OrderSummary {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(channel, "channel");
        Require.nonBlank(externalId, "externalId");
        Require.nonNull(customer, "customer");
        Require.nonNull(status, "status");
        Require.nonNull(placedAt, "placedAt");
        waiting = List.copyOf(waiting);
        allocated = List.copyOf(allocated);
        if (version < 1) {
            throw new IllegalArgumentException("a stored order has version 1 or more, was " + version);
        }
        for (WaitingLine line : waiting) {
            if (!line.orderId().equals(orderId)) {
                throw new IllegalArgumentException("waiting line of order " + line.orderId() + " in the summary of " + orderId);
            }
        }
        for (AllocatedLine line : allocated) {
            if (!line.orderId().equals(orderId)) {
                throw new IllegalArgumentException("allocated line of order " + line.orderId() + " in the summary of " + orderId);
            }
        }
    }

    /**
     * A summary of an order with no units allocated and not yet picked.
     *
     * @param orderId the order
     * @param channel the channel it came from
     * @param externalId its id in that channel; not blank
     * @param customer the host's reference to the customer
     * @param status its status once the commit is stored
     * @param placedAt when it was placed
     * @param version the order's version once the commit is stored; 1 or more
     * @param owesEffects whether the order owes side effects
     * @param waiting the order's waiting units, every one of this order
     */
    public OrderSummary(OrderId orderId, Channel channel, String externalId, CustomerRef customer, OrderStatus status,
            Instant placedAt, long version, boolean owesEffects, List<WaitingLine> waiting) {
        this(orderId, channel, externalId, customer, status, placedAt, version, owesEffects, waiting, List.of());
    }
}
