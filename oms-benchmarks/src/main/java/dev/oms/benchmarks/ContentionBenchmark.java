// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import dev.oms.spi.order.Page;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Callers placing three-line orders at once against one shop (run with 1 and 2 threads).
 *
 * <p>{@code hot}: every order wants three of four SKUs that hold stock for about forty orders;
 * a caller turned away with {@code INSUFFICIENT_STOCK} restocks, so the SKUs sell out again and again
 * while callers race for the last units. {@code cold}: orders spread over ten thousand SKUs with deep
 * stock. After each iteration every stock record is checked: reserved may not exceed on hand, and must
 * equal the units the stored orders hold. A violation fails the run; the tally of each check is appended
 * to the file named by the system property {@value #VERIFY_FILE}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ContentionBenchmark {
    static final String VERIFY_FILE = "oms.bench.verify";
    private static final int HOT_SKUS = 4;
    private static final long HOT_UNITS = 60;
    private static final int COLD_SKUS = 10_000;
    private static final long COLD_UNITS = 1_000_000_000L;

    /** One shop shared by every caller thread, fresh per iteration. */
    @State(Scope.Benchmark)
    public static class Market {
        @Param({"hot", "cold"})
        public String skus;

        OmsShop shop;
        int skuCount;
        int threads;
        final AtomicLong orderNumbers = new AtomicLong();
        final AtomicLong restocks = new AtomicLong();
        final AtomicLong placed = new AtomicLong();
        final AtomicLong turnedAway = new AtomicLong();

        @Setup(Level.Iteration)
        public void open(BenchmarkParams params) {
            open(params.getThreads());
        }

        void open(int callerThreads) {
            threads = callerThreads;
            boolean hot = "hot".equals(skus);
            skuCount = hot ? HOT_SKUS : COLD_SKUS;
            shop = new OmsShop(skuCount, hot ? HOT_UNITS : COLD_UNITS);
            placed.set(0);
            turnedAway.set(0);
        }

        @TearDown(Level.Iteration)
        public void verifyNoOversell() {
            Map<Sku, Long> held = new HashMap<>();
            for (OrderId id : Page.all(shop.oms.queries()::orderIds)) {
                Order order = shop.oms.queries().find(id).get();
                for (Line line : order.lines().values()) {
                    long units = line.count(Bucket.ALLOCATED) + line.count(Bucket.PICKED) + line.count(Bucket.PACKED);
                    held.merge(line.sku(), units, Long::sum);
                }
            }
            long oversold = 0;
            long mismatched = 0;
            long reservedTotal = 0;
            for (int i = 0; i < skuCount; i++) {
                Sku sku = OmsShop.sku(i);
                StockLevel level = shop.adapters.inventory().stockAt(sku, OmsShop.WAREHOUSE).get();
                long heldByOrders = held.getOrDefault(sku, 0L);
                reservedTotal += level.reserved();
                oversold += Math.max(0, level.reserved() + level.ringFenced() - level.onHand());
                oversold += Math.max(0, heldByOrders - level.onHand());
                mismatched += Math.abs(heldByOrders - level.reserved());
            }
            String tally = String.format("%s\t%d\t%d\t%d\t%d\t%d\t%d%n", skus, threads, placed.get(),
                    turnedAway.get(), reservedTotal, oversold, mismatched);
            String file = System.getProperty(VERIFY_FILE);
            if (file != null) {
                try {
                    Files.writeString(Path.of(file), tally, StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (oversold != 0 || mismatched != 0) {
                throw new IllegalStateException("OVERSELL: " + oversold + " units oversold, " + mismatched
                        + " reserved units not matching the stored orders (" + skus + ")");
            }
        }
    }

    @Benchmark
    public Object placeOrder(Market market) {
        return place(market);
    }

    static Object place(Market market) {
        long n = market.orderNumbers.getAndIncrement();
        int first = (int) (n * 7919 % market.skuCount);
        Either<Rejection, Order> result = market.shop.oms.orders().place(OmsShop.order("C-" + n, first,
                (first + 1) % market.skuCount, (first + 2) % market.skuCount));
        if (result.isRight()) {
            market.placed.incrementAndGet();
            return result.get();
        }
        if (!result.getLeft().codes().contains(ProblemCode.INSUFFICIENT_STOCK)) {
            throw new IllegalStateException("unexpected rejection " + result.getLeft());
        }
        market.turnedAway.incrementAndGet();
        restock(market);
        return result.getLeft();
    }

    private static void restock(Market market) {
        long delivery = market.restocks.getAndIncrement();
        for (int i = 0; i < market.skuCount; i++) {
            market.shop.adapters.inventory().receive("restock-" + delivery + "-" + i, OmsShop.sku(i), OmsShop.WAREHOUSE, HOT_UNITS);
        }
    }
}
