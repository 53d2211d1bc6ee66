// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The deadlock (40P01) {@code PostgresTrustUnderLoadProperties} met inside a placement transaction once the
 * one-row reservation lost its savepoint, forced step by step. A conditional {@code UPDATE oms_stock ... WHERE
 * on_hand - reserved - ring_fenced >= ?} that finds its row changed by a writer still open waits for it and, at
 * READ COMMITTED, locks the row's newest version before checking the condition again; when too few units are
 * left it changes nothing but keeps that lock until its transaction ends. Without a savepoint rolled back, a
 * placement whose first attempt was refused so holds a stock row while its next attempt locks another, out of
 * the (SKU, location) order every stock call takes them in: against a call changing both rows in that order,
 * each waits for the other.
 */
class RefusedReservationLockTest {
    private static final Sku SKU = Sku.of("MUG");
    private static final LocationId FIRST = LocationId.of("A-WAREHOUSE");
    private static final LocationId SECOND = LocationId.of("B-STORE");

    @Test
    void aReservationRefusedAfterWaitingForItsRowKeepsNoLockForTheRestOfItsTransaction() throws Exception {
        DataSource dataSource = TestDatabase.reset();
        PostgresInventoryStore inventory = new PostgresInventoryStore(dataSource)
                .addLocation(Location.of(FIRST, "Warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(SECOND, "Store", LocationType.STORE, 2))
                .setStock(SKU, FIRST, 5, "A-1")
                .setStock(SKU, SECOND, 1, "B-1");
        PostgresOrderStore orders = new PostgresOrderStore(dataSource);
        CountDownLatch firstAnswered = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        try (Connection lastUnit = open(dataSource); Connection both = open(dataSource); Connection watch = dataSource.getConnection()) {
            // A writer takes the last unit at the second location and stays open.
            reserveOne(lastUnit, SECOND);

            // The placement asks the second location first (its plan's choice), as a transaction of several calls.
            CompletableFuture<List<ReservationResult>> placement = CompletableFuture.supplyAsync(() -> orders.atomically(() -> {
                ReservationResult refused = inventory.reserve("placement-1", List.of(new StockMovement(SKU, SECOND, 1)));
                firstAnswered.countDown();
                await(goOn);
                ReservationResult next = inventory.reserve("placement-2", List.of(new StockMovement(SKU, FIRST, 1)));
                return List.of(refused, next);
            }));
            waitUntil(() -> someoneWaitsForAStockRow(watch)); // the placement, for the open writer
            lastUnit.commit(); // the placement's update finds 0 units left: refused
            assertThat(firstAnswered.await(10, TimeUnit.SECONDS)).isTrue();

            // Another call changes both rows in lock order, the first location then the second (one unit more each).
            receiveOne(both, FIRST);
            int bothPid = pid(both);
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
                try {
                    receiveOne(both, SECOND);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            // With the refused reservation's lock kept, it waits for the placement; without, it is through.
            waitUntil(() -> second.isDone() || waitingForARow(watch, bothPid));
            goOn.countDown(); // the placement's next attempt locks the first location, which the other holds

            second.get(20, TimeUnit.SECONDS);
            both.commit();
            List<ReservationResult> answers = placement.get(20, TimeUnit.SECONDS);
            assertThat(answers.get(0)).isInstanceOf(ReservationResult.Insufficient.class);
            assertThat(answers.get(1)).isInstanceOf(ReservationResult.Reserved.class);
        } catch (ExecutionException e) {
            throw new AssertionError("a transaction was aborted (40P01 is a deadlock): " + e.getCause(), e.getCause());
        }
        assertThat(inventory.stockAt(SKU, FIRST).get().reserved()).isEqualTo(1);
        assertThat(inventory.stockAt(SKU, SECOND).get().reserved()).isEqualTo(1);
    }

    private static Connection open(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    private static void reserveOne(Connection connection, LocationId location) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE oms_stock SET reserved = reserved + 1"
                + " WHERE sku = ? AND location_id = ? AND on_hand - reserved - ring_fenced >= 1")) {
            update.setString(1, SKU.code());
            update.setString(2, location.value());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static void receiveOne(Connection connection, LocationId location) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE oms_stock SET on_hand = on_hand + 1 WHERE sku = ? AND location_id = ?")) {
            update.setString(1, SKU.code());
            update.setString(2, location.value());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Whether some backend waits for a row lock in an update of the stock (the placement's, here). */
    private static boolean someoneWaitsForAStockRow(Connection watch) {
        return count(watch, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                + " AND query LIKE '%UPDATE oms_stock%'", null) > 0;
    }

    private static boolean waitingForARow(Connection watch, int pid) {
        return count(watch, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid = ?", pid) > 0;
    }

    private static long count(Connection watch, String sql, Integer pid) {
        try (PreparedStatement select = watch.prepareStatement(sql)) {
            if (pid != null) {
                select.setInt(1, pid);
            }
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the interleaving was not reached in 10 s");
            }
            Thread.sleep(10);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not told to go on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
