// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import com.zaxxer.hikari.HikariDataSource;
import dev.oms.core.application.ResumeReport;
import dev.oms.core.availability.AvailableToPromise;
import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Figures for the report, not checks (run with {@code -Pperf}): how the facade's operations cost on PostgreSQL
 * as the order store grows. The seven operations of oms-benchmarks' in-memory growth harness, timed call by
 * call on one {@link PostgresGrowthShop} per size of history, each in a database of its own on the same server
 * (the measured queues have the same length at every size). The sizes are timed in turn, one call each a round
 * and every other round in reverse, so a busy minute of a shared machine falls on every size alike: timing one
 * size after the other moved single ratios by 40% between two runs of the same code.
 *
 * <p>Every call's outcome is checked outside the timed region, and a wrong one fails the test: placements
 * land in the expected bucket, availability's backorder headroom is the limit less the units waiting, a
 * cancellation ends cancelled, a receipt of one unit fills exactly the oldest backorder, {@code resumeAll}
 * settles with no order owing and leaves the queues as they were. Transactions per call are counted at the
 * JDBC boundary ({@link CountingDataSource}); only the test thread uses the database while timing. After
 * populating, {@code VACUUM ANALYZE} clears the dead rows the bulk load left (every order owes effects for a moment,
 * so each leaves dead index entries) and refreshes the planner's statistics, as autovacuum keeps a live database:
 * without it autovacuum works through a minute's load of churn while the operations are timed, on the same cores.
 * Scans are counted from {@code pg_stat_user_tables} of each size's database over the timed phase.
 *
 * <p>System properties: {@code oms.growth.sizes} ("10000 100000"), {@code oms.growth.waiting} (200 backorders
 * and 200 pre-orders), {@code oms.growth.calls} (30 timed calls at most per operation), {@code oms.growth.seconds}
 * (10 per operation and size, at least 3 calls), {@code oms.growth.warmups} (2 untimed calls per operation on the measured
 * store), {@code oms.growth.delivered} (75 percent of the history delivered, the rest cancelled),
 * {@code oms.growth.threads} (4 threads populating). The table also goes to
 * {@code target/growth-on-postgres.md}.
 */
@Tag("perf")
class GrowthOnPostgresTest {
    private static final int MIN_CALLS = 3;
    private static final int WARM_SHOP_HISTORY = 1_500;
    private static final List<String> BIG_TABLES = List.of("oms_order", "oms_order_commit", "oms_outbox",
            "oms_order_summary", "oms_waiting_line", "oms_allocated_line", "oms_stock", "oms_stock_operation", "oms_hold");

    enum Operation {
        PLACE_PLAIN("placeOrder, plain SKU in stock"),
        PLACE_BACKORDERABLE("placeOrder, backorderable SKU in stock"),
        PLACE_PREORDER("placeOrder, pre-order SKU"),
        ATP_BACKORDERABLE("availableToPromise, backorderable SKU"),
        CANCEL_BACKORDERABLE("cancel, order of a backorderable SKU"),
        RECEIVE_FILLS_OLDEST("receiveStock of 1 unit, fills the oldest backorder"),
        RESUME_ALL("resumeAll, nothing owed");

        final String label;

        Operation(String label) {
            this.label = label;
        }
    }

    /** One operation at one size: sorted ms per call and transactions per call. */
    record Timing(double[] ms, double transactionsPerCall) {
        double median() {
            int n = ms.length;
            return n % 2 == 1 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
        }
    }

    private final int[] sizes = Arrays.stream(System.getProperty("oms.growth.sizes", "10000 100000").trim().split("\\s+"))
            .mapToInt(Integer::parseInt).toArray();
    private final int maxCalls = Integer.getInteger("oms.growth.calls", 30);
    private final double seconds = Double.parseDouble(System.getProperty("oms.growth.seconds", "10"));
    private final int warmups = Integer.getInteger("oms.growth.warmups", 2);
    private final int delivered = Integer.getInteger("oms.growth.delivered", 75);
    private final int threads = Integer.getInteger("oms.growth.threads", 4);
    // The queues must outlast every call that takes from them: receipts fill one backorder each, cancellations
    // take one allocated order each.
    private final int waiting = Math.max(Integer.getInteger("oms.growth.waiting", 200), warmups + maxCalls);

    /** One size of history: its counting boundary over its own database, and its shop. */
    private record Store(int size, CountingDataSource counting, PostgresGrowthShop shop) {}

