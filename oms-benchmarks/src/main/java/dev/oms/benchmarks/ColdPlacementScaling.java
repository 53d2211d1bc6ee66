// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Why cold-SKU placements scale as they do from 1 to 2 threads: {@link ContentionBenchmark}'s cold workload run by 1
 * and then 2 threads in turn, in one JVM, on a fresh shop each time, so both counts share one JIT and one heap. Each
 * round prints the two rates and, per thread count, how many cores the process kept busy, the share of the wall
 * time spent in collection pauses and the CPU time per order (the collector's included). Not a benchmark: the
 * JMH figure is {@code ContentionBenchmark}'s; this says where its ceiling comes from. With the 1-thread run
 * already keeping 1.3 cores busy (the collector's threads on the other core), 2 threads can add only what is
 * left of the second core.
 *
 * <p>{@code <rounds> <seconds per run>}: 12 and 3 by default; the first rounds warm the JIT and are left out of the
 * median printed last.
 */
public final class ColdPlacementScaling {
    private static final int WARM_ROUNDS = 4;

    private ColdPlacementScaling() {}

    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        if (rounds <= WARM_ROUNDS) {
            throw new IllegalArgumentException("more than " + WARM_ROUNDS + " rounds are needed, as the first warm up");
        }
        ContentionBenchmark.Market market = new ContentionBenchmark.Market();
        market.skus = "cold";
        double[] ratios = new double[rounds - WARM_ROUNDS];
        for (int round = 0; round < rounds; round++) {
            Run one = run(market, 1, seconds);
            Run two = run(market, 2, seconds);
            double ratio = two.ordersPerSecond() / one.ordersPerSecond();
            if (round >= WARM_ROUNDS) {
                ratios[round - WARM_ROUNDS] = ratio;
            }
            System.out.printf(Locale.ROOT, "round %2d%s: 1 thread %s; 2 threads %s; 2 / 1 = %.2f%n", round,
                    round < WARM_ROUNDS ? " (warm-up)" : "", one, two, ratio);
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "2 / 1 threads over %d rounds after warm-up: median %.2f, lowest %.2f, highest %.2f%n",
                ratios.length, ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1]);
    }

    /** One timed run: orders placed per second, cores busy, pause share of the wall time, CPU microseconds an order. */
    private record Run(double ordersPerSecond, double coresBusy, double pauseShare, double cpuMicrosPerOrder) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,.0f orders/s (%.2f cores busy, %.0f%% of the time in GC pauses,"
                    + " %.0f µs of CPU an order)", ordersPerSecond, coresBusy, 100 * pauseShare, cpuMicrosPerOrder);
        }
    }

    private static Run run(ContentionBenchmark.Market market, int threads, double seconds) throws InterruptedException {
        market.open(threads);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong placed = new AtomicLong();
        Thread[] callers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            callers[i] = new Thread(() -> {
                long n = 0;
                while (!stop.get()) {
                    ContentionBenchmark.place(market);
                    n++;
                }
                placed.addAndGet(n);
            });
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long pausesBefore = pauseMillis();
        long cpuBefore = os.getProcessCpuTime();
        long started = System.nanoTime();
        for (Thread caller : callers) {
            caller.start();
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        for (Thread caller : callers) {
            caller.join();
        }
        double wall = (System.nanoTime() - started) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e9;
        market.verifyNoOversell();
        return new Run(placed.get() / wall, cpu / wall, (pauseMillis() - pausesBefore) / 1e3 / wall, cpu * 1e6 / placed.get());
    }

    private static long pauseMillis() {
        long millis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            millis += Math.max(0, collector.getCollectionTime());
        }
        return millis;
    }
}
