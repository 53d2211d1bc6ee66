// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One three-line order from placement to delivery, single-threaded, three ways: through oms on its
 * in-memory adapters, by hand as plain mutable Java (the limit), and on Spring Statemachine with a
 * persisted machine per order (the alternative). Each iteration starts from a fresh shop, so the stores
 * hold only that iteration's orders.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LifecycleBenchmark {
    private static final int SKUS = 3;
    private static final long UNITS = 1_000_000_000_000L;

    /** Fresh oms shop per iteration. */
    @State(Scope.Thread)
    public static class Oms {
        OmsShop shop;
        long next;

        @Setup(Level.Iteration)
        public void open() {
            shop = new OmsShop(SKUS, UNITS);
        }
    }

    /** Fresh hand-written shop per iteration. */
    @State(Scope.Thread)
    public static class Hand {
        HandWrittenShop shop;
        long next;

        @Setup(Level.Iteration)
        public void open() {
            shop = new HandWrittenShop(SKUS, UNITS);
        }
    }

    /** Fresh Spring Statemachine shop per iteration. */
    @State(Scope.Thread)
    public static class Ssm {
        StatemachineShop shop;
        long next;

        @Setup(Level.Iteration)
        public void open() {
            shop = new StatemachineShop(SKUS, UNITS);
        }
    }

    @Benchmark
    public Object oms(Oms state) {
        return state.shop.lifecycle("W-" + state.next++);
    }

    @Benchmark
    public Object handWritten(Hand state) {
        return state.shop.lifecycle("W-" + state.next++);
    }

    @Benchmark
    public long springStatemachine(Ssm state) {
        return state.shop.lifecycle("W-" + state.next++);
    }
}
