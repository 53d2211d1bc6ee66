// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.Require;
import java.time.Instant;

/**
 * One change to the stock record of a SKU at a location, as the store applied it: the record after the change and
 * what the change moved. A reservation moves {@code reserved} only, a shipment {@code onHand} and {@code reserved}
 * alike, a receipt, count, loss or transfer {@code onHand} only.
 *
 * @param at when the store applied it, by the store's clock
 * @param after the stock record as the change left it
 * @param onHandChange units added to on hand (negative when taken away)
 * @param reservedChange units added to reserved (negative when released or shipped)
 * @param ringFencedChange units added to ring-fenced (negative when reserved for their order)
 */
public record StockChange(Instant at, StockLevel after, long onHandChange, long reservedChange, long ringFencedChange) {
    /**
     * Checks the change.
     *
     * @param at when the store applied it
     * @param after the stock record as the change left it
     * @param onHandChange units added to on hand
     * @param reservedChange units added to reserved
     * @param ringFencedChange units added to ring-fenced
     */
    public StockChange {
        Require.nonNull(at, "at");
        Require.nonNull(after, "after");
    }

    /**
     * {@return true when only on hand moved}: stock came or went by a receipt, a count, a loss or a transfer, not
     *     by an order's reservation, release or shipment. What a replay of orders must feed in from outside.
     */
    public boolean movesOnHandOnly() {
        return onHandChange != 0 && reservedChange == 0 && ringFencedChange == 0;
    }

    /** {@return the stock record as it stood just before the change} */
    public StockLevel before() {
        return new StockLevel(after.sku(), after.locationId(), after.onHand() - onHandChange,
                after.reserved() - reservedChange, after.ringFenced() - ringFencedChange, after.bin());
    }
}
