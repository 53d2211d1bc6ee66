// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.core.routing.RoutingRequest.RequestedLine;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builders for routing tests: locations at real coordinates, candidates with stock, requests. */
final class Places {
    static final Coordinates LONDON = new Coordinates(51.5072, -0.1276);
    static final Coordinates BIRMINGHAM = new Coordinates(52.4862, -1.8904);
    static final Coordinates MANCHESTER = new Coordinates(53.4808, -2.2426);
    static final Coordinates GLASGOW = new Coordinates(55.8642, -4.2518);
    static final Coordinates PARIS = new Coordinates(48.8566, 2.3522);

    private Places() {}

    static Address address(String country, Coordinates at) {
        return Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row").city("Somewhere")
                .postalCode("N1 9GU").countryCode(country).coordinates(at).build();
    }

    static Location warehouse(String id, int priority, Coordinates at) {
        return Location.of(LocationId.of(id), "Warehouse " + id, LocationType.WAREHOUSE, priority).withAddress(address("GB", at));
    }

    static Location store(String id, int priority, Coordinates at) {
        return Location.of(LocationId.of(id), "Store " + id, LocationType.STORE, priority).withAddress(address("GB", at));
    }

    /** A candidate with stock given as {@code "SKU", units, "SKU", units...}. */
    static Candidate stocked(Location location, Object... skuAndUnits) {
        Map<Sku, Long> available = new LinkedHashMap<>();
        for (int i = 0; i < skuAndUnits.length; i += 2) {
            available.put(Sku.of((String) skuAndUnits[i]), ((Number) skuAndUnits[i + 1]).longValue());
        }
        return new Candidate(location, available);
    }

    static RequestedLine line(String id, String sku, long quantity) {
        return new RequestedLine(LineId.of(id), Sku.of(sku), quantity);
    }

    static RoutingRequest shipTo(Coordinates customer, RequestedLine... lines) {
        return new RoutingRequest(List.of(lines), new Destination.ShipTo(address("GB", customer)), Channel.WEB, false);
    }

    static RoutingRequest pickup(String store, boolean transfers, RequestedLine... lines) {
        return new RoutingRequest(List.of(lines), new Destination.Pickup(LocationId.of(store), transfers), Channel.WEB, false);
    }

    static LocationId id(String id) {
        return LocationId.of(id);
    }
}
