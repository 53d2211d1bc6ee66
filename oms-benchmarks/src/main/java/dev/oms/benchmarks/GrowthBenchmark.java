// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

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
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/**
 * How the facade's operations cost as the store grows: one JVM (one fork) per stored-order count, each
 * operation timed call by call on a {@link GrowthShop} holding that many orders.
 *
 * <p>A timed harness rather than JMH: JMH runs every {@code @Benchmark} method in its own trial with its
 * own setup, so seven operations at one million stored orders would populate the store seven times per
 * fork (minutes each). Here one population per fork serves all seven operations, and each operation runs
 * a bounded number of times, so the measured calls themselves grow the store by a few percent at most.
 * The JIT is warmed first on a separate small shop, which is then dropped, so warming does not grow the
 * measured store. Every call's outcome is checked (outside the timed region); a wrong outcome stops the run.
 *
 * <p>Arguments: {@code <stored orders> <fork number> <results.tsv> <max calls per operation>
 * <seconds per operation> <warmup calls on the measured store> <waiting orders per queue> <percent of
 * the history delivered, the rest cancelled>}. Appends one
 * line per operation to the TSV: size, fork, operation, stored before, stored after, calls, median,
 * mean, min and max ms per call, seconds spent populating.
 */
public final class GrowthBenchmark {
    /** At least this many timed calls per operation, whatever the time budget says. */
    private static final int MIN_CALLS = 3;
    private static final int WARM_SHOP_HISTORY = 2_000;
    private static final double WARM_SECONDS = 5;

    /** The measured operations, in the order they run. */
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

    private GrowthBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 8) {
            throw new IllegalArgumentException("usage: GrowthBenchmark <stored orders> <fork> <results.tsv> "
                    + "<max calls per operation> <seconds per operation> <warmup calls> <waiting orders per queue> <percent delivered>");
        }
        int size = Integer.parseInt(args[0]);
        int fork = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        int maxCalls = Integer.parseInt(args[3]);
        double seconds = Double.parseDouble(args[4]);
        int warmups = Integer.parseInt(args[5]);
        // The queues must outlast every call that takes from them: receipts fill one backorder each,
        // cancellations take one allocated order each.
        int waiting = Math.max(Integer.parseInt(args[6]), warmups + maxCalls);

        int delivered = Integer.parseInt(args[7]);
        warmUp(maxCalls, delivered);
        long started = System.nanoTime();
        GrowthShop shop = GrowthShop.populated(size, waiting, warmups + maxCalls, delivered);
        double populated = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "fork %d: %,d orders stored in %.1f s (%,.0f orders/s), heap used %,d MB%n", fork,
                shop.stored(), populated, shop.stored() / populated, usedMegabytes());
        for (Operation op : Operation.values()) {
            for (int i = 0; i < warmups; i++) {
                call(shop, op);
            }
            long before = shop.stored();
            double[] ms = timed(shop, op, maxCalls, seconds);
            String line = String.format(Locale.ROOT, "%d\t%d\t%s\t%d\t%d\t%d\t%.6f\t%.6f\t%.6f\t%.6f\t%.1f%n", size, fork,
                    op.name(), before, shop.stored(), ms.length, median(ms), Arrays.stream(ms).average().orElseThrow(),
                    ms[0], ms[ms.length - 1], populated);
            Files.writeString(out, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            System.out.printf(Locale.ROOT, "fork %d, %,d stored: %-55s median %,.3f ms over %d calls (min %,.3f, max %,.3f)%n",
                    fork, size, op.label, median(ms), ms.length, ms[0], ms[ms.length - 1]);
        }
    }

    /** Runs every operation on a small shop until the JIT has seen it often, then lets the shop go. */
    private static void warmUp(int maxCalls, int deliveredPercent) {
        GrowthShop warm = GrowthShop.populated(WARM_SHOP_HISTORY + 3 * maxCalls, maxCalls, maxCalls, deliveredPercent);
        for (Operation op : Operation.values()) {
            timed(warm, op, maxCalls, WARM_SECONDS);
        }
    }

    /** Sorted milliseconds of each call: at least {@value #MIN_CALLS}, at most {@code maxCalls}, within the budget. */
    private static double[] timed(GrowthShop shop, Operation op, int maxCalls, double seconds) {
        double[] ms = new double[maxCalls];
        long budget = (long) (seconds * 1e9);
        long spent = 0;
        int calls = 0;
        while (calls < maxCalls && (calls < MIN_CALLS || spent < budget)) {
            long start = System.nanoTime();
            Object result = call(shop, op);
            long took = System.nanoTime() - start;
            check(shop, op, result);
            spent += took;
            ms[calls++] = took / 1e6;
        }
        double[] taken = Arrays.copyOf(ms, calls);
        Arrays.sort(taken);
        return taken;
    }

    /** One call of the operation through the facade; checks that need no other call happen in {@link #check}. */
    static Object call(GrowthShop shop, Operation op) {
        return switch (op) {
            case PLACE_PLAIN -> shop.place(GrowthShop.PLAIN);
            case PLACE_BACKORDERABLE -> shop.place(GrowthShop.BACK_STOCKED);
            case PLACE_PREORDER -> shop.place(GrowthShop.PRE);
            case ATP_BACKORDERABLE -> shop.oms.storefront().availableToPromise(GrowthShop.BACK_SHORT);
            case CANCEL_BACKORDERABLE -> shop.cancel(shop.cancellable.poll());
            case RECEIVE_FILLS_OLDEST -> shop.receiveOneBackorderedUnit();
            case RESUME_ALL -> shop.oms.recovery().resumeAll();
        };
    }

    /** Stops the run when a call did not do what it is measured for. */
    @SuppressWarnings("unchecked")
    static void check(GrowthShop shop, Operation op, Object result) {
        switch (op) {
            case PLACE_PLAIN, PLACE_BACKORDERABLE -> shop.expect((Either<?, Order>) result, Bucket.ALLOCATED);
            case PLACE_PREORDER -> shop.expect((Either<?, Order>) result, Bucket.PREORDERED);
            case ATP_BACKORDERABLE -> {
                // The headroom left is the limit less the units waiting: the queue was read.
                AvailableToPromise atp = (AvailableToPromise) result;
                Option<Long> left = atp.backorderable().flatMap(b -> b.left());
                if (atp.total() != 0 || !left.contains(GrowthShop.BACKORDER_LIMIT - shop.backordersWaiting())) {
                    throw new IllegalStateException("availability of the sold-out backorderable SKU is wrong: " + atp
                            + ", " + shop.backordersWaiting() + " units waiting");
                }
            }
            case RESUME_ALL -> {
                ResumeReport report = (ResumeReport) result;
                // Nothing is owed, so no order is resumed: the run costs the orders owing effects, none here.
                if (!report.settled() || report.resumed() != 0) {
                    throw new IllegalStateException("resumeAll should resume none of " + shop.stored() + " orders owing nothing: "
                            + report);
                }
            }
            default -> { } // cancellation and receipt check their outcome in GrowthShop
        }
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long usedMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