    @Test
    void operationsAsTheStoreGrows() throws Exception {
        CountingDataSource warmCounting = new CountingDataSource(TestDatabase.dataSource());
        TestDatabase.reset();
        PostgresGrowthShop warm = PostgresGrowthShop.populated(warmCounting, WARM_SHOP_HISTORY + 3 * maxCalls, maxCalls,
                maxCalls, delivered, threads);
        for (Operation op : Operation.values()) {
            timed(List.of(new Store(0, warmCounting, warm)), op, maxCalls, seconds / 2); // JIT warm-up: dropped
        }
        List<HikariDataSource> pools = new ArrayList<>();
        List<Store> stores = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try {
            for (int size : sizes) {
                HikariDataSource pool = TestDatabase.pooled(TestDatabase.fresh("oms_growth_" + size), TestDatabase.POOL_SIZE);
                pools.add(pool);
                OmsPostgres.migrate(pool);
                CountingDataSource counting = new CountingDataSource(pool);
                long started = System.nanoTime();
                PostgresGrowthShop shop = PostgresGrowthShop.populated(counting, size, waiting, warmups + maxCalls, delivered, threads);
                double populated = (System.nanoTime() - started) / 1e9;
                stores.add(new Store(size, counting, shop));
                notes.add(String.format(Locale.ROOT, "%,d orders: populated in %.0f s (%,.0f orders/s, %d threads, %d%% delivered)",
                        size, populated, size / populated, threads, delivered));
            }
            for (Store store : stores) {
                execute(store.counting(), "VACUUM ANALYZE"); // after every load, so no autovacuum runs while timing
            }
            Map<Integer, Map<String, long[]>> scansBefore = new LinkedHashMap<>();
            for (Store store : stores) {
                scansBefore.put(store.size(), scans(store.counting()));
            }
            String loadBefore = loadAverage();
            Map<Integer, Map<Operation, Timing>> results = new LinkedHashMap<>();
            for (Operation op : Operation.values()) {
                for (Store store : stores) {
                    for (int i = 0; i < warmups; i++) {
                        check(store.shop(), op, call(store.shop(), op));
                    }
                }
                Map<Integer, Timing> bySize = timed(stores, op, maxCalls, seconds * stores.size());
                bySize.forEach((size, timing) -> {
                    results.computeIfAbsent(size, s -> new LinkedHashMap<>()).put(op, timing);
                    System.out.printf(Locale.ROOT, "%,d stored: %-52s median %,.3f ms over %d calls (min %,.3f, max %,.3f),"
                            + " %.2f transactions per call%n", size, op.label, timing.median(), timing.ms().length,
                            timing.ms()[0], timing.ms()[timing.ms().length - 1], timing.transactionsPerCall());
                });
            }
            notes.add("load average " + loadBefore + " before timing, " + loadAverage() + " after");
            for (Store store : stores) {
                notes.add(String.format(Locale.ROOT, "%,d orders: %s", store.size(),
                        scanNote(scansBefore.get(store.size()), scans(store.counting()))));
            }
            String report = table(results) + "\n" + String.join("\n", notes.stream().map(n -> "- " + n).toList()) + "\n";
            System.out.println(report);
            Path out = Path.of("target", "growth-on-postgres.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report, StandardCharsets.UTF_8);
        } finally {
            pools.forEach(HikariDataSource::close);
        }
    }

    /**
     * Sorted ms of each call per store (at least {@value #MIN_CALLS}, at most {@code calls}, within the budget), the
     * stores called in turn, one call each a round, every other round in reverse: a slower minute of the shared
     * machine then falls on every size alike, and the ratio between sizes comes from the same minutes.
     */
    private static Map<Integer, Timing> timed(List<Store> stores, Operation op, int calls, double budgetSeconds) {
        double[][] ms = new double[stores.size()][calls];
        long[] transactions = new long[stores.size()];
        long budget = (long) (budgetSeconds * 1e9);
        long spent = 0;
        int made = 0;
        while (made < calls && (made < MIN_CALLS || spent < budget)) {
            for (int turn = 0; turn < stores.size(); turn++) {
                int i = made % 2 == 0 ? turn : stores.size() - 1 - turn;
                Store store = stores.get(i);
                long transactionsBefore = store.counting().transactions();
                long start = System.nanoTime();
                Object result = call(store.shop(), op);
                long took = System.nanoTime() - start;
                transactions[i] += store.counting().transactions() - transactionsBefore;
                check(store.shop(), op, result);
                spent += took;
                ms[i][made] = took / 1e6;
            }
            made++;
        }
        Map<Integer, Timing> bySize = new LinkedHashMap<>();
        for (int i = 0; i < stores.size(); i++) {
            double[] taken = Arrays.copyOf(ms[i], made);
            Arrays.sort(taken);
            bySize.put(stores.get(i).size(), new Timing(taken, transactions[i] / (double) made));
        }
        return bySize;
    }

    private static Object call(PostgresGrowthShop shop, Operation op) {
        return switch (op) {
            case PLACE_PLAIN -> shop.place(PostgresGrowthShop.PLAIN);
            case PLACE_BACKORDERABLE -> shop.place(PostgresGrowthShop.BACK_STOCKED);
            case PLACE_PREORDER -> shop.place(PostgresGrowthShop.PRE);
            case ATP_BACKORDERABLE -> shop.oms.storefront().availableToPromise(PostgresGrowthShop.BACK_SHORT);
            case CANCEL_BACKORDERABLE -> shop.cancel(shop.cancellable.poll());
            case RECEIVE_FILLS_OLDEST -> shop.receiveOneBackorderedUnit();
            case RESUME_ALL -> shop.oms.recovery().resumeAll();
        };
    }

    /** Fails the run when a call did not do what it is measured for (cancellation and receipt check themselves). */
    @SuppressWarnings("unchecked")
    private static void check(PostgresGrowthShop shop, Operation op, Object result) {
        switch (op) {
            case PLACE_PLAIN, PLACE_BACKORDERABLE -> shop.expect((Either<?, Order>) result, Bucket.ALLOCATED);
            case PLACE_PREORDER -> shop.expect((Either<?, Order>) result, Bucket.PREORDERED);
            case ATP_BACKORDERABLE -> {
                AvailableToPromise atp = (AvailableToPromise) result;
                Option<Long> left = atp.backorderable().flatMap(b -> b.left());
                if (atp.total() != 0 || !left.contains(PostgresGrowthShop.BACKORDER_LIMIT - shop.backordersWaiting())) {
                    throw new IllegalStateException("availability of the sold-out backorderable SKU is wrong: " + atp
                            + ", " + shop.backordersWaiting() + " units waiting");
                }
            }
            case RESUME_ALL -> {
                // Nothing is owed: no order resumed, none failing, and the queues (sold out, not released) unchanged.
                ResumeReport report = (ResumeReport) result;
                int backordersQueued = shop.orders.waitingFor(PostgresGrowthShop.BACK_SHORT).size();
                if (!report.settled() || report.resumed() != 0 || backordersQueued != shop.backordersWaiting()) {
                    throw new IllegalStateException("resumeAll with nothing owed should settle, resume nothing and leave "
                            + shop.backordersWaiting() + " backorders queued: " + report + ", " + backordersQueued + " queued");
                }
            }
            default -> { }
        }
    }

    private static String table(Map<Integer, Map<Operation, Timing>> results) {
        List<Integer> sizes = List.copyOf(results.keySet());
        int first = sizes.get(0);
        int last = sizes.get(sizes.size() - 1);
        StringBuilder out = new StringBuilder("| operation |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int size : sizes) {
            out.append(String.format(Locale.ROOT, " ms at %,d |", size));
            rule.append("---:|");
        }
        out.append(String.format(Locale.ROOT, " %,d / %,d | transactions per call |%n", last, first));
        out.append(rule).append("---:|---:|\n");
        for (Operation op : Operation.values()) {
            out.append("| ").append(op.label).append(" |");
            List<String> transactions = new ArrayList<>();
            for (int size : sizes) {
                Timing timing = results.get(size).get(op);
                out.append(String.format(Locale.ROOT, " %,.2f |", timing.median()));
                transactions.add(String.format(Locale.ROOT, "%.2f", timing.transactionsPerCall()));
            }
            double ratio = results.get(last).get(op).median() / results.get(first).get(op).median();
            out.append(String.format(Locale.ROOT, " %.2f | %s |%n", ratio, String.join(" / ", transactions)));
        }
        return out.toString();
    }

    /** Per table: sequential scans, rows they read, index scans (cumulative counters). */
    private static Map<String, long[]> scans(DataSource dataSource) throws SQLException, InterruptedException {
        // Idle backends flush their statistics within PostgreSQL's 10 s idle interval; wait it out.
        Thread.sleep(11_000);
        Map<String, long[]> scans = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT relname, seq_scan, seq_tup_read, COALESCE(idx_scan, 0)"
                        + " FROM pg_stat_user_tables")) {
            while (rows.next()) {
                scans.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3), rows.getLong(4)});
            }
        }
        return scans;
    }

    private static String scanNote(Map<String, long[]> before, Map<String, long[]> after) {
        List<String> parts = new ArrayList<>();
        for (String table : BIG_TABLES) {
            long[] b = before.getOrDefault(table, new long[3]);
            long[] a = after.getOrDefault(table, new long[3]);
            parts.add(String.format(Locale.ROOT, "%s %d seq (%,d rows) / %d idx", table, a[0] - b[0], a[1] - b[1], a[2] - b[2]));
        }
        return "scans while timing: " + String.join(", ", parts);
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException unavailable) {
            return "unknown";
        }
    }
}
