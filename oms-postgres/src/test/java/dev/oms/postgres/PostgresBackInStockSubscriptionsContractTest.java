// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.subscription.BackInStockSubscriptions;
import dev.oms.testkit.BackInStockSubscriptionsContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

class PostgresBackInStockSubscriptionsContractTest extends BackInStockSubscriptionsContract {
    @Override
    protected BackInStockSubscriptions emptyStore() {
        return new PostgresBackInStockSubscriptions(emptyTables());
    }

    private static DataSource emptyTables() {
        DataSource dataSource = TestDatabase.reset();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE oms_back_in_stock_key, oms_back_in_stock_event, oms_back_in_stock_subscription");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource;
    }
}
