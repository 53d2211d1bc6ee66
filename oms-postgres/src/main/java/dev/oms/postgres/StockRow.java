// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One row of {@code oms_stock}, named by SKU and location; rows are locked in this record's order. */
record StockRow(Sku sku, LocationId locationId) {
    private static final Comparator<StockRow> LOCK_ORDER = Comparator.comparing(StockRow::sku).thenComparing(StockRow::locationId);

    /** Quantities summed per stock row, in lock order. */
    static Map<StockRow, Long> totals(List<StockMovement> movements) {
        Map<StockRow, Long> totals = new TreeMap<>(LOCK_ORDER);
        for (StockMovement movement : movements) {
            totals.merge(new StockRow(movement.sku(), movement.locationId()), movement.quantity(), Math::addExact);
        }
        return totals;
    }

    /** The stock level of the current result row, selected as {@code sku, location_id, on_hand, reserved, ring_fenced, bin}. */
    static StockLevel level(ResultSet rows) throws SQLException {
        return new StockLevel(Sku.of(rows.getString(1)), LocationId.of(rows.getString(2)), rows.getLong(3),
                rows.getLong(4), rows.getLong(5), rows.getString(6));
    }
}
