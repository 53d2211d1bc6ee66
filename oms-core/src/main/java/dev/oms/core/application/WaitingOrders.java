// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.catalog.Product;

import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.indent.SupplierShortfall;
import dev.oms.core.order.Order;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.availability.PromisedUnits;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.order.WaitingLines;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.Optional;

/**
 * The restock queues, read from the order store's waiting-lines read model ({@link WaitingLines}), kept with
 * every commit: reading a queue costs the lines waiting for that SKU, never a scan of the stored orders. It is
 * read only for SKUs whose units may wait at all (announced, backorderable, or backordered when a supplier
 * falls short), so shops that use none of that read nothing.
 */
final class WaitingOrders {
    private static final WaitingLines EMPTY = new WaitingLines() {
        @Override
        public java.util.List<WaitingLine> waitingFor(Sku sku) {
            return java.util.List.of();
        }

        @Override
        public java.util.List<Sku> skusWaiting() {
            return java.util.List.of();
        }
    };
    private final CommandExecution execution;
    private final OrderStore orders;
    private final Catalog catalog;
    private final BackorderPolicy backorders;
    private final IndentPolicy indents;
    private final Option<HoldStore> holds;
    private final Clock clock;

    WaitingOrders(CommandExecution execution, OrderStore orders, Catalog catalog, BackorderPolicy backorders,
            IndentPolicy indents, Option<HoldStore> holds, Clock clock) {
        this.holds = holds;
        this.clock = clock;
        this.execution = execution;
        this.orders = orders;
        this.catalog = catalog;
        this.backorders = backorders;
        this.indents = indents;
    }

    /**
     * Whether units of the SKU can be in a restock queue under the current settings. A host that stops
     * allowing backorders for a SKU while units still wait should let the queue drain first: from then
     * on new orders no longer see the waiting units.
     */
    boolean mayWait(Sku sku) {
        return backorders.mayBackorder(sku)
                || catalog.find(sku).flatMap(Product::releasesAt).isPresent()
                || indents.onShortfall(sku) == SupplierShortfall.BACKORDER;
    }

    /**
     * Every queue entry of these SKUs, in any order other than {@code except}, and the units live checkout holds
     * promise of them: what caps, limits and the stock shown to a new order count.
     */
    WaitingDemand demandFor(List<Sku> skus, OrderId except) {
        return demand(skus, Optional.of(except), java.util.Set.of());
    }

    /**
     * The queues of these SKUs, and the units live holds other than {@code exceptHolds} promise of them: what a hold
     * counts against, and what a checkout is shown (its own holds excepted).
     */
    WaitingDemand demandOf(List<Sku> skus, java.util.Set<HoldId> exceptHolds) {
        return demand(skus, Optional.empty(), exceptHolds);
    }

    private WaitingDemand demand(List<Sku> skus, Optional<OrderId> exceptOrder, java.util.Set<HoldId> exceptHolds) {
        List<Sku> waitable = skus.distinct().filter(this::mayWait);
        return new WaitingDemand(waitable.flatMap(sku -> orders.waitingTotals(sku, exceptOrder)),
                waitable.flatMap(sku -> promisedOf(sku, exceptHolds)));
    }

    /** The units of the SKU live holds promise without stock, read only for a SKU whose units may wait. */
    List<PromisedUnits> promisedOf(Sku sku, java.util.Set<HoldId> except) {
        if (holds.isEmpty() || !mayWait(sku)) {
            return List.empty();
        }
        return List.ofAll(holds.get().livePromising(sku, clock.instant())).filter(h -> !except.contains(h.id()))
                .flatMap(Hold::promised).filter(p -> p.sku().equals(sku));
    }

    /** The queue of one SKU, in queue order, read as far as the walker goes; empty for a SKU whose units cannot wait. */
    QueueWalk walk(Sku sku) {
        return new QueueWalk(mayWait(sku) ? orders : EMPTY, sku);
    }

    /** The units of the SKU waiting in orders, summed (no holds): what tells a restock where to stop. */
    WaitingDemand waitingInOrders(Sku sku) {
        return new WaitingDemand(mayWait(sku) ? List.ofAll(orders.waitingTotals(sku, Optional.empty())) : List.empty(),
                List.empty());
    }

    /** Orders with pre-ordered units of the SKU, each once, in queue order. */
    List<Order> preorderedOf(Sku sku) {
        return List.ofAll(orders.waitingFor(sku)).filter(w -> w.bucket() == Bucket.PREORDERED)
                .map(WaitingLine::orderId).distinct().flatMap(execution::loadIsolated)
                .filter(o -> o.lines().valuesIterator().exists(l -> l.sku().equals(sku) && l.count(Bucket.PREORDERED) > 0));
    }
}
