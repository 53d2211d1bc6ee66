// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import io.vavr.Tuple2;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * Sales by channel, by day and by SKU.
 *
 * <p>A sale is a unit ordered and not cancelled, of an order placed in the period: {@code Line.active()} units per
 * line, valued at the line's exact shares of its price, discounts and taxes ({@code Line.valueOfUnits(0, active)}, the
 * same value {@code Order.activeValue()} adds up, shipping charges left out). Units count when they are sold, not
 * when they ship, so a day's sales do not move as the warehouse catches up; cancelling units takes them out of the day
 * they were sold on. Days are the orders' placement days in the zone given. Only groups that sold a unit have a row;
 * rows come in group order, then currency code.
 *
 * @param period the orders' placement period
 * @param zone the time zone days are read in
 * @param byChannel sales per channel and currency
 * @param byDay sales per placement day and currency, the day as ISO {@code yyyy-MM-dd}
 * @param bySku sales per SKU and currency
 */
public record SalesReport(ReportPeriod period, ZoneId zone, List<SalesRow> byChannel, List<SalesRow> byDay, List<SalesRow> bySku) {

    /**
     * Copies the rows, refusing nulls.
     *
     * @param period the orders' placement period
     * @param zone the time zone days are read in
     * @param byChannel sales per channel and currency
     * @param byDay sales per placement day and currency
     * @param bySku sales per SKU and currency
     */
    public SalesReport {
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(zone, "zone is null");
        byChannel = List.copyOf(byChannel);
        byDay = List.copyOf(byDay);
        bySku = List.copyOf(bySku);
    }

    /**
     * Adds up the sales of the orders placed in the period.
     *
     * @param orders the orders, in any order; those placed outside the period are passed over
     * @param period the placement period
     * @param zone the zone whose calendar days {@link #byDay()} uses
     * @return the report
     */
    public static SalesReport of(Iterable<Order> orders, ReportPeriod period, ZoneId zone) {
        Objects.requireNonNull(orders, "orders is null");
        Map<String, SalesRow> channels = new TreeMap<>();
        Map<String, SalesRow> days = new TreeMap<>();
        Map<String, SalesRow> skus = new TreeMap<>();
        for (Order order : orders) {
            if (!period.contains(order.placedAt())) {
                continue;
            }
            String day = LocalDate.ofInstant(order.placedAt(), zone).toString();
            for (Tuple2<?, Line> entry : order.lines()) {
                Line line = entry._2;
                long units = line.active();
                if (units == 0) {
                    continue;
                }
                Money value = line.valueOfUnits(0, units);
                add(channels, order.channel().code(), units, value);
                add(days, day, units, value);
                add(skus, line.sku().code(), units, value);
            }
        }
        return new SalesReport(period, zone, rows(channels), rows(days), rows(skus));
    }

    // Keyed by group, a tab, then currency: tab sorts before any printable character, so a group's currencies follow it.
    private static void add(Map<String, SalesRow> rows, String group, long units, Money value) {
        rows.merge(group + '\t' + value.getCurrencyUnit().getCode(), new SalesRow(group, units, value),
                (sum, more) -> sum.plus(more.units(), more.value()));
    }

    private static List<SalesRow> rows(Map<String, SalesRow> byKey) {
        return new ArrayList<>(byKey.values());
    }

    /** {@return the three tables, by channel, by day and by SKU, one after the other} */
    public String table() {
        return section("Sales by channel " + period, "channel", byChannel) + '\n'
                + section("Sales by day (" + zone + ") " + period, "day", byDay) + '\n'
                + section("Sales by SKU " + period, "sku", bySku);
    }

    private static String section(String title, String groupHeader, List<SalesRow> rows) {
        TextTable table = TextTable.titled(title, 2, groupHeader, "currency", "units", "value");
        Function<Money, String> amount = m -> m.getAmount().toPlainString();
        rows.forEach(r -> table.row(r.group(), r.value().getCurrencyUnit().getCode(), r.units(), amount.apply(r.value())));
        return table.render();
    }
}
