// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Reservations and releases change no indexed column of a stock row, so PostgreSQL updates the row in place (a HOT
 * update: no new index entries, the old version pruned from its page). When V8's partial index named
 * {@code reserved}, {@code ring_fenced} and {@code on_hand} in its predicate, none was: every reservation added an
 * entry to each index of {@code oms_stock} and put the new version elsewhere in the table, which grew with the orders
 * placed (1,003 rows in 317 pages after 100,000 reservations, against 12 pages in place).
 */
class StockUpdatesInPlaceTest {
    private static final LocationId WAREHOUSE = LocationId.of("WH-1");
    private static final int ROUNDS = 500;

    @Test
    void reservationsAndReleasesUpdateTheirStockRowsInPlace() throws SQLException {
        DataSource database = TestDatabase.fresh("oms_stock_in_place");
        OmsPostgres.migrate(database);
        // One connection, so one backend: the statistics it flushes are all of this test's updates.
        try (HikariDataSource dataSource = TestDatabase.pooled(database, 1)) {
            PostgresInventoryStore inventory = new PostgresInventoryStore(dataSource)
                    .addLocation(Location.of(WAREHOUSE, "Warehouse", LocationType.WAREHOUSE, 1));
            List<Sku> skus = List.of(Sku.of("MUG"), Sku.of("CAP"), Sku.of("PEN"));
            for (Sku sku : skus) {
                inventory.setStock(sku, WAREHOUSE, 1_000_000, "BIN-" + sku.code());
            }
            long[] before = stockUpdates(dataSource);
            for (int i = 0; i < ROUNDS; i++) {
                List<StockMovement> one = List.of(new StockMovement(skus.get(i % skus.size()), WAREHOUSE, 1));
                assertThat(inventory.reserve("reserve-" + i, one)).isInstanceOf(ReservationResult.Reserved.class);
                inventory.release("release-" + i, one);
            }
            long[] after = stockUpdates(dataSource);
            long updates = after[0] - before[0];
            long inPlace = after[1] - before[1];
            assertThat(updates).as("stock row updates").isEqualTo(2L * ROUNDS);
            assertThat(inPlace).as("of %d stock row updates, those made in place", updates).isGreaterThanOrEqualTo(updates * 9 / 10);
        }
    }

    /** Updates of {@code oms_stock} and how many were HOT, with this backend's pending statistics flushed first. */
    private static long[] stockUpdates(HikariDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_force_next_flush()"); // flushed as this statement's transaction ends
            statement.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet row = statement.executeQuery(
                    "SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE relname = 'oms_stock'")) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }
}
