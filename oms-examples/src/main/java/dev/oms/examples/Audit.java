// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.spi.order.Page;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Line;
import dev.oms.core.order.ExchangeLedger;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.order.ReturnAuthorization.State;
import dev.oms.core.order.ReturnReceipt;
import dev.oms.spi.order.OrderStatus;
import dev.oms.examples.SimulationReport.Payments;
import dev.oms.examples.SimulationReport.StockRow;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.PaymentEvent.CashCollected;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.event.ReturnEvent.ReceivedItem;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.oms.insight.reports.FulfilmentReport;
import dev.oms.insight.reports.ReportPeriod;
import dev.oms.insight.whatif.PolicySet;
import dev.oms.insight.whatif.WhatIf;
import dev.oms.insight.whatif.WhatIfHistory;
import dev.oms.insight.whatif.WhatIfReport;
import dev.oms.core.routing.Strategies;
import dev.oms.spi.catalog.Product;
import dev.oms.insight.reports.ReturnsReport;
import dev.oms.insight.reports.SalesReport;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.Money;

/**
 * The close-of-day audit: reads every order back through the facade, and the books of the payment
 * gateway, the inventory, the order store and the notification sender, into a {@link SimulationReport}.
 */
final class Audit {
    private Audit() {}

    static SimulationReport of(long seed, OrderManagement oms, InMemoryAdapters adapters, HostLedger ledger) {
        List<Order> orders = Page.all(oms.queries()::orderIds).stream().map(id -> oms.queries().find(id).get()).toList();
        SortedMap<OrderStatus, Integer> byStatus = new TreeMap<>();
        SortedMap<Bucket, Long> byBucket = new TreeMap<>();
        for (Order order : orders) {
            byStatus.merge(order.status(), 1, Integer::sum);
            for (Line line : order.lines().values()) {
                for (Bucket bucket : Bucket.values()) {
                    byBucket.merge(bucket, line.count(bucket), Long::sum);
                }
            }
        }
        List<OrderPackage> packages = orders.stream().flatMap(order -> order.packages().values().toJavaStream()).toList();
        return new SimulationReport(
                seed,
                ledger.submittedOrders(),
                ledger.rejectedOrders(),
                ledger.problems(),
                byStatus,
                ledger.unitsAccepted(),
                ledger.unitsCancelRequested(),
                byBucket,
                (int) packages.stream().filter(OrderPackage::isShipped).count(),
                (int) packages.stream().filter(pkg -> pkg.state() == OrderPackage.State.DELIVERED).count(),
                payments(orders, adapters, ledger),
                stock(orders, adapters, ledger),
                notifications(adapters),
                WaitingAudit.of(orders, adapters, ledger),
                new SimulationReport.Reviews(ledger.heldForReviewOrders(), ledger.releasedAfterReview(), ledger.rejectedInReview(),
                        ledger.cancelledWhileHeldOrders()),
                ledger.count(),
                ledger.marketplace(),
                returns(orders, adapters, ledger),
                insight(orders, oms, adapters));
    }

    /**
     * The oms-insight reports of every order placed in the simulated month, by UTC day; shipping promised within a day.
     * And the policy what-if of the trading day, read from the stored orders and the stock log: replayed under the
     * routing that ran (by location priority) and under fewest shipments.
     */
    private static SimulationReport.Insight insight(List<Order> orders, OrderManagement oms, InMemoryAdapters adapters) {
        ReportPeriod month = ReportPeriod.of(Simulation.OPENING_TIME, Simulation.OPENING_TIME.plus(Duration.ofDays(30)));
        ReportPeriod day = ReportPeriod.of(Simulation.OPENING_TIME, Simulation.OPENING_TIME.plus(Duration.ofDays(1)));
        List<Product> products = Shop.stocked().stream().map(item -> adapters.catalog().find(item.sku()).orElseThrow()).toList();
        WhatIfHistory history = WhatIfHistory.read(oms, day, adapters.inventory().locations(), products);
        PolicySet asRun = PolicySet.defaults("as run, replayed").backorder(WaitingStories.backorders());
        WhatIfReport whatIf = WhatIf.compare(history, "as run", List.of(asRun,
                asRun.routing(Strategies.fewestShipments()).named("fewest shipments")));
        return new SimulationReport.Insight(SalesReport.of(orders, month, ZoneOffset.UTC),
                FulfilmentReport.of(orders, month, Duration.ofDays(1)), ReturnsReport.of(orders, month), whatIf);
    }

