// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import dev.oms.benchmarks.GrowthBenchmark.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the lines {@link GrowthBenchmark} forks appended into a RESULTS.md section: milliseconds per
 * call per operation and stored-order count, each the median over forks with the lowest and highest fork;
 * the growth of each operation against the smallest size; and placement of a backorderable or pre-order
 * SKU against a plain one. Ratios are taken within a fork number first (fork {@code n} of every size ran
 * in the same round of {@code run-growth.sh}, so under similar load), then summarised over forks.
 *
 * <p>Arguments: {@code <results.tsv> <RESULTS.md> <label> <run description>}. The section is named after the
 * label, so runs with other labels (before and after a change) stay side by side.
 */
public final class GrowthReport {
    /** size → fork → milliseconds per call, for one operation. */
    private final Map<Operation, Map<Integer, Map<Integer, Double>>> ms = new TreeMap<>();
    private final Map<Integer, Map<Integer, Double>> populateSeconds = new TreeMap<>();
    private final Map<Integer, long[]> storedRange = new TreeMap<>();

    private GrowthReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: GrowthReport <results.tsv> <RESULTS.md> <label> <run description>");
        }
        GrowthReport report = new GrowthReport();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                report.add(line.split("\t"));
            }
        }
        String markdown = report.markdown(args[2], args[3]);
        ResultsFile.replaceSection(Path.of(args[1]), "growth " + args[2], markdown);
        System.out.println(markdown);
    }

    private void add(String[] f) {
        int size = Integer.parseInt(f[0]);
        int fork = Integer.parseInt(f[1]);
        ms.computeIfAbsent(Operation.valueOf(f[2]), o -> new TreeMap<>()).computeIfAbsent(size, s -> new TreeMap<>())
                .put(fork, Double.parseDouble(f[6]));
        populateSeconds.computeIfAbsent(size, s -> new TreeMap<>()).put(fork, Double.parseDouble(f[10]));
        long[] range = storedRange.computeIfAbsent(size, s -> new long[] {Long.MAX_VALUE, 0});
        range[0] = Math.min(range[0], Long.parseLong(f[3]));
        range[1] = Math.max(range[1], Long.parseLong(f[4]));
    }

    private String markdown(String label, String description) {
        List<Integer> sizes = new ArrayList<>(new TreeSet<>(populateSeconds.keySet()));
        StringBuilder md = new StringBuilder();
        md.append("## Growth with stored orders: ").append(label).append("\n\n").append(description).append("\n")
                .append("Each figure is the median over forks with [lowest, highest fork]; a fork's figure is the median of its timed calls.\n\n");
        md.append("| Operation, ms per call |");
        sizes.forEach(s -> md.append(' ').append(count(s)).append(" stored |"));
        md.append("\n|---|").append("---:|".repeat(sizes.size())).append('\n');
        for (Operation op : ms.keySet()) {
            md.append("| ").append(op.label).append(" |");
            for (int size : sizes) {
                Map<Integer, Double> forks = ms.get(op).get(size);
                md.append(' ').append(forks == null ? "" : Spread.of(new ArrayList<>(forks.values())).format(Spread::number)).append(" |");
            }
            md.append('\n');
        }
        if (sizes.size() > 1) {
            int base = sizes.get(0);
            md.append("\n| Growth, per fork, against ").append(count(base)).append(" stored |");
            sizes.subList(1, sizes.size()).forEach(s -> md.append(' ').append(count(s)).append(" / ").append(count(base)).append(" |"));
            md.append("\n|---|").append("---:|".repeat(sizes.size() - 1)).append('\n');
            for (Operation op : ms.keySet()) {
                md.append("| ").append(op.label).append(" |");
                for (int size : sizes.subList(1, sizes.size())) {
                    md.append(' ').append(ratios(ms.get(op).get(size), ms.get(op).get(base))).append(" |");
                }
                md.append('\n');
            }
        }
        md.append("\n| Placement against a plain SKU, per fork |");
        sizes.forEach(s -> md.append(' ').append(count(s)).append(" stored |"));
        md.append("\n|---|").append("---:|".repeat(sizes.size())).append('\n');
        for (Operation op : new Operation[] {Operation.PLACE_BACKORDERABLE, Operation.PLACE_PREORDER}) {
            md.append("| ").append(op.label).append(" / plain |");
            for (int size : sizes) {
                md.append(' ').append(ratios(at(op, size), at(Operation.PLACE_PLAIN, size))).append(" |");
            }
            md.append('\n');
        }
        md.append("\n| Store |");
        sizes.forEach(s -> md.append(' ').append(count(s)).append(" stored |"));
        md.append("\n|---|").append("---:|".repeat(sizes.size())).append("\n| Seconds to populate through the facade |");
        sizes.forEach(s -> md.append(' ').append(Spread.of(new ArrayList<>(populateSeconds.get(s).values())).format(Spread::number)).append(" |"));
        md.append("\n| Orders stored while measuring (first call to last) |");
        sizes.forEach(s -> md.append(' ').append(count(storedRange.get(s)[0])).append(" to ").append(count(storedRange.get(s)[1])).append(" |"));
        return md.append('\n').toString();
    }

    private Map<Integer, Double> at(Operation op, int size) {
        return ms.getOrDefault(op, Map.of()).get(size);
    }

    /** {@code top / bottom} fork by fork, over the forks that measured both. */
    private static String ratios(Map<Integer, Double> top, Map<Integer, Double> bottom) {
        if (top == null || bottom == null) {
            return "";
        }
        List<Double> perFork = new ArrayList<>();
        top.forEach((fork, value) -> {
            if (bottom.containsKey(fork)) {
                perFork.add(value / bottom.get(fork));
            }
        });
        return perFork.isEmpty() ? "" : Spread.of(perFork).format(Spread::ratio);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
