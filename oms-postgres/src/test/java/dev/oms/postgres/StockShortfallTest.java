// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Sku;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * An adjustment may leave on hand below the units promised, by the shortfall it records and no more; the first
 * reservation afterwards clears it, so the table's CHECK refuses a row promising beyond on hand again.
 */
class StockShortfallTest {

    @Test
    void theCheckAllowsExactlyTheShortfallAnAdjustmentLeftUntilTheNextReservation() throws SQLException {
        DataSource dataSource = TestDatabase.reset();
        Shop shop = new Shop(dataSource, ReservationLocking.CONDITIONAL_UPDATE, 1, 5);
        Sku sku = shop.skus.get(0);
        shop.inventory.reserve("r-1", List.of(new StockMovement(sku, Shop.WAREHOUSE, 3)));

        shop.inventory.adjust("count-1", StockAdjustment.counted(sku, Shop.WAREHOUSE, 1));

        assertThat(shortfall(dataSource, sku)).isEqualTo(2);
        assertThatThrownBy(() -> execute(dataSource, "UPDATE oms_stock SET reserved = reserved + 1 WHERE sku = '" + sku.code()
                + "' AND location_id = 'WH-1'")).isInstanceOf(SQLException.class).hasMessageContaining("oms_stock_counts_ck");
        assertThatThrownBy(() -> shop.inventory.setStock(sku, Shop.WAREHOUSE, 2, "A-1")).isInstanceOf(IllegalArgumentException.class);

        shop.inventory.release("lost-1", List.of(new StockMovement(sku, Shop.WAREHOUSE, 3)));
        shop.inventory.reserve("r-2", List.of(new StockMovement(sku, Shop.WAREHOUSE, 1)));

        assertThat(shortfall(dataSource, sku)).isZero();
        assertThatThrownBy(() -> execute(dataSource, "UPDATE oms_stock SET reserved = reserved + 1 WHERE sku = '" + sku.code()
                + "' AND location_id = 'WH-1'")).isInstanceOf(SQLException.class).hasMessageContaining("oms_stock_counts_ck");
    }

    private static long shortfall(DataSource dataSource, Sku sku) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT shortfall FROM oms_stock WHERE sku = '" + sku.code()
                        + "' AND location_id = 'WH-1'")) {
            assertThat(rows.next()).isTrue();
            return rows.getLong(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
