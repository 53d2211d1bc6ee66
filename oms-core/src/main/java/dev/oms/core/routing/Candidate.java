// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import java.util.HashMap;
import java.util.Map;

/**
 * A location routing may use, with the units of each SKU it has available to promise.
 *
 * @param location the location
 * @param available available units per SKU; SKUs it has no record of count as zero
 */
public record Candidate(Location location, Map<Sku, Long> available) {

    /**
     * Copies the stock and checks no count is negative.
     *
     * @param location the location
     * @param available available units per SKU
     */
    public Candidate {
        Require.nonNull(location, "location");
        available = Map.copyOf(Require.nonNull(available, "available"));
        available.forEach((sku, units) -> {
            if (units < 0) {
                throw new IllegalArgumentException("available units of " + sku + " cannot be negative");
            }
        });
    }

    /**
     * One candidate per location, holding what {@code stock} says is available there. Stock at unknown
     * locations is ignored: routing only ever sends units from a location the host listed.
     *
     * @param locations the locations the host listed
     * @param stock stock levels, of any locations
     * @return one candidate per location, in the order given
     */
    public static List<Candidate> of(List<Location> locations, List<StockLevel> stock) {
        Map<LocationId, Map<Sku, Long>> byLocation = new HashMap<>();
        for (StockLevel level : stock) {
            byLocation.computeIfAbsent(level.locationId(), id -> new HashMap<>())
                    .merge(level.sku(), level.available(), Long::sum);
        }
        return locations.map(l -> new Candidate(l, byLocation.getOrDefault(l.id(), Map.of())));
    }

    /** {@return the location's id} */
    public LocationId id() {
        return location.id();
    }

    /**
     * {@return the units of a SKU available here; zero when the location has no record of it}
     *
     * @param sku the SKU
     */
    public long available(Sku sku) {
        return available.getOrDefault(sku, 0L);
    }
}
