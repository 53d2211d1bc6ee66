// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;

/**
 * The log of an {@link InventoryStore}'s stock changes, kept by the store as it applies them: the stock of a SKU as
 * it stood at any past instant, and what changed it between two instants.
 *
 * <p>Contract: every change to a stock record is logged in the same atomic step that applies it, stamped by the
 * store's clock; changes of one SKU at one location are logged in the order they were applied. For any instants
 * {@code from <= until}, applying {@link #changes changes(sku, from, until)} to {@link #stockAsOf stockAsOf(sku,
 * from)} gives {@code stockAsOf(sku, until)}; {@code stockAsOf} of an instant after every change is
 * {@link InventoryStore#stockOf stockOf}. Reading a SKU's history costs that SKU's changes at most, never the
 * store's.
 */
public interface StockHistory {
    /**
     * {@return the SKU's stock records as they stood once every change stamped at or before {@code at} was
     *     applied, by location id; empty when the SKU had no record then}
     *
     * @param sku the SKU
     * @param at the instant
     */
    List<StockLevel> stockAsOf(Sku sku, Instant at);

    /**
     * {@return the changes to the SKU's stock records stamped after {@code from} and at or before {@code until}, in
     *     the order they were applied}
     *
     * @param sku the SKU
     * @param from the instant after which changes count
     * @param until the last instant changes count at
     * @throws IllegalArgumentException when {@code until} is before {@code from}
     */
    List<StockChange> changes(Sku sku, Instant from, Instant until);
}
