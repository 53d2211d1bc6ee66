// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.core.allocation.AllocationPlan.LineShortfall;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.routing.RoutingRequest.RequestedLine;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Pickup;
import dev.oms.spi.value.Sku;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;

/**
 * The routing an operator is shown for a click-and-collect order, as {@code PickupAllocation} plans it: each line
 * first takes what its store has (the order's own units there counted back); without transfer the rest is short
 * and no other location is asked; with transfer the host's routing places the rest on the other locations. Pure.
 */
public final class PickupRouting {
    private PickupRouting() {}

    /**
     * The decision for the order's units not yet picked.
     *
     * @param order a click-and-collect order
     * @param routing the host's routing, for the units the store lacks when transfer is allowed
     * @param locations every known location
     * @param stock the stock levels of the order's SKUs now
     * @return the decision, the store's trace first
     */
    public static RoutingDecision explain(Order order, RoutedAllocation routing, List<Location> locations, List<StockLevel> stock) {
        Pickup pickup = order.pickup().getOrElseThrow(() -> new IllegalArgumentException("order " + order.id() + " is not collected"));
        LocationId store = pickup.store();
        List<StockLevel> shown = RoutedAllocation.withOwnReservations(order, stock);
        boolean open = locations.exists(l -> l.id().equals(store) && l.active());
        java.util.Map<Sku, Long> shelf = new java.util.HashMap<>();
        shown.filter(s -> open && s.locationId().equals(store)).forEach(s -> shelf.merge(s.sku(), s.available(), Long::sum));
        List<Assignment> atStore = List.empty();
        List<RequestedLine> rest = List.empty();
        for (Line line : order.lines().valuesIterator().filter(l -> units(l) > 0)) {
            long take = Math.min(units(line), Math.max(0, shelf.getOrDefault(line.sku(), 0L)));
            if (take > 0) {
                atStore = atStore.append(new Assignment(line.id(), line.sku(), store, take));
                shelf.merge(line.sku(), -take, Long::sum);
            }
            if (units(line) > take) {
                rest = rest.append(new RequestedLine(line.id(), line.sku(), units(line) - take));
            }
        }
        CandidateTrace storeTrace = new CandidateTrace(store, LinkedHashMap.empty(), atStore.isEmpty() ? 0 : 1,
                atStore.isEmpty() ? Verdict.NO_STOCK : Verdict.CHOSEN, !open ? "the pickup store is paused"
                        : "the pickup store serves its own order first, " + atStore.map(Assignment::quantity).sum() + " units");
        if (rest.isEmpty() || !pickup.transferAllowed()) {
            List<LineShortfall> missing = rest.map(r -> new LineShortfall(r.lineId(), r.sku(), units(order.line(r.lineId()).get()), r.quantity()));
            List<CandidateTrace> others = locations.filter(l -> !l.id().equals(store)).map(l -> new CandidateTrace(l.id(),
                    LinkedHashMap.empty(), 0, Verdict.EXCLUDED, "collected at " + store + (pickup.transferAllowed()
                            ? ": the store has every unit" : " without transfer: only the store serves it")));
            return new RoutingDecision("pickup at " + store, atStore, missing, others.prepend(storeTrace));
        }
        RoutingRequest placed = routing.requestFor(order);
        RoutingDecision transfer = routing.route(new RoutingRequest(rest, placed.destination(), placed.channel(), placed.shipTogether()),
                locations.filter(l -> !l.id().equals(store)), shown.filter(s -> !s.locationId().equals(store)));
        List<LineShortfall> shortfalls = transfer.shortfalls().map(s -> new LineShortfall(s.lineId(), s.sku(),
                units(order.line(s.lineId()).get()), s.missing()));
        return new RoutingDecision(transfer.strategy() + ", after pickup at " + store, atStore.appendAll(transfer.assignments()),
                shortfalls, transfer.trace().prepend(storeTrace));
    }

    private static long units(Line line) {
        return line.count(Bucket.PENDING) + line.count(Bucket.ALLOCATED);
    }
}