    /** The returns as the orders store them, their money by the orders and by the gateway, beside the desk's notes. */
    private static SimulationReport.Returns returns(List<Order> orders, InMemoryAdapters adapters, HostLedger ledger) {
        int requested = 0;
        long unitsRequested = 0;
        int approved = 0;
        int rejected = 0;
        int received = 0;
        int receipts = 0;
        int awaited = 0;
        SortedMap<Disposition, Long> unitsReceived = new TreeMap<>();
        long restocked = 0;
        long restockOnTrackedLines = 0;
        Money zero = Money.zero(Shop.CURRENCY);
        Money returnedValue = zero;
        Money paid = zero;
        Money owed = zero;
        Money fees = zero;
        Money gateway = zero;
        for (Order order : orders) {
            for (ReturnAuthorization rma : order.returns().all()) {
                requested++;
                unitsRequested += rma.items().map(ReturnItem::quantity).sum().longValue();
                approved += rma.state() == State.APPROVED || rma.state() == State.RECEIVED ? 1 : 0;
                rejected += rma.state() == State.REJECTED ? 1 : 0;
                received += rma.state() == State.RECEIVED ? 1 : 0;
                awaited += rma.state() == State.APPROVED ? 1 : 0;
                for (ReturnReceipt receipt : rma.receipts()) {
                    receipts++;
                    fees = fees.plus(receipt.restockingFee());
                    restocked += receipt.restocks().filter(ReturnReceipt.Restock::done).map(ReturnReceipt.Restock::quantity).sum().longValue();
                    for (ReceivedItem item : receipt.items()) {
                        unitsReceived.merge(item.disposition(), item.quantity(), Long::sum);
                        boolean tracked = order.line(item.lineId()).get().stockTracked();
                        restockOnTrackedLines += item.disposition() == Disposition.RESTOCK && tracked ? item.quantity() : 0;
                    }
                }
            }
            for (ReturnReceipt.Refund refund : order.returns().refunds()) {
                paid = refund.owed() ? paid : paid.plus(refund.amount());
                owed = refund.owed() ? owed.plus(refund.amount()) : owed;
            }
            // A line's returned units take its first shares of price, discount and tax: what oms refunds them from.
            returnedValue = order.lines().values().foldLeft(returnedValue, (sum, l) -> sum.plus(l.valueOfUnits(0, l.count(Bucket.RETURNED))));
            gateway = gateway.plus(adapters.payments().refunded(order.id(), Shop.CURRENCY));
        }
        SimulationReport.ReturnTally stored = new SimulationReport.ReturnTally(requested, unitsRequested, approved, rejected, received,
                receipts, unitsReceived);
        Money drawn = zero;
        Money storeCredit = zero;
        long waiting = 0;
        for (Order order : orders) {
            storeCredit = storeCredit.plus(order.returns().credits().total(Shop.CURRENCY));
            for (ExchangeLedger.Exchange x : order.returns().exchanges().byReturn().values()) {
                drawn = drawn.plus(x.drawn());
                waiting += x.replacements().map(id -> order.line(id).get().count(Bucket.ALLOCATED)).sum().longValue();
            }
        }
        return new SimulationReport.Returns(ledger.returns(), stored, ledger.creditedReceipts(), awaited, restocked, restockOnTrackedLines,
                returnedValue, paid, owed, fees, gateway, ledger.exchanges(), drawn, waiting, storeCredit);
    }

