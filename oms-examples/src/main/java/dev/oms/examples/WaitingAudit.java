// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.core.order.Transitions;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.examples.WaitingReport.Exit;
import dev.oms.examples.WaitingReport.Indents;
import dev.oms.examples.WaitingReport.Queue;
import dev.oms.examples.WaitingReport.QueuedUnits;
import dev.oms.examples.WaitingReport.RingFence;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.IndentEvent.PurchaseGoodsReceived;
import dev.oms.spi.event.IndentEvent.PurchaseRequested;
import dev.oms.spi.event.IndentEvent.SupplierConfirmed;
import dev.oms.spi.event.IndentEvent.SupplierShortfallSettled;
import dev.oms.spi.event.WaitingEvent.UnitsBackordered;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.event.WaitingEvent.WaitingUnitsFilled;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the waiting units into a {@link WaitingReport}: replays every order's stored events as a host's
 * reporting job would, and compares them with the orders oms rebuilds and with the host's receipts.
 */
final class WaitingAudit {
    private WaitingAudit() {}

    static WaitingReport of(List<Order> orders, InMemoryAdapters adapters, HostLedger ledger) {
        List<QueuedUnits> queue = new ArrayList<>();
        Set<OrderId> indentOrders = new TreeSet<>();
        Set<Sku> purchaseSkus = new TreeSet<>();
        int purchases = 0;
        long requested = 0;
        long committed = 0;
        long received = 0;
        for (int placement = 0; placement < orders.size(); placement++) {
            Order order = orders.get(placement);
            Map<String, Draft> drafts = new LinkedHashMap<>();
            for (OrderCommit commit : adapters.orders().load(order.id()).get().commits()) {
                for (OrderEvent event : commit.events()) {
                    queued(event, commit.recordedAt(), drafts);
                    if (event instanceof PurchaseRequested purchase) {
                        purchases++;
                        requested += purchase.quantity();
                        indentOrders.add(order.id());
                        purchaseSkus.add(purchase.sku());
                    } else if (event instanceof SupplierConfirmed confirmed) {
                        committed += confirmed.committed();
                    } else if (event instanceof PurchaseGoodsReceived goods) {
                        received += goods.quantity();
                    }
                }
            }
            for (Draft draft : drafts.values()) {
                Line line = order.line(draft.line).get();
                queue.add(new QueuedUnits(order.id(), placement, draft.line, line.sku(), draft.queue, draft.queuedAt,
                        draft.units, draft.exits, line.count(draft.queue)));
            }
        }
        List<RingFence> fences = new ArrayList<>();
        for (Sku sku : purchaseSkus) {
            for (LocationId warehouse : Shop.WAREHOUSES) {
                fences.add(ringFence(sku, warehouse, orders, indentOrders, ledger));
            }
        }
        return new WaitingReport(total(queue, Bucket.PREORDERED), total(queue, Bucket.BACKORDERED),
                new Indents(purchases, requested, committed, received), queue, fences);
    }

    /** Follows units into and out of the restock queues. */
    private static void queued(OrderEvent event, Instant at, Map<String, Draft> drafts) {
        if (event instanceof UnitsPreordered preordered) {
            draft(drafts, preordered.lineId(), Bucket.PREORDERED, at).units += preordered.quantity();
        } else if (event instanceof UnitsBackordered backordered) {
            draft(drafts, backordered.lineId(), Bucket.BACKORDERED, at).units += backordered.quantity();
        } else if (event instanceof SupplierShortfallSettled settled && settled.to() == Bucket.BACKORDERED) {
            draft(drafts, settled.lineId(), Bucket.BACKORDERED, at).units += settled.quantity();
        } else if (event instanceof WaitingUnitsFilled filled) {
            draft(drafts, filled.lineId(), filled.from(), at).exits.add(new Exit(at, true, filled.quantity()));
        } else if (event instanceof UnitsCancelled cancelled && Transitions.waiting(cancelled.from())) {
            draft(drafts, cancelled.lineId(), cancelled.from(), at).exits.add(new Exit(at, false, cancelled.quantity()));
        }
    }

    private static Draft draft(Map<String, Draft> drafts, LineId line, Bucket queue, Instant at) {
        return drafts.computeIfAbsent(line + "/" + queue, key -> new Draft(line, queue, at));
    }

    private static Queue total(List<QueuedUnits> queue, Bucket bucket) {
        List<QueuedUnits> in = queue.stream().filter(units -> units.queue() == bucket).toList();
        return new Queue((int) in.stream().map(QueuedUnits::order).distinct().count(),
                in.stream().mapToLong(QueuedUnits::units).sum(), in.stream().mapToLong(QueuedUnits::filled).sum(),
                in.stream().mapToLong(QueuedUnits::cancelled).sum(), in.stream().mapToLong(QueuedUnits::waitingNow).sum());
    }

    private static RingFence ringFence(Sku sku, LocationId warehouse, List<Order> orders, Set<OrderId> indentOrders,
            HostLedger ledger) {
        long toIndent = 0;
        long toOthers = 0;
        for (Order order : orders) {
            long units = servedAt(order, sku, warehouse);
            if (indentOrders.contains(order.id())) {
                toIndent += units;
            } else {
                toOthers += units;
            }
        }
        long forPurchases = ledger.receivedForPurchases(sku, warehouse);
        // Returned units put back on sale are ordinary stock too: nobody bought them from the supplier.
        long ordinary = Shop.openingStock().get(warehouse).get(sku) + ledger.received(sku, warehouse) + ledger.restocked(sku, warehouse)
                - forPurchases;
        return new RingFence(sku, warehouse, ordinary, forPurchases, toIndent, toOthers);
    }

    /** Units of the SKU held at the warehouse for the order, or shipped from there in its packages. */
    private static long servedAt(Order order, Sku sku, LocationId warehouse) {
        long served = 0;
        for (Line line : order.lines().values().filter(l -> l.sku().equals(sku))) {
            served += line.count(Bucket.ALLOCATED, warehouse) + line.count(Bucket.PICKED, warehouse)
                    + line.count(Bucket.PACKED, warehouse);
        }
        for (OrderPackage pkg : order.packages().values().filter(p -> p.isShipped() && p.location().equals(warehouse))) {
            served += pkg.contents().filter(item -> order.line(item.lineId()).get().sku().equals(sku))
                    .map(item -> item.quantity()).sum().longValue();
        }
        return served;
    }

    /** A line's units in one queue, gathered while the events are replayed. */
    private static final class Draft {
        private final LineId line;
        private final Bucket queue;
        private final Instant queuedAt;
        private long units;
        private final List<Exit> exits = new ArrayList<>();

        Draft(LineId line, Bucket queue, Instant queuedAt) {
            this.line = line;
            this.queue = queue;
            this.queuedAt = queuedAt;
        }
    }
}
