// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

/**
 * What a {@link StockAdjustment} did, as the inventory answers it (and answers it again for a repeated key).
 *
 * @param onHandBefore units on hand before
 * @param onHandAfter units on hand after
 * @param reserved units reserved for orders and checkout holds when the adjustment was recorded
 * @param ringFenced units ring-fenced for indent orders when the adjustment was recorded
 */
public record StockAdjusted(long onHandBefore, long onHandAfter, long reserved, long ringFenced) {
    /**
     * Checks the answer.
     *
     * @param onHandBefore units on hand before
     * @param onHandAfter units on hand after
     * @param reserved units reserved
     * @param ringFenced units ring-fenced
     * @throws IllegalArgumentException if a count is negative
     */
    public StockAdjusted {
        if (onHandBefore < 0 || onHandAfter < 0 || reserved < 0 || ringFenced < 0) {
            throw new IllegalArgumentException("stock counts cannot be negative");
        }
    }

    /** {@return the units promised that are no longer there: reserved and ring-fenced beyond on hand, or zero} */
    public long shortfall() {
        return Math.max(0, reserved + ringFenced - onHandAfter);
    }
}
