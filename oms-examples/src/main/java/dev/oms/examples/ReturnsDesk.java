// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.application.ReturnDecision;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.returns.ReturnPolicy;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.payment.RefundTender;
import dev.oms.spi.order.Page;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The returns desk, the week after the trading day: about one in {@link #ONE_IN} customers of a delivered card-paid
 * order (drawn from the seed) sends some of the everyday products back, each line with a reason. The desk rejects
 * every {@link #REJECT_EVERY}th return (the goods were used) and approves the rest; approved parcels arrive at a
 * warehouse and are inspected, the reason deciding the disposition, every other one in two receipts. The customer of
 * the first delivered cash-on-delivery order sends a unit back too; there is no card to refund, so the desk pays it back as
 * store credit (the shop's store-credit port, the in-memory one here).
 * Every {@link #EXCHANGE_EVERY}th card-paying customer exchanges a unit instead ({@link ExchangeDesk}); the exchanged unit
 * arrives with the returns. The stories' products are never returned, so that the stories end as scripted.
 */
final class ReturnsDesk {
    /** The shop's policy, given to the facade's builder: 30 days, and a 10% fee kept on units put back on sale. */
    static final ReturnPolicy POLICY = ReturnPolicy.withinDays(30).withRestockingFee(1_000);
    static final int ONE_IN = 12;
    static final int REJECT_EVERY = 5;
    /** Every this many card-paying customers who send something back ask for an exchange instead. */
    static final int EXCHANGE_EVERY = 3;

    /** A customer's reason, and what the inspection then decides for the unit. */
    private record Reason(String text, Disposition disposition) {}

    private static final List<Reason> REASONS = List.of(
            new Reason("no longer needed", Disposition.RESTOCK),
            new Reason("not as pictured", Disposition.RESTOCK),
            new Reason("ordered the wrong one", Disposition.RESTOCK),
            new Reason("damaged in transit", Disposition.WRITE_OFF),
            new Reason("scratched", Disposition.REFURBISH),
            new Reason("faulty", Disposition.RETURN_TO_VENDOR));
    private static final Set<Sku> EVERYDAY = Shop.ITEMS.stream().map(Shop.Item::sku).collect(Collectors.toSet());

    private final OrderManagement oms;
    private final SettableClock clock;
    private final Random random;
    private final HostLedger ledger;
    // The desk's own notes, which the audit compares with the returns oms stored.
    private int requested;
    private long unitsRequested;
    private int approvedReturns;
    private int rejected;
    private int received;
    private int receipts;
    private int creditedReceipts;
    private int cardCustomers;
    private final ExchangeDesk exchanges;
    private final SortedMap<Disposition, Long> unitsReceived = new TreeMap<>();

    ReturnsDesk(OrderManagement oms, SettableClock clock, Random random, HostLedger ledger) {
        this.oms = oms;
        this.clock = clock;
        this.random = random;
        this.ledger = ledger;
        this.exchanges = new ExchangeDesk(oms);
    }

    /** The week's returns, requested and answered one day, received two days later; the tally goes to the ledger. */
    void week() {
        clock.advance(Duration.ofDays(1));
        List<Order> delivered = Page.all(oms.queries()::orderIds).stream().map(id -> oms.queries().find(id).get())
                .filter(order -> !everydayDelivered(order).isEmpty()).toList();
        List<Open> approved = new ArrayList<>();
        boolean cashTried = false;
        for (Order order : delivered) {
            boolean cash = ledger.paysCashOnDelivery(order.id());
            if (cash ? cashTried : random.nextInt(ONE_IN) != 0) {
                continue;
            }
            cashTried |= cash;
            if (!cash && ++cardCustomers % EXCHANGE_EVERY == 0) {
                Line line = everydayDelivered(order).get(0);
                Optional<ReturnId> exchanged = exchanges.exchange(order, line);
                exchanged.ifPresent(id -> approved.add(new Open(order, id, List.of(new ReturnRequest.Line(line.id(), 1,
                        ExchangeDesk.REASON)), false)));
                exchanged.ifPresent(id -> ledger.replacementsOrdered(1));
                requested += exchanged.isPresent() ? 1 : 0;
                approvedReturns += exchanged.isPresent() ? 1 : 0;
                unitsRequested += exchanged.isPresent() ? 1 : 0;
                continue;
            }
            List<ReturnRequest.Line> lines = request(order, cash);
            ReturnId id = Simulation.expect(oms.returns().request(order.id(), new ReturnRequest("rma:" + order.id(), lines)),
                    "request a return").returnId().orElseThrow();
            requested++;
            unitsRequested += lines.stream().mapToLong(ReturnRequest.Line::quantity).sum();
            ReturnDecision decision = new ReturnDecision("rma-decision:" + id, id, "inspected photos");
            if (!cash && requested % REJECT_EVERY == 0) {
                rejected++;
                Simulation.expect(oms.returns().reject(order.id(), decision), "reject a return");
                continue;
            }
            approvedReturns++;
            Simulation.expect(oms.returns().approve(order.id(), decision), "approve a return");
            approved.add(new Open(order, id, lines, cash));
        }
        clock.advance(Duration.ofDays(2));
        for (int i = 0; i < approved.size(); i++) {
            receive(approved.get(i), i % 2 == 1);
        }
        ledger.returns(new SimulationReport.ReturnTally(requested, unitsRequested, approvedReturns, rejected, received, receipts,
                unitsReceived), creditedReceipts);
        ledger.exchanges(exchanges.tally());
    }

    /** The lines a customer sends back: the first delivered everyday line, and each further one with even odds. */
    private List<ReturnRequest.Line> request(Order order, boolean cash) {
        List<Line> lines = everydayDelivered(order);
        List<ReturnRequest.Line> asked = new ArrayList<>();
        for (int i = 0; i < lines.size() && (cash ? asked.isEmpty() : i == 0 || random.nextBoolean()); i++) {
            Line line = lines.get(i);
            long units = cash ? 1 : 1 + random.nextInt((int) Math.min(2, line.count(Bucket.DELIVERED)));
            asked.add(new ReturnRequest.Line(line.id(), units, REASONS.get(random.nextInt(REASONS.size())).text()));
        }
        return asked;
    }

    /** The parcel arrives at a warehouse; {@code inTwo}: its units come in two receipts, the first unit first. */
    private void receive(Open open, boolean inTwo) {
        LocationId at = Shop.WAREHOUSES.get(random.nextInt(Shop.WAREHOUSES.size()));
        List<ReturnArrival.Line> all = open.lines().stream()
                .map(line -> new ReturnArrival.Line(line.lineId(), line.quantity(), disposition(line.reason()))).toList();
        List<List<ReturnArrival.Line>> parts = inTwo && units(all) >= 2 ? split(all) : List.of(all);
        for (int n = 0; n < parts.size(); n++) {
            List<ReturnArrival.Line> lines = parts.get(n);
            // Cash on delivery has no card to refund: it is paid back as store credit.
            Either<Rejection, Order> received = oms.returns().receive(open.order().id(), new ReturnArrival("rma-in:" + open.id()
                    + ":" + (n + 1), open.id(), at, lines, open.cash() ? RefundTender.STORE_CREDIT : RefundTender.ORIGINAL_PAYMENT));
            Simulation.expect(received, "receive a return");
            creditedReceipts += open.cash() ? 1 : 0;
            receipts++;
            for (ReturnArrival.Line line : lines) {
                unitsReceived.merge(line.disposition(), line.quantity(), Long::sum);
                if (line.disposition() == Disposition.RESTOCK) {
                    ledger.restocked(open.order().line(line.lineId()).get().sku(), at, line.quantity());
                }
            }
        }
        received++;
    }

    /** One unit of the first line, then the rest. */
    private static List<List<ReturnArrival.Line>> split(List<ReturnArrival.Line> all) {
        ReturnArrival.Line first = all.get(0);
        List<ReturnArrival.Line> rest = new ArrayList<>();
        if (first.quantity() > 1) {
            rest.add(new ReturnArrival.Line(first.lineId(), first.quantity() - 1, first.disposition()));
        }
        rest.addAll(all.subList(1, all.size()));
        return List.of(List.of(new ReturnArrival.Line(first.lineId(), 1, first.disposition())), rest);
    }

    private static long units(List<ReturnArrival.Line> lines) {
        return lines.stream().mapToLong(ReturnArrival.Line::quantity).sum();
    }

    private static Disposition disposition(String reason) {
        return REASONS.stream().filter(r -> r.text().equals(reason)).findFirst().orElseThrow().disposition();
    }

    /** The order's lines of everyday products with units delivered, in line order. */
    private static List<Line> everydayDelivered(Order order) {
        return order.lines().values().filter(l -> EVERYDAY.contains(l.sku()) && l.count(Bucket.DELIVERED) > 0).toJavaList();
    }

    /** An approved return waiting for its parcel. */
    private record Open(Order order, ReturnId id, List<ReturnRequest.Line> lines, boolean cash) {}
}
