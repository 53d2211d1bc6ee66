// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A figure measured once per fork, reported as its median with the lowest and highest fork: on a shared,
 * noisy machine the spread over forks says how far one figure can be trusted.
 */
record Spread(double median, double min, double max, int forks) {

    static Spread of(List<Double> perFork) {
        if (perFork.isEmpty()) {
            throw new IllegalArgumentException("no fork measured this figure");
        }
        double[] sorted = perFork.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new Spread(median, sorted[0], sorted[n - 1], n);
    }

    /** {@code median [min, max]}, or the one value when a single fork measured it. */
    String format(java.util.function.DoubleFunction<String> number) {
        return forks == 1 ? number.apply(median)
                : number.apply(median) + " [" + number.apply(min) + ", " + number.apply(max) + "]";
    }

    static String number(double value) {
        return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%,.3g", value);
    }

    static String ratio(double value) {
        return value >= 0.01 ? String.format(Locale.ROOT, "%.3g", value) : String.format(Locale.ROOT, "%.2e", value);
    }
}
