// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.inmemory.InMemoryNotificationSender;
import dev.oms.inmemory.InMemoryPaymentGateway;
import dev.oms.inmemory.InMemoryShippingCarrier;
import dev.oms.testkit.ConcurrentHistories;
import dev.oms.testkit.ConcurrentHistories.History;
import dev.oms.testkit.ConcurrentHistories.Layout;
import dev.oms.testkit.ConcurrentHistories.Mix;
import dev.oms.testkit.ConcurrentHistories.Result;
import dev.oms.testkit.ConcurrentHistories.Stores;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Trust under load on PostgreSQL: three application instances, each with its own order, inventory and hold
 * store over the one database, race each step's calls; after every step, settled, the stored orders, the
 * holds and the stock reconcile. This class starts one embedded PostgreSQL of its own, its tables emptied
 * between histories; it runs without fsync (nothing here survives the JVM). Payments, carrier and
 * notifications are shared in-memory stand-ins. The number of histories comes from the configuration
 * ({@code jqwik.tries.default}).
 */
class PostgresTrustUnderLoadProperties {
    private static final int INSTANCES = 3;
    private static DataSource database;

    /**
     * Duplicate submissions and one-shot storage and port failures among racing calls; histories without
     * faults or duplicates are part of the mix ({@link Mix#FULL}).
     */
    @Property
    void historiesWithDuplicatesAndFaultsReconcileAfterEveryStep(@ForAll("full") History history) {
        assertReconciles(history);
    }

    /**
     * The same, with orders delivered and delivered units exchanged while placements, receipts, cancellations, edits
     * and the same exchange race ({@link Mix#AFTER_SALE}).
     */
    @Property
    void afterSaleHistoriesReconcileAfterEveryStep(@ForAll("afterSale") History history) {
        assertReconciles(history);
    }



    /**
     * One history at a time on the one database: when jqwik's shrinking hits its time bound it moves on
     * while the try it was running still runs, and that try must not see the next one empty its tables.
     */
    private static void assertReconciles(History history) {
        Result result;
        synchronized (PostgresTrustUnderLoadProperties.class) {
            result = ConcurrentHistories.run(history, open(ConcurrentHistories.layout()));
        }
        assertThat(result.violations()).as("what the calls answered:%s%n", result.transcript()).isEmpty();
    }

    /** Empty tables with the layout's stock, and one set of stores per instance over them. */
    private static List<Stores> open(Layout layout) {
        DataSource dataSource = laidOut(layout);
        InMemoryPaymentGateway payments = new InMemoryPaymentGateway();
        InMemoryShippingCarrier carrier = InMemoryShippingCarrier.withDefaultServices();
        InMemoryNotificationSender notifications = new InMemoryNotificationSender();
        List<Stores> instances = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            instances.add(new Stores(new PostgresOrderStore(dataSource),
                    new PostgresInventoryStore(dataSource, ReservationLocking.CONDITIONAL_UPDATE), new PostgresHoldStore(dataSource),
                    payments, carrier,
                    notifications));
        }
        return instances;
    }

    /**
     * This class's database, started on first use, with no orders and the layout's locations and stock.
     * The first call lays them out through the inventory store and keeps a copy of the rows; every later
     * call empties the tables and restores that copy in one round trip, far cheaper than truncating.
     */
    private static synchronized DataSource laidOut(Layout layout) {
        if (database == null) {
            database = started();
            PostgresInventoryStore setup = new PostgresInventoryStore(database, ReservationLocking.CONDITIONAL_UPDATE);
            layout.locations().forEach(setup::addLocation);
            layout.stock().forEach(level -> setup.setStock(level.sku(), level.locationId(), level.onHand(), level.bin()));
            execute("CREATE TABLE trust_location AS SELECT * FROM oms_location; CREATE TABLE trust_stock AS SELECT * FROM oms_stock");
            return database;
        }
        execute("DELETE FROM oms_allocated_line; DELETE FROM oms_waiting_line; DELETE FROM oms_order_summary; DELETE FROM oms_outbox; DELETE FROM oms_order_commit; DELETE FROM oms_order; DELETE FROM oms_stock_operation; DELETE FROM oms_hold; "
                + "DELETE FROM oms_stock; DELETE FROM oms_stock_change; DELETE FROM oms_location; "
                + "INSERT INTO oms_location SELECT * FROM trust_location; INSERT INTO oms_stock SELECT * FROM trust_stock");
        return database;
    }

    private static void execute(String sql) {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DataSource started() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
            HikariDataSource pool = TestDatabase.pooled(postgres.getPostgresDatabase(), TestDatabase.POOL_SIZE);
            OmsPostgres.migrate(pool);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                pool.close();
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return pool;
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    @Provide
    Arbitrary<History> full() {
        return ConcurrentHistories.histories(Mix.FULL);
    }

    @Provide
    Arbitrary<History> afterSale() {
        return ConcurrentHistories.histories(Mix.AFTER_SALE);
    }


}
