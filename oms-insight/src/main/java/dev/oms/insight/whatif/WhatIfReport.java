// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.insight.reports.Rate;
import dev.oms.insight.reports.ReportPeriod;
import dev.oms.insight.reports.TextTable;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What happened in a period beside what each candidate policy set would have done: the figures side by side, and
 * the orders whose units a candidate would have placed elsewhere, for a shop to look at closer.
 *
 * @param period the placement period
 * @param actual the stored history's outcome
 * @param candidates each candidate's outcome, in the order asked
 * @param differences the orders some candidate places at other locations (or in other amounts), in placement order
 */
public record WhatIfReport(ReportPeriod period, Column actual, List<Column> candidates, List<OrderDifference> differences) {

    /**
     * One run's outcome under its name.
     *
     * @param name what the column is headed
     * @param outcome the run's outcome
     */
    public record Column(String name, WhatIfOutcome outcome) {}

    /**
     * One order placed differently by some candidate.
     *
     * @param orderId the order
     * @param actual its units per location in the stored history
     * @param candidates its units per location under each candidate; empty for a candidate that refused it
     */
    public record OrderDifference(OrderId orderId, Map<LocationId, Long> actual, List<Map<LocationId, Long>> candidates) {}

    /**
     * Copies the lists, refusing nulls.
     *
     * @param period the placement period
     * @param actual the stored history's outcome
     * @param candidates each candidate's outcome
     * @param differences the orders placed differently
     */
    public WhatIfReport {
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(actual, "actual is null");
        candidates = List.copyOf(candidates);
        differences = List.copyOf(differences);
    }

    /**
     * Sets the outcomes side by side and finds the orders placed differently.
     *
     * @param period the placement period
     * @param actual the stored history's outcome
     * @param candidates each candidate's outcome, over the same orders in the same order
     * @return the report
     */
    public static WhatIfReport of(ReportPeriod period, Column actual, List<Column> candidates) {
        List<OrderDifference> differences = new ArrayList<>();
        List<OrderOutcome> stored = actual.outcome().orders();
        for (int o = 0; o < stored.size(); o++) {
            OrderOutcome order = stored.get(o);
            List<Map<LocationId, Long>> others = new ArrayList<>();
            boolean differs = false;
            for (Column candidate : candidates) {
                OrderOutcome other = candidate.outcome().orders().get(o);
                if (!other.orderId().equals(order.orderId())) {
                    throw new IllegalArgumentException("candidate " + candidate.name() + " lists " + other.orderId()
                            + " where the history lists " + order.orderId());
                }
                others.add(other.unitsAt());
                differs |= other.refused() || !other.unitsAt().equals(order.unitsAt());
            }
            if (differs) {
                differences.add(new OrderDifference(order.orderId(), order.unitsAt(), others));
            }
        }
        return new WhatIfReport(period, actual, candidates, differences);
    }

    /** {@return the figures, one column per run, then the orders placed differently} */
    public String table() {
        List<Column> columns = new ArrayList<>();
        columns.add(actual);
        columns.addAll(candidates);
        String[] headers = new String[columns.size() + 1];
        headers[0] = "measure";
        for (int c = 0; c < columns.size(); c++) {
            headers[c + 1] = columns.get(c).name();
        }
        TextTable figures = TextTable.titled("What-if " + period, 1, headers);
        row(figures, columns, "orders", o -> o.orders().size());
        row(figures, columns, "orders refused", WhatIfOutcome::ordersRefused);
        row(figures, columns, "cancellations refused", WhatIfOutcome::cancellationsRefused);
        row(figures, columns, "shipments", WhatIfOutcome::shipments);
        row(figures, columns, "shipments per order", o -> o.shipmentsPerOrder().map(Object::toString).orElse("-"));
        row(figures, columns, "distance (km)", o -> String.format(Locale.ROOT, "%.1f", o.kilometres()));
        row(figures, columns, "shipments not measured", WhatIfOutcome::unmeasuredShipments);
        row(figures, columns, "fill rate (allocated or shipped / wanted)", o -> fill(o.fillRate()));
        row(figures, columns, "units backordered", WhatIfOutcome::backordered);
        row(figures, columns, "mean backorder age", WhatIfOutcome::meanBackorderAge);
        row(figures, columns, "units pre-ordered", WhatIfOutcome::preordered);
        row(figures, columns, "units cancelled", WhatIfOutcome::cancelled);
        String[] orderHeaders = headers.clone();
        orderHeaders[0] = "order";
        TextTable orders = TextTable.titled("Orders placed differently (units per location)", columns.size() + 1, orderHeaders);
        for (OrderDifference difference : differences) {
            Object[] cells = new Object[columns.size() + 1];
            cells[0] = difference.orderId().value();
            cells[1] = units(difference.actual());
            for (int c = 0; c < difference.candidates().size(); c++) {
                OrderOutcome outcome = candidates.get(c).outcome().orders().stream()
                        .filter(o -> o.orderId().equals(difference.orderId())).findFirst().orElseThrow();
                cells[c + 2] = outcome.refused() ? "refused" : units(difference.candidates().get(c));
            }
            orders.row(cells);
        }
        return figures.render() + '\n' + orders.render();
    }

    private static void row(TextTable table, List<Column> columns, String measure, Function<WhatIfOutcome, Object> figure) {
        Object[] cells = new Object[columns.size() + 1];
        cells[0] = measure;
        for (int c = 0; c < columns.size(); c++) {
            cells[c + 1] = figure.apply(columns.get(c).outcome());
        }
        table.row(cells);
    }

    private static String fill(Rate rate) {
        return rate.part() + "/" + rate.whole() + " " + rate.percent();
    }

    private static String units(Map<LocationId, Long> unitsAt) {
        return unitsAt.isEmpty() ? "none" : unitsAt.entrySet().stream()
                .map(e -> e.getKey().value() + "x" + e.getValue()).collect(Collectors.joining(" "));
    }
}
