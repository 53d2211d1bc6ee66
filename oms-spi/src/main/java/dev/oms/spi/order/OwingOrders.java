// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.OrderId;

/**
 * Read model: the orders whose latest commit left side effects owed ({@link OrderSummary#owesEffects()}), so
 * that recovery visits those orders only, however many orders were ever stored.
 */
public interface OwingOrders {

    /**
     * Orders owing effects, by order id, one page at a time. An order that settles while a caller pages
     * through leaves the listing; no order still owing is skipped.
     *
     * @param page where to start and how many ids to return
     * @return one page of the ids of orders owing effects
     */
    Page<OrderId> owingEffects(PageRequest page);
}
