// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Stock promised beyond on hand before V20 is still found after it, through the index V20 rebuilds on the rows
 * with a shortfall; a row an adjustment left short whose promises have since fallen back within on hand is not
 * answered, and an adjustment after the upgrade is found. Runs in a database of its own, migrated to V19 first.
 */
class V20MigrationTest {
    private static final LocationId WAREHOUSE = LocationId.of("WH-1");

    @Test
    void stockOverpromisedBeforeV20IsFoundAfterIt() throws SQLException {
        DataSource upgraded = TestDatabase.freshAt("oms_v20_upgrade", "19");
        try (Connection connection = upgraded.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO oms_location (location_id, name, type, priority, active)"
                    + " VALUES ('WH-1', 'Warehouse', 'WAREHOUSE', 1, TRUE)");
            // As adjustments leave rows: MUG promised 2 beyond on hand; CAP short once, settled back within it since.
            statement.execute("INSERT INTO oms_stock (sku, location_id, on_hand, reserved, ring_fenced, bin, shortfall) VALUES"
                    + " ('MUG', 'WH-1', 3, 5, 0, 'A-1', 2), ('CAP', 'WH-1', 3, 2, 0, 'A-2', 1), ('PEN', 'WH-1', 9, 4, 0, 'A-3', 0)");
        }

        OmsPostgres.migrate(upgraded);

        PostgresInventoryStore inventory = new PostgresInventoryStore(upgraded);
        assertThat(inventory.overpromised()).extracting(StockLevel::sku).containsExactly(Sku.of("MUG"));
        assertThat(overpromisedIndex(upgraded)).endsWith("WHERE (shortfall > 0)");
        inventory.adjust("count-pen", StockAdjustment.counted(Sku.of("PEN"), WAREHOUSE, 1));
        assertThat(inventory.overpromised()).extracting(StockLevel::sku).containsExactly(Sku.of("MUG"), Sku.of("PEN"));
    }

    /** The definition of the index the overpromised rows are read through. */
    private static String overpromisedIndex(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT indexdef FROM pg_indexes WHERE indexname = 'oms_stock_overpromised_ix'")) {
            row.next();
            return row.getString(1);
        }
    }
}
