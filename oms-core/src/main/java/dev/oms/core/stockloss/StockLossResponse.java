// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.stockloss;

/**
 * What happens to an order's units a stock adjustment found gone. Whatever the answer, the oldest orders keep
 * their units: the newest give theirs up first.
 */
public enum StockLossResponse {
    /**
     * Allocate the units again where stock is (other locations first by the allocation policy, backordered
     * within the SKU's terms); when no plan can place them all, they wait as a backorder where the SKU's units
     * may wait, else they are cancelled and the customer is told.
     */
    REROUTE,
    /** Let the units wait for stock as a backorder where the SKU's units may wait, else cancel them. */
    BACKORDER,
    /**
     * As {@link #REROUTE}, and hold the order for a person ({@code STOCK_SHORTAGE}): nothing more of it ships
     * until the hold is released, and rejecting it cancels the rest.
     */
    HOLD_FOR_REVIEW
}
