// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.availability.HoldPlacement;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.core.routing.Candidate;
import dev.oms.spi.Ports;
import dev.oms.spi.inventory.StockView;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What a checkout hold is placed against, read as placement reads it for an order: every location with the
 * stock a new order is shown (less the units waiting orders and other holds' promises are owed), and the
 * catalogue, policies and demand units are promised under.
 */
final class HoldTerms {
    private final Ports ports;
    private final WaitingOrders waiting;
    private final PreorderPolicy preorders;
    private final BackorderPolicy backorders;

    HoldTerms(Ports ports, WaitingOrders waiting, PreorderPolicy preorders, BackorderPolicy backorders) {
        this.ports = ports;
        this.waiting = waiting;
        this.preorders = preorders;
        this.backorders = backorders;
    }

    /** The candidates and the terms for the request's SKUs, from one read of the locations and their stock. */
    Snapshot of(HoldRequest request) {
        return of(List.ofAll(request.lines()).map(HoldRequest.Units::sku).distinct(), java.util.Set.of());
    }

    /** The candidates and the terms for these SKUs, the promises of {@code exceptHolds} not counted. */
    Snapshot of(List<Sku> skus, java.util.Set<dev.oms.spi.availability.HoldId> exceptHolds) {
        StockView view = ports.inventory().stockView(skus.toJavaList());
        WaitingDemand demand = waiting.demandOf(skus, exceptHolds);
        List<Candidate> candidates = Candidate.of(List.ofAll(view.locations()),
                demand.shownToNewOrders(List.ofAll(view.stock()), List.ofAll(view.locations())));
        return new Snapshot(candidates, new HoldPlacement.Terms(ports.clock().instant(), sku -> Option.ofOptional(ports.catalog().find(sku)),
                preorders, backorders, demand, sku -> List.ofAll(ports.inventory().inTransit(sku))));
    }

    /**
     * Runs the work with the room of the request's SKUs that may wait taken ({@code OrderStore.lockRoom}), so
     * the units it promises are counted before another hold or placement reads them; a request of SKUs that
     * never wait runs as it is.
     */
    <T> T roomLocked(HoldRequest request, java.util.function.Supplier<T> work) {
        return roomLocked(List.ofAll(request.lines()).map(HoldRequest.Units::sku), work);
    }

    /** Runs the work with the room of those of {@code requested} that may wait taken. */
    <T> T roomLocked(List<Sku> requested, java.util.function.Supplier<T> work) {
        java.util.List<Sku> skus = requested.distinct().filter(waiting::mayWait).toJavaList();
        if (skus.isEmpty()) {
            return work.get();
        }
        return ports.orders().atomically(() -> {
            ports.orders().lockRoom(skus);
            return work.get();
        });
    }

    /** The locations with their stock as shown, and the terms. */
    record Snapshot(List<Candidate> candidates, HoldPlacement.Terms terms) {}
}
