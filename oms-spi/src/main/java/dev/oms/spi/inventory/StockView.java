// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import java.util.List;

/**
 * What routing reads to plan an order: every location, and the stock of the SKUs asked about.
 *
 * @param locations every location, active or paused, as {@link InventoryStore#locations()} lists them
 * @param stock the stock of each SKU asked about at every location that has a record of it, as
 *     {@link InventoryStore#stockOf} answers per SKU (SKUs in the order asked)
 */
public record StockView(List<Location> locations, List<StockLevel> stock) {
    /**
     * Copies both lists.
     *
     * @param locations every location, active or paused
     * @param stock the stock of each SKU asked about, SKUs in the order asked
     */
    public StockView {
        locations = List.copyOf(locations);
        stock = List.copyOf(stock);
    }
}
