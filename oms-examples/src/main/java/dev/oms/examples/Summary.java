// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.examples.SimulationReport.StockRow;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders a {@link SimulationReport} as the short summary {@link SimulationMain} prints. */
final class Summary {
    private Summary() {}

    static String of(SimulationReport report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("oms simulation: %d orders from web, store, marketplace and phone (seed %d)%n",
                report.ordersSubmitted(), report.seed()));
        out.append(String.format("%nOrders by status (%d accepted, %d rejected)%n", report.ordersAccepted(),
                report.ordersRejected()));
        table(out, report.ordersByStatus());
        out.append(String.format("%nRejections by problem code (an order can name several)%n"));
        table(out, report.rejectionsByProblem());
        out.append(String.format("%nUnits on accepted orders: %d ordered, %d shipped (%d delivered, %d returned), %d cancelled, %d open%n",
                report.unitsOrdered(), report.unitsShipped(), report.units(Bucket.DELIVERED), report.units(Bucket.RETURNED),
                report.units(Bucket.CANCELLED), report.unitsOpen()));
        waiting(out, report.waiting());
        SimulationReport.Payments payments = report.payments();
        out.append(String.format("%nPayments%n"));
        out.append(String.format("  captured by card      %s%n", payments.captured()));
        out.append(String.format("  cash on delivery      %s collected (%d orders)%n", payments.cashCollected(),
                payments.cashOnDeliveryOrders()));
        out.append(String.format("  cards declined        %d (%d paid with another card, %d cancelled)%n",
                payments.declinedCards(), payments.retriedCards(), payments.declinedCards() - payments.retriedCards()));
        SimulationReport.Reviews reviews = report.reviews();
        out.append(String.format("%nPayment reviews (cash on delivery above %s)%n", Reviews.THRESHOLD));
        out.append(String.format("  held at checkout      %d (%d released, %d rejected, %d cancelled by the customer, %d still held)%n",
                reviews.held(), reviews.released(), reviews.rejected(), reviews.cancelledByCustomer(), reviews.stillHeld()));
        SimulationReport.Count count = report.count();
        out.append(String.format("%nMidday stock count (%s at %s)%n", count.sku(), count.warehouse()));
        out.append(String.format("  counted %d where the books said %d; %d units promised beyond the count%n",
                count.counted(), count.booksSaid(), count.promisedBeyond()));
        out.append(String.format("  orders that gave units up: %d (units re-routed %d, backordered %d, cancelled %d); unsettled %d%n",
                count.orders(), count.rerouted(), count.backordered(), count.cancelled(), count.unsettled()));
        SimulationReport.Marketplace market = report.marketplace();
        out.append(String.format("%nMarketplace fulfilment (%s at %s, run by the marketplace)%n", Shop.TRIVET.sku(), Shop.MARKET_FC));
        out.append(String.format("  %d orders sent to the centre, %d units: %d shipped in %d parcels, %d given back and cancelled%n",
                market.orders(), market.units(), market.shipped(), market.parcels(), market.cancelled()));
        out.append(String.format("  its answers, each delivered twice out of order: %d applied, %d repeats changed nothing%n",
                market.answersApplied(), market.answersRepeated()));
        out.append(String.format("  its stock report: %d where the books said %d%n", market.reported(), market.booksSaid()));
        returns(out, report.returns());
        out.append(String.format("%nStock left (on hand / reserved)%n"));
        stock(out, report);
        out.append(String.format("%nNotifications sent%n"));
        table(out, report.notificationsByKind());
        insight(out, report.insight());
        return out.toString();
    }

    /** The oms-insight reports as tables, and the policy what-if of the trading day. */
    private static void insight(StringBuilder out, SimulationReport.Insight insight) {
        out.append(String.format("%nSales by channel (oms-insight)%n")).append(indented(insight.sales().table()));
        out.append(String.format("%nFulfilment%n")).append(indented(insight.fulfilment().table()));
        out.append(String.format("%nReturns and cancellations%n")).append(indented(insight.returns().table()));
        out.append(String.format("%nPolicy what-if: the trading day replayed from the stored orders and the stock log%n"))
                .append(indented(insight.whatIf().table()));
    }

    private static String indented(String table) {
        return table.lines().map(line -> (line.isBlank() ? "" : "  " + line) + System.lineSeparator()).collect(java.util.stream.Collectors.joining());
    }

    /** The returns as oms stored them; the desk's own notes agree (SimulationTest), so they are not printed twice. */
    private static void returns(StringBuilder out, SimulationReport.Returns returns) {
        SimulationReport.ReturnTally stored = returns.stored();
        out.append(String.format("%nReturns (within %d days of delivery, %d%% restocking fee on units put back on sale)%n",
                ReturnsDesk.POLICY.window().toDays(), ReturnsDesk.POLICY.restockingFeeBasisPoints() / 100));
        out.append(String.format("  requested             %d returns, %d units: %d approved, %d rejected%n", stored.requested(),
                stored.unitsRequested(), stored.approved(), stored.rejected()));
        out.append(String.format("  received              %d returns in full, in %d receipts; %d approved still awaited%n",
                stored.received(), stored.receipts(), returns.awaited()));
        out.append(String.format("  cash on delivery      %d receipt%s paid back as store credit (%s)%n",
                returns.creditedReceipts(), returns.creditedReceipts() == 1 ? "" : "s", returns.storeCredited()));
        out.append(String.format("  units by disposition  %s%n", stored.unitsReceived().entrySet().stream()
                .map(units -> units.getKey() + " " + units.getValue()).collect(Collectors.joining(", "))));
        out.append(String.format("  refunded by card      %s of %s returned (restocking fees kept %s, exchange credit %s, owed %s)%n",
                returns.refundsPaid(), returns.returnedValue(), returns.feesKept(), returns.creditDrawn(), returns.refundsOwed()));
        SimulationReport.ExchangeTally x = returns.exchanges();
        out.append(String.format("  exchanges             %d (%d for a dearer product, %d cheaper, %d even; %d shipped before the return)%n",
                x.opened(), x.dearer(), x.cheaper(), x.even(), x.shippedFirst()));
        out.append(String.format("  exchange money        %s charged beyond the returned units' value, %s refunded beyond the replacements'%n",
                x.charged(), x.refundDue()));
        out.append(String.format("  replacements          %d units allocated, waiting to be picked%n", returns.replacementsWaiting()));
    }

    private static void waiting(StringBuilder out, WaitingReport waiting) {
        out.append(String.format("%nWaiting units (%s released %s, pre-order cap %d)%n", Shop.GRINDER.sku(),
                Shop.LAUNCH_RELEASE, Shop.LAUNCH_CAP));
        queue(out, "pre-ordered", waiting.preorders());
        queue(out, "backordered", waiting.backorders());
        WaitingReport.Indents indents = waiting.indents();
        out.append(String.format("  %-14s %3d purchases: %d units requested, %d committed, %d received ring-fenced%n",
                "indent", indents.purchases(), indents.requested(), indents.committed(), indents.received()));
    }

    private static void queue(StringBuilder out, String name, WaitingReport.Queue queue) {
        out.append(String.format("  %-14s %3d units on %d orders: %d filled, %d still waiting, %d cancelled%n", name,
                queue.units(), queue.orders(), queue.filled(), queue.stillWaiting(), queue.cancelled()));
    }

    private static void table(StringBuilder out, Map<?, ? extends Number> counts) {
        if (counts.isEmpty()) {
            out.append(String.format("  none%n"));
        }
        counts.forEach((key, count) -> out.append(String.format("  %-22s %5d%n", key, count.longValue())));
    }

    private static void stock(StringBuilder out, SimulationReport report) {
        SortedMap<Sku, Map<LocationId, StockRow>> bySku = new TreeMap<>();
        for (StockRow row : report.stock()) {
            bySku.computeIfAbsent(row.sku(), sku -> new TreeMap<>()).put(row.warehouse(), row);
        }
        out.append(String.format("  %-14s", "SKU"));
        Shop.WAREHOUSES.forEach(warehouse -> out.append(String.format(" %12s", warehouse)));
        out.append(String.format("%n"));
        bySku.forEach((sku, rows) -> {
            out.append(String.format("  %-14s", sku));
            Shop.WAREHOUSES.forEach(warehouse -> {
                StockRow row = rows.get(warehouse);
                out.append(String.format(" %12s", row.onHand() + " / " + row.reserved()));
            });
            out.append(String.format("%n"));
        });
    }
}
