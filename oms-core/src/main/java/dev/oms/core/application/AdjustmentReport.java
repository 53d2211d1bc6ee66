// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.spi.inventory.StockAdjusted;
import java.util.List;

/**
 * What a stock adjustment did: the stock before and after, the orders that gave units up (newest first, as
 * they now stand), the waiting orders that units found went to, and the units still promised beyond what is on
 * hand because nobody could give them up yet.
 *
 * @param stock on hand before and after, and the promises standing when the adjustment was recorded
 * @param ordersShort the orders that gave units up, newest first, as they stand after settling
 * @param ordersFilled the waiting orders filled from units the adjustment found, in queue order
 * @param unsettled units still promised beyond what is on hand: on open pick lists, picked or packed at the
 *     location, ring-fenced, or of orders busy with a reservation; a repeat of this adjustment or
 *     {@code resumeAll} settles them once they can be given up
 */
public record AdjustmentReport(StockAdjusted stock, List<Order> ordersShort, List<Order> ordersFilled, long unsettled) {
    /**
     * Copies the lists.
     *
     * @param stock on hand before and after
     * @param ordersShort the orders that gave units up
     * @param ordersFilled the waiting orders filled
     * @param unsettled units still promised beyond what is on hand; not negative
     */
    public AdjustmentReport {
        ordersShort = List.copyOf(ordersShort);
        ordersFilled = List.copyOf(ordersFilled);
        if (unsettled < 0) {
            throw new IllegalArgumentException("unsettled cannot be negative, was " + unsettled);
        }
    }
}
