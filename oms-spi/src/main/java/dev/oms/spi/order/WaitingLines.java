// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.Sku;
import java.util.List;

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
     * Every SKU with at least one waiting line, in SKU order: what recovery fills from the stock available,
     * in case a process stopped between freeing stock and filling a queue with it.
     *
     * @return the SKUs with a non-empty queue
     */
    List<Sku> skusWaiting();
}