    private static Payments payments(List<Order> orders, InMemoryAdapters adapters, HostLedger ledger) {
        Money captured = Money.zero(Shop.CURRENCY);
        Money shippedCardValue = Money.zero(Shop.CURRENCY);
        Money cash = Money.zero(Shop.CURRENCY);
        Money deliveredCashValue = Money.zero(Shop.CURRENCY);
        for (Order order : orders) {
            captured = captured.plus(adapters.payments().captured(order.id(), Shop.CURRENCY));
            if (ledger.paysCashOnDelivery(order.id())) {
                // A unit returned was delivered and paid in cash first; what it is paid back as store credit is the returns'.
                deliveredCashValue = deliveredCashValue.plus(valueOf(order, Bucket.DELIVERED)).plus(valueOf(order, Bucket.RETURNED));
                cash = cash.plus(cashCollected(order, adapters));
            } else {
                // A returned unit was shipped and captured; its refund is a separate figure (the returns').
                shippedCardValue = shippedCardValue.plus(valueOf(order, Bucket.SHIPPED)).plus(valueOf(order, Bucket.DELIVERED))
                        .plus(valueOf(order, Bucket.RETURNED));
            }
        }
        return new Payments(ledger.declinedCards(), ledger.retriedCards(), ledger.cashOnDeliveryOrders(), captured,
                shippedCardValue, cash, deliveredCashValue);
    }

    private static Money valueOf(Order order, Bucket bucket) {
        return order.lines().values().foldLeft(Money.zero(Shop.CURRENCY), (sum, line) -> sum.plus(line.priceOf(line.count(bucket))));
    }

    /** Read from the stored events, as a host's reporting job would read its event store. */
    private static Money cashCollected(Order order, InMemoryAdapters adapters) {
        return adapters.orders().load(order.id()).get().commits().stream()
                .map(OrderCommit::events)
                .flatMap(List::stream)
                .filter(CashCollected.class::isInstance)
                .map(event -> ((CashCollected) event).amount())
                .reduce(Money.zero(Shop.CURRENCY), Money::plus);
    }

    private static List<StockRow> stock(List<Order> orders, InMemoryAdapters adapters, HostLedger ledger) {
        Map<LocationId, Map<Sku, Long>> opening = Shop.openingStock();
        List<StockRow> rows = new ArrayList<>();
        for (LocationId warehouse : Shop.WAREHOUSES) {
            for (Shop.Item item : Shop.stocked()) {
                StockLevel level = adapters.inventory().stockAt(item.sku(), warehouse).get();
                rows.add(new StockRow(warehouse, item.sku(), opening.get(warehouse).get(item.sku()),
                        ledger.received(item.sku(), warehouse), ledger.adjusted(item.sku(), warehouse),
                        ledger.restocked(item.sku(), warehouse), level.onHand(),
                        level.reserved(), shippedFrom(orders, warehouse, item.sku()), heldAt(orders, warehouse, item.sku())));
            }
        }
        return rows;
    }

    private static long shippedFrom(List<Order> orders, LocationId warehouse, Sku sku) {
        long shipped = 0;
        for (Order order : orders) {
            for (OrderPackage pkg : order.packages().values().filter(p -> p.isShipped() && p.location().equals(warehouse))) {
                shipped += pkg.contents()
                        .filter(item -> order.line(item.lineId()).get().sku().equals(sku))
                        .map(item -> item.quantity()).sum().longValue();
            }
        }
        return shipped;
    }

    private static long heldAt(List<Order> orders, LocationId warehouse, Sku sku) {
        long held = 0;
        for (Order order : orders) {
            for (Line line : order.lines().values().filter(l -> l.sku().equals(sku))) {
                held += line.count(Bucket.ALLOCATED, warehouse) + line.count(Bucket.PICKED, warehouse)
                        + line.count(Bucket.PACKED, warehouse);
            }
        }
        return held;
    }

    private static SortedMap<Notification.Kind, Integer> notifications(InMemoryAdapters adapters) {
        SortedMap<Notification.Kind, Integer> byKind = new TreeMap<>();
        adapters.notifications().delivered().forEach(n -> byKind.merge(n.kind(), 1, Integer::sum));
        return byKind;
    }
}
