// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Sku;
import dev.oms.testkit.Race;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Figures for the report, not checks: run with {@code -Pperf}. Orders placed and allocated per second on
 * the embedded PostgreSQL with 1, 2 and 8 clients, beside the rate of a bare single-row
 * insert-and-update transaction on the same database; and the two reservation locking strategies under
 * contention.
 */
@Tag("perf")
class ThroughputTest {
    /** Placements measured per client; {@code -Doms.perf.ordersPerClient} changes it. */
    private static final int ORDERS_PER_CLIENT = Integer.getInteger("oms.perf.ordersPerClient", 600);
    /**
     * Placements before measuring, for the JIT: with 300 every measured placement ran while still being compiled, so
     * the figure undercounted oms beside a bare transaction that compiles at once. {@code -Doms.perf.warmUp}.
     */
    private static final int WARM_UP = Integer.getInteger("oms.perf.warmUp", 3_000);

    @Test
    void ordersPlacedAndAllocatedPerSecond() throws SQLException {
        DataSource bareDatabase = TestDatabase.reset();
        String bareWal = walPosition(bareDatabase);
        double bare = bareTransactionsPerSecond(bareDatabase, 1, 3_000);
        System.out.printf("bare insert+update transaction, 1 client: %.0f tx/s, %.0f bytes of WAL each%n", bare,
                walBytesSince(bareDatabase, bareWal) / 3_300.0);
        long serverBeforeBare = serverCpuTicks();
        long cpuBeforeBare = processCpuNanos();
        double bareEight = bareTransactionsPerSecond(TestDatabase.reset(), 8, 1_000);
        System.out.printf("bare insert+update transaction, 8 clients: %.0f tx/s; CPU a transaction: this JVM %.3f ms, the"
                + " PostgreSQL server's processes %.3f ms%n", bareEight, (processCpuNanos() - cpuBeforeBare) / 1e6 / 8_300,
                (serverCpuTicks() - serverBeforeBare) * 10.0 / 8_300);
        for (int clients : new int[] {1, 2, 8}) {
            CountingDataSource counting = new CountingDataSource(TestDatabase.reset());
            Shop shop = new Shop(counting, ReservationLocking.CONDITIONAL_UPDATE, 50, 1_000_000);
            warmUp(shop);
            long connectionsBefore = counting.connections();
            long transactionsBefore = counting.transactions();
            long commitsBefore = counting.commits();
            long rollbacksBefore = counting.rollbacks();
            long autoCommitBefore = counting.autoCommitStatements();
            Map<String, long[]> statementsBefore = counting.statements();
            String walBefore = walPosition(counting);
            long cpuBefore = processCpuNanos();
            long serverBefore = serverCpuTicks();
            long started = System.nanoTime();
            List<Integer> placed = Race.run(clients, client -> {
                Random random = new Random(client);
                int count = 0;
                for (int i = 0; i < ORDERS_PER_CLIENT; i++) {
                    Sku sku = shop.skus.get(random.nextInt(shop.skus.size()));
                    if (shop.oms.orders().place(Shop.order("P" + client + "-" + i, sku, 1)).isRight()) {
                        count++;
                    }
                }
                return count;
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuMillisPerOrder = (processCpuNanos() - cpuBefore) / 1e6;
            long serverTicks = serverCpuTicks() - serverBefore;
            int total = placed.stream().mapToInt(Integer::intValue).sum();
            double serverMillisPerOrder = serverTicks * 10.0 / total; // a tick is 10 ms: USER_HZ is 100 on Linux
            assertThat(total).isEqualTo(clients * ORDERS_PER_CLIENT);
            // Counted at the JDBC boundary: commits, rollbacks (a lost race retried) and auto-committed statements.
            double transactionsPerOrder = (counting.transactions() - transactionsBefore) / (double) total;
            System.out.printf("orders placed+allocated, %d client(s): %.0f orders/s (%.1f%% of the bare transaction rate"
                    + " on 1 client, %.1f%% of it on 8; %.2f transactions per placed and allocated order: %.2f commits,"
                    + " %.2f rollbacks, %.2f auto-committed statements; %.2f connections)%n", clients, total / seconds,
                    100 * total / seconds / bare, 100 * total / seconds / bareEight, transactionsPerOrder,
                    (counting.commits() - commitsBefore) / (double) total, (counting.rollbacks() - rollbacksBefore) / (double) total,
                    (counting.autoCommitStatements() - autoCommitBefore) / (double) total,
                    (counting.connections() - connectionsBefore) / (double) total);
            printStatements(clients, statementsBefore, counting.statements(), total);
            // Steadier than the rates on a shared machine: what the database wrote for each order, indexes included.
            System.out.printf("  WAL written per placed and allocated order, %d client(s): %.0f bytes; CPU an order: this JVM"
                    + " %.3f ms, the PostgreSQL server's processes %.3f ms, of the %.3f ms of 2 cores it took%n", clients,
                    walBytesSince(counting, walBefore) / (double) total, cpuMillisPerOrder / total, serverMillisPerOrder,
                    2 * seconds * 1e3 / total);
        }
    }

    /** CPU time this JVM (the placing clients and oms) has used, all threads. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /**
     * CPU ticks (user and system, 1/100 s) of every process named {@code postgres} on this machine, from
     * {@code /proc}: the embedded server's backends and helpers. 0 where there is no {@code /proc}.
     */
    private static long serverCpuTicks() {
        long ticks = 0;
        java.io.File[] processes = new java.io.File("/proc").listFiles((dir, name) -> name.chars().allMatch(Character::isDigit));
        for (java.io.File process : processes == null ? new java.io.File[0] : processes) {
            try {
                String stat = java.nio.file.Files.readString(process.toPath().resolve("stat"));
                int nameEnd = stat.lastIndexOf(')');
                if (!stat.substring(stat.indexOf('(') + 1, nameEnd).equals("postgres")) {
                    continue;
                }
                String[] fields = stat.substring(nameEnd + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            } catch (java.io.IOException | RuntimeException gone) {
                // the process ended while being read: its ticks are lost to both readings alike
            }
        }
        return ticks;
    }

    /** The write-ahead log's current position. */
    private static String walPosition(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
            row.next();
            return row.getString(1);
        }
    }

    /** Bytes of write-ahead log written since {@code position}. */
    private static long walBytesSince(DataSource dataSource, String position) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), ?::pg_lsn)")) {
            select.setString(1, position);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Round trips and statements per order, in all and (for one client) per SQL text: where the database's work goes. */
    private static void printStatements(int clients, Map<String, long[]> before, Map<String, long[]> after, int orders) {
        long roundTrips = 0;
        long run = 0;
        long nanos = 0;
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<String, long[]> entry : after.entrySet()) {
            long[] was = before.getOrDefault(entry.getKey(), new long[3]);
            long trips = entry.getValue()[0] - was[0];
            long statements = entry.getValue()[1] - was[1];
            long waited = entry.getValue()[2] - was[2];
            if (trips == 0) {
                continue;
            }
            roundTrips += trips;
            run += statements;
            nanos += waited;
            String sql = label(entry.getKey());
            lines.append(String.format("  %6.2f %6.2f %7.0f  %s%n", trips / (double) orders, statements / (double) orders,
                    waited / 1e3 / trips, sql));
        }
        System.out.printf("  per placed and allocated order, %d client(s): %.2f round trips, %.2f statements run,"
                + " %.2f ms waited for the database (summed over clients)%n",
                clients, roundTrips / (double) orders, run / (double) orders, nanos / 1e6 / orders);
        if (clients == 1) {
            System.out.println("  round trips, statements run per order, µs per round trip, by SQL text:");
            System.out.print(lines);
        }
    }

    @Test
    void conditionalUpdatesAgainstRowLocksOnHotStock() {
        for (ReservationLocking locking : ReservationLocking.values()) {
            for (int round = 0; round < 2; round++) {
                Shop shop = new Shop(TestDatabase.reset(), locking, 3, 1_000_000);
                int calls = 400;
                long started = System.nanoTime();
                Race.run(8, client -> {
                    Random random = new Random(client);
                    for (int i = 0; i < calls; i++) {
                        var movements = List.of(
                                new StockMovement(shop.skus.get(random.nextInt(3)), Shop.WAREHOUSE, 1),
                                new StockMovement(shop.skus.get(random.nextInt(3)), Shop.STORE, 1));
                        assertThat(shop.inventory.reserve("r-" + client + "-" + i, movements))
                                .isEqualTo(new ReservationResult.Reserved());
                    }
                    return null;
                });
                double seconds = (System.nanoTime() - started) / 1e9;
                System.out.printf("reserve, 8 clients on 6 hot rows, %s (round %d): %.0f reservations/s%n",
                        locking, round + 1, 8 * calls / seconds);
            }
        }
    }

    /** The SQL text, shortened; several statements sent in one round trip by each one's opening words. */
    private static String label(String sql) {
        if (sql.contains(";\n")) {
            return String.join("; ", java.util.Arrays.stream(sql.split(";\n"))
                    .map(part -> part.substring(0, Math.min(part.length(), part.indexOf(" (") < 0 ? 40 : part.indexOf(" ("))))
                    .toList());
        }
        return sql.length() > 110 ? sql.substring(0, 107) + "..." : sql;
    }

    private static void warmUp(Shop shop) {
        for (int i = 0; i < WARM_UP; i++) {
            shop.oms.orders().place(Shop.order("warm-" + i, shop.skus.get(i % shop.skus.size()), 1));
        }
    }

    /** Single-row insert-and-update transactions per second, {@code clients} at once, each on its own rows. */
    private static double bareTransactionsPerSecond(DataSource dataSource, int clients, int perClient) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS perf_probe");
            statement.execute("CREATE TABLE perf_probe (id BIGINT PRIMARY KEY, n BIGINT NOT NULL)");
        }
        for (int i = 0; i < 300; i++) {
            bareTransaction(dataSource, -1 - i); // warms the JIT and the pool
        }
        long started = System.nanoTime();
        Race.run(clients, client -> {
            for (int i = 0; i < perClient; i++) {
                bareTransaction(dataSource, (long) client * perClient + i);
            }
            return null;
        });
        return clients * perClient / ((System.nanoTime() - started) / 1e9);
    }

    private static void bareTransaction(DataSource dataSource, long id) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO perf_probe (id, n) VALUES (?, 0)");
                    PreparedStatement update = connection.prepareStatement("UPDATE perf_probe SET n = n + 1 WHERE id = ?")) {
                insert.setLong(1, id);
                insert.executeUpdate();
                update.setLong(1, id);
                update.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
