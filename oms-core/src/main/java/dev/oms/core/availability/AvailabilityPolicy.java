// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.Sku;
import dev.oms.spi.value.LocationId;
import io.vavr.collection.List;
import io.vavr.collection.Map;

/**
 * Works out a SKU's availability to promise from the locations and their stock. A pure function.
 *
 * <p>The facade passes the stock as a new order would be shown it (units owed to the SKU's restock queue
 * counted as reserved; none before an announced product's release), and the {@link Headroom} its
 * pre-order and backorder policies leave, so that what is promised is what placement accepts. A host
 * policy plugged into the facade's builder may promise less, or add units not on hand yet (expected
 * receipts) by overriding {@link #of(Sku, List, List, Headroom)}.
 */
@FunctionalInterface
public interface AvailabilityPolicy {

    /**
     * What may be promised from the stock given.
     *
     * @param sku the SKU
     * @param locations the locations to count, active or not: every known location unless the storefront's
     *     {@link AvailabilityQuery} narrows them to a subset or to those serving a destination
     * @param stock stock levels as a new order would be shown them
     * @return the SKU's availability from stock, with no headroom
     */
    AvailableToPromise of(Sku sku, List<Location> locations, List<StockLevel> stock);

    /**
     * What may be promised from the stock and beyond it; by default the stock's answer with the headroom.
     *
     * @param sku the SKU
     * @param locations the locations to count, active or not
     * @param stock stock levels as a new order would be shown them
     * @param headroom what the pre-order and backorder policies allow beyond the stock
     * @return the SKU's availability
     */
    default AvailableToPromise of(Sku sku, List<Location> locations, List<StockLevel> stock, Headroom headroom) {
        return of(sku, locations, stock).withHeadroom(headroom);
    }

    /**
     * On hand less reserved (orders and live holds) less ring-fenced, per location; the total over active
     * locations. Stock at a location the host does not list is not promised.
     *
     * @return the default policy
     */
    static AvailabilityPolicy fromStock() {
        return (sku, locations, stock) -> {
            Map<LocationId, Location> byId = locations.toMap(Location::id, l -> l);
            List<LocationAvailability> byLocation = stock
                    .filter(level -> level.sku().equals(sku))
                    .flatMap(level -> byId.get(level.locationId()).map(l -> LocationAvailability.of(level, l.active())))
                    .sortBy(LocationAvailability::locationId);
            long total = byLocation.map(LocationAvailability::promisable).sum().longValue();
            return new AvailableToPromise(sku, byLocation, total);
        };
    }
}
