// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.insight.charts.ChartSize;
import dev.oms.insight.charts.ReportCharts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the simulation's charts as PNG files, as a host would: oms-insight computes the reports, oms-insight-charts
 * draws them as bytes, and writing a file is the host's business.
 */
final class SimulationCharts {
    private SimulationCharts() {}

    /**
     * Writes the charts into {@code directory}, creating it if need be.
     *
     * @return the files written, in a fixed order
     */
    static List<Path> write(SimulationReport.Insight insight, Path directory) {
        try {
            Files.createDirectories(directory);
            List<Path> files = List.of(directory.resolve("sales-by-day.png"), directory.resolve("fulfilment.png"),
                    directory.resolve("return-and-cancel-reasons.png"));
            Files.write(files.get(0), ReportCharts.salesByDay(insight.sales(), ChartSize.STANDARD));
            Files.write(files.get(1), ReportCharts.fulfilment(insight.fulfilment(), ChartSize.STANDARD));
            Files.write(files.get(2), ReportCharts.reasons(insight.returns(), ChartSize.STANDARD));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the charts to " + directory, e);
        }
    }
}
