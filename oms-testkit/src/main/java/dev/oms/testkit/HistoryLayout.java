// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ConcurrentHistories.BACKORDERABLE;
import static dev.oms.testkit.ConcurrentHistories.EAST;
import static dev.oms.testkit.ConcurrentHistories.PREORDER;
import static dev.oms.testkit.ConcurrentHistories.RELEASE;
import static dev.oms.testkit.ConcurrentHistories.STOCKED;
import static dev.oms.testkit.ConcurrentHistories.WEST;

import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.testkit.ConcurrentHistories.Layout;
import java.util.List;
import java.util.OptionalLong;

/** The stores every concurrent history starts from: two warehouses and little stock, so calls contend for it. */
final class HistoryLayout {
    private HistoryLayout() {}

    static Layout layout() {
        return new Layout(
                List.of(Location.of(EAST, "East", LocationType.WAREHOUSE, 1), Location.of(WEST, "West", LocationType.WAREHOUSE, 2)),
                List.of(new Product(STOCKED, "Stocked"), new Product(BACKORDERABLE, "Backorderable"),
                        Product.announced(PREORDER, "Launch", RELEASE, OptionalLong.of(6))),
                List.of(new StockLevel(STOCKED, EAST, 3, 0, 0, "E-1"), new StockLevel(STOCKED, WEST, 2, 0, 0, "W-1"),
                        new StockLevel(BACKORDERABLE, EAST, 2, 0, 0, "E-2"), new StockLevel(BACKORDERABLE, WEST, 1, 0, 0, "W-2"),
                        new StockLevel(PREORDER, EAST, 0, 0, 0, "E-3")));
    }
}
