package dev.oms.core.routing;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * A request together with every candidate, and where the units go as a point and a country (for a pickup,
 * the store's). What filters and criteria look at.
 */
public record RoutingProblem(RoutingRequest request, List<Candidate> candidates) {

    public RoutingProblem {
        Require.nonNull(request, "request");
        Require.nonNull(candidates, "candidates");
    }

    /** The pickup store, when the order is collected and the store is among the candidates. */
    public Option<Location> pickupStore() {
        if (request.destination() instanceof Destination.Pickup pickup) {
            return candidates.map(Candidate::location).find(l -> l.id().equals(pickup.store()));
        }
        return Option.none();
    }

    /** Whether {@code location} is the store the customer collects from. */
    public boolean isPickupStore(LocationId location) {
        return request.destination() instanceof Destination.Pickup pickup && pickup.store().equals(location);
    }

    /** The coordinates the units travel to: the ship-to address's, or the pickup store's. */
    public Option<Coordinates> destinationPoint() {
        return destinationAddress().flatMap(a -> Option.ofOptional(a.coordinates()));
    }

    /** The country the units travel to. */
    public Option<String> destinationCountry() {
        return destinationAddress().map(Address::countryCode);
    }

    private Option<Address> destinationAddress() {
        if (request.destination() instanceof Destination.ShipTo shipTo) {
            return Option.of(shipTo.address());
        }
        return pickupStore().flatMap(l -> Option.ofOptional(l.address()));
    }
}
