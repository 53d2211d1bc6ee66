// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.inventory.StockChange;
import dev.oms.spi.inventory.StockHistory;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The stock log of {@link PostgresInventoryStore}: the lines V18's trigger writes with every change to a stock
 * row. Each read is one statement over the SKU's lines, served by the index on (sku, changed_at, seq).
 */
final class PostgresStockHistory implements StockHistory {
    private static final String COLUMNS = "sku, location_id, changed_at, on_hand, reserved, ring_fenced, bin, "
            + "on_hand_change, reserved_change, ring_fenced_change";
    private static final String AS_OF = "SELECT DISTINCT ON (location_id) " + COLUMNS + " FROM oms_stock_change "
            + "WHERE sku = ? AND changed_at <= ? ORDER BY location_id, changed_at DESC, seq DESC";
    private static final String BETWEEN = "SELECT " + COLUMNS + " FROM oms_stock_change "
            + "WHERE sku = ? AND changed_at > ? AND changed_at <= ? ORDER BY changed_at, seq";

    private final Transactions transactions;

    PostgresStockHistory(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public List<StockLevel> stockAsOf(Sku sku, Instant at) {
        Require.nonNull(sku, "sku");
        Require.nonNull(at, "at");
        List<StockLevel> levels = new ArrayList<>(read(AS_OF, sku, at).stream().map(StockChange::after).toList());
        // Sorted in Java, so the order does not depend on the database collation (as stockOf).
        levels.sort(Comparator.comparing(StockLevel::locationId));
        return levels;
    }

    @Override
    public List<StockChange> changes(Sku sku, Instant from, Instant until) {
        Require.nonNull(sku, "sku");
        Require.nonNull(from, "from");
        Require.nonNull(until, "until");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until " + until + " is before from " + from);
        }
        return read(BETWEEN, sku, from, until);
    }

    private List<StockChange> read(String sql, Sku sku, Instant... instants) {
        return transactions.read("read stock history", connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setString(1, sku.code());
                for (int i = 0; i < instants.length; i++) {
                    select.setObject(i + 2, StoredInstants.micros(instants[i]));
                }
                try (ResultSet rows = select.executeQuery()) {
                    List<StockChange> changes = new ArrayList<>();
                    while (rows.next()) {
                        changes.add(change(rows));
                    }
                    return changes;
                }
            }
        });
    }

    private static StockChange change(ResultSet rows) throws SQLException {
        StockLevel after = new StockLevel(Sku.of(rows.getString("sku")), LocationId.of(rows.getString("location_id")),
                rows.getLong("on_hand"), rows.getLong("reserved"), rows.getLong("ring_fenced"), rows.getString("bin"));
        return new StockChange(rows.getObject("changed_at", OffsetDateTime.class).toInstant(), after,
                rows.getLong("on_hand_change"), rows.getLong("reserved_change"), rows.getLong("ring_fenced_change"));
    }
}
