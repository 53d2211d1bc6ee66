// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole suite in one go and writes the results table: retained heap per order, then the JMH
 * benchmarks (lifecycle with the GC profiler, contention at 1 and 2 threads, replay), in several forks.
 * Every figure is reported per fork (the fork's mean over its iterations) as the median over forks with
 * the lowest and highest fork; a ratio is taken fork by fork (fork {@code n} of one benchmark against
 * fork {@code n} of the other), then summarised the same way, so its spread shows how far it can be
 * trusted on a noisy machine.
 *
 * <p>Arguments: {@code <results.md> <orders for the heap figure> <warmup iterations> <measured
 * iterations> <seconds per iteration> <forks> <long warmup iterations>}: the lifecycles run the most code, and
 * on 2 cores are still being compiled long after the other benchmarks are steady; the contention benchmarks, whose
 * shops grow through each iteration, keep speeding up for as long (a cold-SKU fork: 850, 2,440, 3,920 orders/s in
 * its first iterations, 16,000 after fifteen), so both get the long warmup. The run fails, and writes nothing, when
 * a benchmark fails, including the oversell check after each contention iteration. It replaces only its own section
 * of the results file.
 */
public final class BenchmarkSuite {
    private static final String FORK_HEAP = "-Xmx3g";

    private final List<String[]> rows = new ArrayList<>();

    private final int forks;
    private final int longWarmups;

    private BenchmarkSuite(int forks, int longWarmups) {
        this.forks = forks;
        this.longWarmups = longWarmups;
    }

    public static void main(String[] args) throws RunnerException, IOException {
        if (args.length != 7) {
            throw new IllegalArgumentException("usage: BenchmarkSuite <results.md> <orders> <warmup iterations> "
                    + "<iterations> <seconds per iteration> <forks> <long warmup iterations>");
        }
        Path out = Path.of(args[0]);
        int orders = Integer.parseInt(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int iterations = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        int forks = Integer.parseInt(args[5]);
        int longWarmups = Integer.parseInt(args[6]);
        if (forks < 1) {
            throw new IllegalArgumentException("at least one fork, was " + forks);
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        new BenchmarkSuite(forks, longWarmups).run(out, orders, warmups, iterations, seconds, started, load);
    }

    private void run(Path out, int orders, int warmups, int iterations, int seconds, Instant started, double load)
            throws RunnerException, IOException {
        Path verify = Files.createTempFile("oms-oversell-", ".tsv");
        lifecycle(run(options(longWarmups, iterations, seconds).include(LifecycleBenchmark.class.getName())
                .addProfiler(GCProfiler.class)));
        Map<String, RunResult> contention = new LinkedHashMap<>();
        for (int threads : new int[] {1, 2}) {
            for (RunResult r : run(options(longWarmups, iterations, seconds).include(ContentionBenchmark.class.getName())
                    .threads(threads).jvmArgsAppend("-D" + ContentionBenchmark.VERIFY_FILE + "=" + verify))) {
                contention.put(r.getParams().getParam("skus") + "/" + threads, r);
            }
        }
        contention(contention, verify);
        replay(run(options(warmups, iterations, seconds).include(ReplayBenchmark.class.getName())));
        memory(orders);
        String table = table(orders, warmups, iterations, seconds, started, load);
        ResultsFile.replaceSection(out, "suite", table);
        System.out.println(table);
    }

    private ChainedOptionsBuilder options(int warmups, int iterations, int seconds) {
        return new OptionsBuilder().forks(forks).warmupIterations(warmups).measurementIterations(iterations)
                .warmupTime(TimeValue.seconds(seconds)).measurementTime(TimeValue.seconds(seconds))
                .jvmArgs(FORK_HEAP).shouldFailOnError(true);
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    private void lifecycle(Collection<RunResult> results) {
        Map<String, RunResult> byName = new LinkedHashMap<>();
        results.forEach(r -> byName.put(method(r), r));
        RunResult hand = required(byName, "handWritten");
        RunResult oms = required(byName, "oms");
        RunResult ssm = required(byName, "springStatemachine");
        row("Lifecycle, hand-written plain Java (the limit)", score(hand), "orders/s", "1", "hand-written");
        row("Lifecycle, oms on in-memory adapters", score(oms), "orders/s", ratio(oms, hand), "hand-written");
        row("Lifecycle, Spring Statemachine 4 + map persister", score(ssm), "orders/s", ratio(ssm, hand), "hand-written");
        row("Lifecycle, oms against Spring Statemachine", "", "", ratio(oms, ssm), "Spring Statemachine");
        List<Double> handBytes = allocated(hand);
        row("Allocated per order, hand-written", bytes(handBytes), "B/order", "1", "hand-written");
        row("Allocated per order, oms", bytes(allocated(oms)), "B/order", ratio(allocated(oms), handBytes), "hand-written");
        row("Allocated per order, Spring Statemachine", bytes(allocated(ssm)), "B/order",
                ratio(allocated(ssm), handBytes), "hand-written");
    }

    private void contention(Map<String, RunResult> results, Path verify) throws IOException {
        for (String skus : new String[] {"hot", "cold"}) {
            RunResult one = required(results, skus + "/1");
            RunResult two = required(results, skus + "/2");
            String what = "hot".equals(skus) ? "4 hot SKUs, sold out and restocked" : "10,000 cold SKUs";
            row("Placement, " + what + ", 1 thread", score(one), "orders/s", "1", "1 thread");
            row("Placement, " + what + ", 2 threads", score(two), "orders/s", ratio(two, one), "1 thread");
        }
        long checks = 0;
        long placed = 0;
        long turnedAway = 0;
        long oversold = 0;
        long mismatched = 0;
        for (String line : Files.readAllLines(verify, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            checks++;
            placed += Long.parseLong(f[2]);
            turnedAway += Long.parseLong(f[3]);
            oversold += Long.parseLong(f[5]);
            mismatched += Long.parseLong(f[6]);
        }
        if (checks == 0 || oversold != 0 || mismatched != 0) {
            throw new IllegalStateException("oversell check failed: " + checks + " checks, " + oversold
                    + " units oversold, " + mismatched + " reserved units not held by orders");
        }
        row("Oversold units after every contention iteration (" + checks + " checks, " + placed + " orders placed, "
                + turnedAway + " turned away for stock)", Long.toString(oversold), "units", "", "must be 0");
    }

    private void replay(Collection<RunResult> results) {
        List<RunResult> sorted = new ArrayList<>(results);
        sorted.sort((a, b) -> Integer.compare(events(a), events(b)));
        RunResult previous = null;
        for (RunResult r : sorted) {
            row("Replay of " + String.format(Locale.ROOT, "%,d", events(r)) + " events", score(r), "µs",
                    previous == null ? "1" : ratio(r, previous),
                    previous == null ? "itself" : "10x fewer events");
            previous = r;
        }
    }

    private void memory(int orders) {
        double hand = RetainedHeap.handWritten(orders);
        double oms = RetainedHeap.oms(orders);
        String n = String.format(Locale.ROOT, "%,d", orders);
        row("Retained heap per delivered order after " + n + " orders, hand-written", bytes(List.of(hand)), "B/order", "1", "hand-written");
        row("Retained heap per delivered order after " + n + " orders, oms in-memory", bytes(List.of(oms)), "B/order",
                Spread.ratio(oms / hand), "hand-written");
        double stores = RetainedHeap.omsStores(orders);
        row("Retained heap per delivered order after " + n + " orders, oms in-memory stores, providers remote",
                bytes(List.of(stores)), "B/order", Spread.ratio(stores / hand), "hand-written");
    }

    private String table(int orders, int warmups, int iterations, int seconds, Instant started, double load) {
        StringBuilder md = new StringBuilder();
        md.append("## Suite: lifecycle, contention, replay, retained heap\n\n");
        md.append("Run started ").append(started).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, load average ").append(String.format(Locale.ROOT, "%.2f", load)).append(" at start, ")
                .append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.version"))
                .append(".\nJMH: ").append(forks).append(forks == 1 ? " fork, " : " forks, ").append(warmups).append(" warmup (lifecycles and contention ")
                .append(longWarmups).append(") and ").append(iterations)
                .append(" measured iterations of ").append(seconds).append(" s each, fork heap ").append(FORK_HEAP)
                .append("; retained heap measured outside JMH over ").append(String.format(Locale.ROOT, "%,d", orders))
                .append(" orders.\nThe machine is shared and noisy: compare ratios within this run, not absolute figures "
                        + "across runs. A figure is the median over forks of each fork's mean, with [lowest, highest fork]; a ratio is "
                        + "taken fork by fork, then summarised the same way (outside JMH: one measurement).\n\n");
        md.append("| Figure | Value | Unit | Ratio to baseline | Baseline |\n|---|---:|---|---:|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        return md.toString();
    }

    private void row(String figure, String value, String unit, String ratio, String baseline) {
        rows.add(new String[] {figure, value, unit, ratio, baseline});
    }

    private static RunResult required(Map<String, RunResult> results, String key) {
        RunResult r = results.get(key);
        if (r == null) {
            throw new IllegalStateException("no result for " + key + " among " + results.keySet());
        }
        return r;
    }

    private static String method(RunResult r) {
        String name = r.getParams().getBenchmark();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static int events(RunResult r) {
        return Integer.parseInt(r.getParams().getParam("events"));
    }

    /** The fork's secondary result, per fork: allocated bytes per operation. */
    private static List<Double> allocated(RunResult r) {
        List<Double> perFork = new ArrayList<>();
        for (BenchmarkResult fork : r.getBenchmarkResults()) {
            Result<?> norm = fork.getSecondaryResults().get("gc.alloc.rate.norm");
            if (norm == null) {
                throw new IllegalStateException("no gc.alloc.rate.norm for " + r.getParams().getBenchmark());
            }
            perFork.add(norm.getScore());
        }
        return perFork;
    }

    /** Each fork's primary score: the mean of its measured iterations. */
    private static List<Double> perFork(RunResult r) {
        List<Double> scores = new ArrayList<>();
        r.getBenchmarkResults().forEach(fork -> scores.add(fork.getPrimaryResult().getScore()));
        return scores;
    }

    private static String score(RunResult r) {
        return Spread.of(perFork(r)).format(Spread::number);
    }

    private static String bytes(List<Double> perFork) {
        return Spread.of(perFork).format(v -> String.format(Locale.ROOT, "%,.0f", v));
    }

    private static String ratio(RunResult top, RunResult bottom) {
        return ratio(perFork(top), perFork(bottom));
    }

    /** {@code top / bottom} fork by fork (fork n against fork n), summarised over forks. */
    private static String ratio(List<Double> top, List<Double> bottom) {
        if (top.size() != bottom.size()) {
            throw new IllegalStateException("forks differ: " + top.size() + " against " + bottom.size());
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            ratios.add(top.get(i) / bottom.get(i));
        }
        return Spread.of(ratios).format(Spread::ratio);
    }
}
