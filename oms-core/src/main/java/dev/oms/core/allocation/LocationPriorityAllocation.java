// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.allocation.AllocationPlan.LineShortfall;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import io.vavr.collection.List;
import java.util.Comparator;

/**
 * The default allocation: each line from the host's most preferred active location that can cover all of
 * it (lowest priority number first, location id breaking ties). Only locations that send parcels to customers
 * take part: an order goes to the customer's address, so a pickup-only store's shelves are not for it. Only when no single location can, the
 * line is split over locations in the same order, each giving what it has, so lines split as rarely as
 * priority allows. What no location has is reported as the line's shortfall.
 */
public final class LocationPriorityAllocation implements AllocationPolicy {

    private static final Comparator<Location> PREFERENCE =
            Comparator.comparingInt(Location::priority).thenComparing(l -> l.id().value());

    /**
     * Every location, paused ones too, in the host's order of preference: most preferred first, as this
     * policy and {@link dev.oms.core.routing.Strategies#priority()} rank them. What a partial cancel gives up
     * last.
     *
     * @param locations the locations
     * @return their ids, most preferred first
     */
    public static List<LocationId> preference(List<Location> locations) {
        return locations.sorted(PREFERENCE).map(Location::id);
    }

    @Override
    public AllocationPlan plan(Order order, List<Location> locations, List<StockLevel> stock) {
        List<Location> ranked = locations.filter(Location::active).filter(Location::shipsToCustomers).sorted(PREFERENCE);
        // Lines sharing a SKU draw on the same stock: a running tally (local, so the function stays pure).
        java.util.Map<String, Long> left = new java.util.HashMap<>();
        stock.forEach(s -> left.put(key(s.sku().code(), s.locationId()), s.available()));
        List<Reservation> plan = List.empty();
        List<LineShortfall> shortfalls = List.empty();
        for (Line line : order.lines().valuesIterator()) {
            long needed = line.count(Bucket.PENDING);
            if (needed == 0) {
                continue;
            }
            String sku = line.sku().code();
            Location whole = ranked.find(l -> left.getOrDefault(key(sku, l.id()), 0L) >= needed).getOrNull();
            List<Reservation> forLine = List.empty();
            long stillNeeded = needed;
            for (Location location : whole != null ? List.of(whole) : ranked) {
                long take = Math.min(left.getOrDefault(key(sku, location.id()), 0L), stillNeeded);
                if (take > 0) {
                    forLine = forLine.append(new Reservation(line.id(), line.sku(), location.id(), take));
                    stillNeeded -= take;
                }
            }
            if (stillNeeded > 0) {
                shortfalls = shortfalls.append(new LineShortfall(line.id(), line.sku(), needed, stillNeeded));
            }
            forLine.forEach(r -> left.merge(key(sku, r.locationId()), -r.quantity(), Long::sum));
            plan = plan.appendAll(forLine);
        }
        return AllocationPlan.of(plan, shortfalls);
    }

    private static String key(String sku, LocationId location) {
        return sku + "@" + location.value();
    }
}
