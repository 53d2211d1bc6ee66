// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.charts;

import dev.oms.core.order.WaitingFor;
import dev.oms.insight.reports.FulfilmentReport;
import dev.oms.insight.reports.Rate;
import dev.oms.insight.reports.ReturnsReport;
import dev.oms.insight.reports.SalesReport;
import dev.oms.insight.reports.SalesRow;
import dev.oms.insight.reports.WaitingOrdersReport;
import dev.oms.insight.reports.WaitingReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One bar chart per report, as PNG bytes. The charts show what the report's table shows, so a chart and its table
 * never disagree; the rates are drawn in percent.
 */
public final class ReportCharts {

    private ReportCharts() {}

    /**
     * Units sold per day: units, not value, because one day's sales can be in several currencies, and units of
     * different currencies add up where money does not.
     *
     * @param report the sales report
     * @param size the image's size
     * @return the chart as PNG
     */
    public static byte[] salesByDay(SalesReport report, ChartSize size) {
        Map<String, Long> units = new TreeMap<>();
        for (SalesRow row : report.byDay()) {
            units.merge(row.group(), row.units(), Long::sum);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        units.forEach((day, n) -> data.addValue(n, "units sold", day));
        return png(bars("Units sold per day (" + report.zone() + ")", "day", "units", data, false), size);
    }

    /**
     * The fill rate and the on-time shipment rate, in percent; a rate of nothing is left out.
     *
     * @param report the fulfilment report
     * @param size the image's size
     * @return the chart as PNG
     */
    public static byte[] fulfilment(FulfilmentReport report, ChartSize size) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        addPercent(data, "rate", "fill rate", report.fillRate());
        addPercent(data, "rate", "on time", report.onTimeRate());
        return png(bars("Fulfilment " + report.period(), "measure", "percent", data, false), size);
    }

    /**
     * Units backordered and pre-ordered per age band, oldest band first.
     *
     * @param report the waiting report
     * @param size the image's size
     * @return the chart as PNG
     */
    public static byte[] waitingByAge(WaitingReport report, ChartSize size) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (WaitingReport.Aging aging : report.aging()) {
            data.addValue(aging.backordered(), "backordered", aging.band().label());
            data.addValue(aging.preordered(), "pre-ordered", aging.band().label());
        }
        return png(bars("Units waiting by age", "age", "units", data, true), size);
    }

    /**
     * Units asked back and units cancelled, per reason.
     *
     * @param report the returns report
     * @param size the image's size
     * @return the chart as PNG
     */
    public static byte[] reasons(ReturnsReport report, ChartSize size) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        report.returnReasons().forEach(r -> data.addValue(r.rate().part(), "asked back", r.reason()));
        report.cancellationReasons().forEach(r -> data.addValue(r.rate().part(), "cancelled", r.reason()));
        return png(bars("Returns and cancellations by reason " + report.period(), "reason", "units", data, true), size);
    }

    /**
     * How many orders wait for each thing.
     *
     * @param report the waiting orders report
     * @param size the image's size
     * @return the chart as PNG
     */
    public static byte[] waitingOrders(WaitingOrdersReport report, ChartSize size) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<WaitingFor, Long> count : report.ordersWaitingFor().entrySet()) {
            data.addValue(count.getValue(), "orders", count.getKey().name().toLowerCase(java.util.Locale.ROOT));
        }
        return png(bars("Orders waiting, by what for", "waiting for", "orders", data, false), size);
    }

    private static void addPercent(DefaultCategoryDataset data, String series, String category, Rate rate) {
        rate.fraction().ifPresent(f -> data.addValue(f.multiply(BigDecimal.valueOf(100)), series, category));
    }

    private static JFreeChart bars(String title, String categories, String values, DefaultCategoryDataset data, boolean legend) {
        JFreeChart chart = ChartFactory.createBarChart(title, categories, values, data, PlotOrientation.VERTICAL, legend, false, false);
        if (!"percent".equals(values)) { // units and orders come whole: no 2.5 on the axis
            ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return chart;
    }

    private static byte[] png(JFreeChart chart, ChartSize size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, size.width(), size.height());
        } catch (IOException e) {
            throw new UncheckedIOException("a PNG written to memory failed", e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }
}
