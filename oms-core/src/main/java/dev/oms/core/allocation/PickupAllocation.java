// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import dev.oms.core.allocation.AllocationPlan.LineShortfall;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Pickup;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;

/**
 * Where a click-and-collect order's units come from, around the host's policy, which plans every other order
 * as before. The facade puts every plan through it (placement, allocation, re-routing, restock fills), so the
 * destination is respected in this one place:
 * <ol>
 *   <li>each line takes what it can from its pickup store's own stock, while the store is active: those units
 *       travel nowhere (the store need not ship parcels to customers);
 *   <li>without transfer, what the store lacks is the line's shortfall, backordered or refused like any other,
 *       and filled later from the store's stock only;
 *   <li>with transfer, the host's policy plans what the store lacks on the other locations (those it would
 *       ship from), and their parcels go to the store, whose address is the order's ship-to.
 * </ol>
 * Pure, as every policy.
 */
public final class PickupAllocation implements AllocationPolicy {
    private final AllocationPolicy delivery;

    private PickupAllocation(AllocationPolicy delivery) {
        this.delivery = delivery;
    }

    /**
     * {@return the policy that plans pickup orders as described above, and every other order by {@code delivery}}
     *
     * @param delivery the host's policy
     */
    public static AllocationPolicy around(AllocationPolicy delivery) {
        return delivery instanceof PickupAllocation ? delivery : new PickupAllocation(delivery);
    }

    /**
     * Whether an order's units may be at a location: its pickup store always; any other that ships to customers,
     * unless the order is collected without transfer, which only its store serves. What every decision that places
     * an order's units outside the allocation policy (a backorder's location, a dropship supplier, a move) asks.
     *
     * @param order the order
     * @param location the location
     * @return whether the location may hold the order's units
     */
    public static boolean mayServe(Order order, Location location) {
        if (order.pickup().exists(p -> p.store().equals(location.id()))) {
            return true;
        }
        return location.shipsToCustomers() && !order.pickup().exists(p -> !p.transferAllowed());
    }

    @Override
    public AllocationPlan plan(Order order, List<Location> locations, List<StockLevel> stock) {
        if (order.pickup().isEmpty()) {
            return delivery.plan(order, locations, stock);
        }
        Pickup pickup = order.pickup().get();
        LocationId store = pickup.store();
        boolean open = locations.exists(l -> l.id().equals(store) && l.active());
        // Lines sharing a SKU draw on the same shelf: a running tally (local, so the function stays pure).
        java.util.Map<Sku, Long> shelf = new java.util.HashMap<>();
        stock.filter(s -> open && s.locationId().equals(store)).forEach(s -> shelf.merge(s.sku(), s.available(), Long::sum));
        List<Reservation> atStore = List.empty();
        Order rest = order;
        for (Line line : order.lines().valuesIterator()) {
            long take = Math.min(line.count(Bucket.PENDING), Math.max(0, shelf.getOrDefault(line.sku(), 0L)));
            if (take > 0) {
                atStore = atStore.append(new Reservation(line.id(), line.sku(), store, take));
                shelf.merge(line.sku(), -take, Long::sum);
                rest = OrderEvolution.apply(rest, new UnitsAllocated(line.id(), store, take));
            }
        }
        if (!pickup.transferAllowed()) {
            return AllocationPlan.of(atStore, shortfalls(order, rest));
        }
        AllocationPlan transfer = rest.units(Bucket.PENDING) == 0 ? AllocationPlan.of(List.empty(), List.empty())
                : delivery.plan(rest, locations.filter(l -> !l.id().equals(store)), stock.filter(s -> !s.locationId().equals(store)));
        // A shortfall counts against the line's pending units, as if the policy had planned the store's share too.
        List<LineShortfall> shortfalls = transfer.shortfalls().map(s -> new LineShortfall(s.lineId(), s.sku(),
                order.line(s.lineId()).get().count(Bucket.PENDING), s.missing()));
        return AllocationPlan.of(atStore.appendAll(transfer.reservations()), shortfalls);
    }

    /** Per line, what is still pending once the store gave what it has. */
    private static List<LineShortfall> shortfalls(Order order, Order rest) {
        return rest.lines().valuesIterator().toList().filter(l -> l.count(Bucket.PENDING) > 0)
                .map(l -> new LineShortfall(l.id(), l.sku(), order.line(l.id()).get().count(Bucket.PENDING), l.count(Bucket.PENDING)));
    }
}
