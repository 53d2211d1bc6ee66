// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL per test JVM, started from the binaries Maven fetched, migrated once, behind a
 * small connection pool. Tests call {@link #reset()} for empty tables.
 */
public final class TestDatabase {
    /** Connections in a test pool: more than the most threads a test places with. */
    static final int POOL_SIZE = 12;

    private static HikariDataSource pool;

    private TestDatabase() {}

    public static synchronized DataSource dataSource() {
        if (pool == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                pool = pooled(postgres.getPostgresDatabase(), POOL_SIZE);
                OmsPostgres.migrate(pool);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    pool.close();
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
        }
        return pool;
    }

    /** Empties every oms table. */
    public static DataSource reset() {
        DataSource dataSource = dataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE oms_allocated_line, oms_waiting_line, oms_order_summary, oms_outbox, oms_order_commit, oms_order, oms_stock, oms_stock_change, oms_stock_operation, oms_stock_transfer, oms_location, oms_hold");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return dataSource;
    }

    /** A new, empty database on the test server, dropped first if an earlier run left it. */
    public static DataSource fresh(String name) throws SQLException {
        String url;
        try (Connection connection = TestDatabase.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            url = connection.getMetaData().getURL();
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1"));
        dataSource.setUser("postgres");
        return dataSource;
    }

    /** A new database on the test server migrated up to {@code version}, for a test of the migrations after it. */
    public static DataSource freshAt(String name, String version) throws SQLException {
        DataSource dataSource = fresh(name);
        Flyway.configure().dataSource(dataSource).locations(OmsPostgres.MIGRATIONS).table(OmsPostgres.HISTORY_TABLE)
                .target(version).load().migrate();
        return dataSource;
    }

    /** A pool of at most {@code size} connections over {@code database}; the caller closes it. */
    public static HikariDataSource pooled(DataSource database, int size) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(database);
        config.setMaximumPoolSize(size);
        return new HikariDataSource(config);
    }
}
