// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Optional;

/**
 * Read model: the restock queue of a SKU, kept by the order store from the {@link OrderSummary#waiting()} of
 * every commit. What placement, availability and every restock read instead of replaying orders.
 */
public interface WaitingLines {

    /**
     * Every line with units of {@code sku} waiting, in {@link WaitingLine#QUEUE_ORDER}, as the latest
     * commit of each order left it: a line whose units were filled or cancelled is gone.
     *
     * @param sku the SKU whose queue to read
     * @return the queue, possibly empty
     */
    List<WaitingLine> waitingFor(Sku sku);

    /**
     * The next lines of a SKU's queue, in {@link WaitingLine#QUEUE_ORDER}, after the one given: what a restock walks,
     * a page at a time, stopping where the stock runs out, so a receipt of one unit reads the head of the queue and
     * not all of it. The line given need no longer be there: the page starts at its place in the queue. This
     * default filters {@link #waitingFor(Sku)}, which is right but reads the whole queue; a store should answer
     * from its index.
     *
     * @param sku the SKU whose queue to read
     * @param after the line the previous page ended with; empty for the head of the queue
     * @param limit most lines to answer, positive
     * @return up to {@code limit} lines; fewer only at the end of the queue
     */
    default List<WaitingLine> waitingAfter(Sku sku, Optional<WaitingLine> after, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return waitingFor(sku).stream().filter(line -> after.isEmpty() || WaitingLine.QUEUE_ORDER.compare(line, after.get()) > 0)
                .limit(limit).toList();
    }

    /**
     * The units of {@code sku} waiting, summed per channel, bucket and location waited at, as the latest commit of
     * each order left them: what every placement of a SKU whose units may wait counts its caps and limits against.
     * A store should keep these sums with the waiting lines, so that the answer costs the shop's channels and
     * locations rather than the length of the queue; this default sums {@link #waitingFor(Sku)}, which is right but
     * costs the whole queue.
     *
     * @param sku the SKU
     * @param except an order whose waiting units are left out (the order being decided, whose units the decision
     *     counts itself), if any
     * @return the totals, possibly empty, in no particular order
     */
    default List<WaitingTotal> waitingTotals(Sku sku, Optional<OrderId> except) {
        return WaitingTotal.sum(waitingFor(sku), except);
    }

    /**
     * Every SKU with at least one waiting line, in SKU order: what recovery fills from the stock available,
     * in case a process stopped between freeing stock and filling a queue with it.
     *
     * @return the SKUs with a non-empty queue
     */
    List<Sku> skusWaiting();
}
