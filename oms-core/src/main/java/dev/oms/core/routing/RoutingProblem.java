// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * A request together with every candidate, and where the units go as a point and a country (for a pickup,
 * the store's). What filters and criteria look at. Derived facts are worked out once, on construction,
 * because criteria ask for them once per candidate.
 */
public final class RoutingProblem {
    private final RoutingRequest request;
    private final List<Candidate> candidates;
    private final Option<Location> pickupStore;
    private final Option<Address> destinationAddress;
    private final Map<Sku, Long> demand;

    /**
     * A problem of routing the request over the candidates.
     *
     * @param request what to route
     * @param candidates every location the host knows, with its available stock
     */
    public RoutingProblem(RoutingRequest request, List<Candidate> candidates) {
        this.request = Require.nonNull(request, "request");
        this.candidates = Require.nonNull(candidates, "candidates");
        this.pickupStore = request.destination() instanceof Destination.Pickup pickup
                ? candidates.map(Candidate::location).find(l -> l.id().equals(pickup.store()))
                : Option.none();
        this.destinationAddress = request.destination() instanceof Destination.ShipTo shipTo
                ? Option.of(shipTo.address())
                : pickupStore.flatMap(l -> Option.ofOptional(l.address()));
        this.demand = request.demand();
    }

    /** {@return what to route} */
    public RoutingRequest request() {
        return request;
    }

    /** {@return every candidate, admitted or not} */
    public List<Candidate> candidates() {
        return candidates;
    }

    /** {@return units wanted per SKU over every line} */
    public Map<Sku, Long> demand() {
        return demand;
    }

    /** {@return the pickup store, when the order is collected and the store is among the candidates} */
    public Option<Location> pickupStore() {
        return pickupStore;
    }

    /**
     * Whether {@code location} is the store the customer collects from.
     *
     * @param location the location
     * @return whether it is the pickup store
     */
    public boolean isPickupStore(LocationId location) {
        return request.destination() instanceof Destination.Pickup pickup && pickup.store().equals(location);
    }

    /** {@return the coordinates the units travel to: the ship-to address's, or the pickup store's} */
    public Option<Coordinates> destinationPoint() {
        return destinationAddress.flatMap(a -> Option.ofOptional(a.coordinates()));
    }

    /** {@return the country the units travel to} */
    public Option<String> destinationCountry() {
        return destinationAddress.map(Address::countryCode);
    }
}
