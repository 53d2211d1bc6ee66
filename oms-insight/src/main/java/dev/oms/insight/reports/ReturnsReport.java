// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import io.vavr.Tuple2;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Return and cancellation rates, with reasons, of the orders placed in a period.
 *
 * <ul>
 *   <li><b>Return rate</b> = units received back / units delivered, where units received back are those in
 *   {@code RETURNED} and units delivered those in {@code DELIVERED} or {@code RETURNED} (a unit returned was
 *   delivered first).</li>
 *   <li><b>Returns by reason</b>: the units asked back per reason, in returns not rejected (requested, approved or
 *   received), out of the units delivered. A reason is given when a return is asked for, before its units arrive, so
 *   these can add up to more than the units received back.</li>
 *   <li><b>Cancellation rate</b> = units cancelled ({@code CANCELLED}) / units ordered, and per reason the units each
 *   {@code UnitsCancelled} event cancelled with that reason, out of the units ordered. Every cancelled unit is cancelled
 *   by exactly one such event, so the reasons add up to the units cancelled.</li>
 * </ul>
 * Reasons come most units first, then in text order.
 *
 * @param period the orders' placement period
 * @param returned units received back out of units delivered
 * @param returnReasons units asked back per reason, out of units delivered
 * @param cancelled units cancelled out of units ordered
 * @param cancellationReasons units cancelled per reason, out of units ordered
 */
public record ReturnsReport(ReportPeriod period, Rate returned, List<ReasonShare> returnReasons, Rate cancelled,
        List<ReasonShare> cancellationReasons) {

    /**
     * Copies the rows, refusing nulls.
     *
     * @param period the orders' placement period
     * @param returned units received back out of units delivered
     * @param returnReasons units asked back per reason
     * @param cancelled units cancelled out of units ordered
     * @param cancellationReasons units cancelled per reason
     */
    public ReturnsReport {
        Objects.requireNonNull(period, "period is null");
        Objects.requireNonNull(returned, "returned is null");
        Objects.requireNonNull(cancelled, "cancelled is null");
        returnReasons = List.copyOf(returnReasons);
        cancellationReasons = List.copyOf(cancellationReasons);
    }

    /**
     * Counts the returns and cancellations of the orders placed in the period.
     *
     * @param orders the orders, in any order; those placed outside the period are passed over
     * @param period the placement period
     * @return the report
     */
    public static ReturnsReport of(Iterable<Order> orders, ReportPeriod period) {
        Objects.requireNonNull(orders, "orders is null");
        long ordered = 0;
        long delivered = 0;
        long received = 0;
        long cancelled = 0;
        Map<String, Long> askedBack = new TreeMap<>();
        Map<String, Long> cancelledFor = new TreeMap<>();
        for (Order order : orders) {
            if (!period.contains(order.placedAt())) {
                continue;
            }
            for (Tuple2<?, Line> entry : order.lines()) {
                Line line = entry._2;
                ordered += line.quantity();
                delivered += line.count(Bucket.DELIVERED) + line.count(Bucket.RETURNED);
                received += line.count(Bucket.RETURNED);
                cancelled += line.count(Bucket.CANCELLED);
            }
            for (ReturnAuthorization rma : order.returns().all()) {
                if (rma.holdsUnits()) {
                    for (ReturnItem item : rma.items()) {
                        askedBack.merge(item.reason(), item.quantity(), Long::sum);
                    }
                }
            }
            // The order keeps every commit's events under its key; cancellations are read where they are recorded.
            for (io.vavr.collection.List<OrderEvent> events : order.handledCommands().values()) {
                for (OrderEvent event : events) {
                    if (event instanceof UnitsCancelled units) {
                        cancelledFor.merge(units.reason(), units.quantity(), Long::sum);
                    }
                }
            }
        }
        return new ReturnsReport(period, new Rate(received, delivered), shares(askedBack, delivered),
                new Rate(cancelled, ordered), shares(cancelledFor, ordered));
    }

    private static List<ReasonShare> shares(Map<String, Long> units, long whole) {
        List<ReasonShare> shares = new ArrayList<>();
        // Within the whole: returns ask only for delivered units (ReturnLedger), and only cancelled units are cancelled.
        units.forEach((reason, n) -> shares.add(new ReasonShare(reason, new Rate(n, whole))));
        shares.sort(Comparator.comparingLong((ReasonShare s) -> -s.rate().part()).thenComparing(ReasonShare::reason));
        return shares;
    }

    /** {@return the return table, then the cancellation table, each with its total first and its reasons below} */
    public String table() {
        TextTable returns = TextTable.titled("Returns " + period, 1, "reason", "units", "delivered", "rate")
                .row("(received back)", returned.part(), returned.whole(), returned.percent());
        returnReasons.forEach(r -> returns.row(r.reason(), r.rate().part(), r.rate().whole(), r.rate().percent()));
        TextTable cancellations = TextTable.titled("Cancellations " + period, 1, "reason", "units", "ordered", "rate")
                .row("(all reasons)", cancelled.part(), cancelled.whole(), cancelled.percent());
        cancellationReasons.forEach(r -> cancellations.row(r.reason(), r.rate().part(), r.rate().whole(), r.rate().percent()));
        return returns.render() + '\n' + cancellations.render();
    }
}
