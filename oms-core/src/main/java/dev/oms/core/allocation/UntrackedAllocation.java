// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Pickup;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * Where the pending units of an order's untracked lines (digital goods, services, made to order) go. They
 * need no stock, so they are never planned by the {@link AllocationPolicy}, never short, never queued:
 * they are allocated at once, without an inventory call, at one location, and then picked, packed and
 * shipped from there like any other unit. Pure.
 *
 * <p>The location is the one the order's goods ship from, so that an untracked item (a gift card, a
 * printed voucher, a warranty leaflet) travels in the same shipment as the goods it came with rather
 * than making a shipment of its own, and routing decides by the tracked lines alone:
 * <ol>
 *   <li>where the tracked reservations planned with it put most of the order's units;
 *   <li>else where the order already holds most units in the warehouse (allocated, picked, packed);
 *   <li>else the host's most preferred active location that is not a supplier (the location
 *       {@link LocationPriorityAllocation} ranks first), then any such location, paused or not.
 * </ol>
 * A click-and-collect order's untracked units are allocated at its pickup store, unless the store failed it.
 * Ties go to the host's order of preference ({@link LocationPriorityAllocation#preference}). A location
 * that failed the order (re-routing) is never chosen.
 */
public final class UntrackedAllocation {
    private UntrackedAllocation() {}

    /**
     * {@return whether a reservation is for an untracked line of the order}: such a reservation is never
     * sent to the inventory; its units are allocated at once
     *
     * @param order the order
     * @param reservation a reservation naming one of its lines
     */
    public static boolean untracked(Order order, Reservation reservation) {
        return order.line(reservation.lineId()).exists(line -> !line.stockTracked());
    }

    /**
     * The allocations of every pending unit of the order's untracked lines, as reservations (which
     * {@link AllocationRules} turns into allocations without an inventory call), at the location chosen
     * as the class description says; empty when no location is known at all.
     *
     * @param order the order
     * @param planned the reservations planned for its tracked lines in the same decision
     * @param locations every known location
     * @return the allocations, one per untracked line with pending units
     */
    public static List<Reservation> of(Order order, List<Reservation> planned, List<Location> locations) {
        List<Line> lines = order.lines().valuesIterator().toList().filter(l -> !l.stockTracked() && l.count(Bucket.PENDING) > 0);
        if (lines.isEmpty()) {
            return List.empty();
        }
        Option<LocationId> at = location(order, planned.filter(r -> !untracked(order, r)), locations);
        return at.map(location -> lines.map(l -> new Reservation(l.id(), l.sku(), location, l.count(Bucket.PENDING))))
                .getOrElse(List.empty());
    }

    private static Option<LocationId> location(Order order, List<Reservation> planned, List<Location> locations) {
        Option<LocationId> store = order.pickup().map(Pickup::store)
                .filter(id -> !order.failedLocations().contains(id) && locations.exists(l -> l.id().equals(id)));
        if (store.isDefined()) {
            return store; // collected at the store with the goods, whichever location sends those
        }
        List<LocationId> preference = LocationPriorityAllocation.preference(locations)
                .filter(id -> !order.failedLocations().contains(id));
        List<LocationId> byPlan = mostUnits(preference, id -> planned.filter(r -> r.locationId().equals(id))
                .map(Reservation::quantity).sum().longValue());
        if (!byPlan.isEmpty()) {
            return byPlan.headOption();
        }
        List<LocationId> byOrder = mostUnits(preference, id -> order.lines().valuesIterator()
                .map(l -> l.count(Bucket.ALLOCATED, id) + l.count(Bucket.PICKED, id) + l.count(Bucket.PACKED, id))
                .sum().longValue());
        if (!byOrder.isEmpty()) {
            return byOrder.headOption();
        }
        List<Location> shipping = locations.filter(l -> l.type() != LocationType.SUPPLIER && !order.failedLocations().contains(l.id()));
        List<LocationId> ranked = LocationPriorityAllocation.preference(shipping.filter(Location::active))
                .appendAll(LocationPriorityAllocation.preference(shipping));
        return ranked.headOption();
    }

    /** The locations with the most units, in the order given; empty when none has any. */
    private static List<LocationId> mostUnits(List<LocationId> preference, java.util.function.Function<LocationId, Long> units) {
        long most = preference.map(units).max().getOrElse(0L);
        return most == 0 ? List.empty() : preference.filter(id -> units.apply(id) == most);
    }
}
