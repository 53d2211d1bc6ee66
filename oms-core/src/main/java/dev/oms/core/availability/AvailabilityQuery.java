// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.core.routing.Destination;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.util.Optional;
import java.util.Set;

/**
 * What a storefront asks availability to promise about: one SKU, optionally for a channel, over a subset
 * of locations, for a destination, and without the units of the asking checkout's own holds. Start with
 * {@link #of(Sku)} and narrow it:
 * {@code AvailabilityQuery.of(sku).forChannel(Channel.WEB).to(destination).excludingHolds(Set.of(cartHold))}.
 *
 * @param sku the SKU
 * @param channel the channel asking, whose pre-order cap then applies too; empty for any channel
 * @param locations only these locations are counted; empty for every location
 * @param destination only locations that can serve it are counted ({@link Destination#servedFrom}): for a
 *     ship-to, no pickup-only store; empty for every location, whatever it can serve
 * @param excludedHolds checkout holds whose units are counted as available, not reserved: the asking
 *     checkout's own, which its order would take over; ended or unknown holds change nothing
 */
public record AvailabilityQuery(Sku sku, Optional<Channel> channel, Optional<Set<LocationId>> locations,
        Optional<Destination> destination, Set<HoldId> excludedHolds) {

    /**
     * Checks the components for nulls and copies the sets.
     *
     * @param sku the SKU
     * @param channel the channel asking; empty for any channel
     * @param locations only these locations are counted; empty for every location
     * @param destination only locations that can serve it are counted; empty for every location
     * @param excludedHolds checkout holds whose units are counted as available
     */
    public AvailabilityQuery {
        Require.nonNull(sku, "sku");
        Require.nonNull(channel, "channel");
        locations = Require.nonNull(locations, "locations").map(Set::copyOf);
        Require.nonNull(destination, "destination");
        excludedHolds = Set.copyOf(Require.nonNull(excludedHolds, "excludedHolds"));
    }

    /**
     * {@return the query for a SKU over every location, for any channel, counting every hold}
     *
     * @param sku the SKU
     */
    public static AvailabilityQuery of(Sku sku) {
        return new AvailabilityQuery(sku, Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
    }

    /**
     * {@return this query for orders from {@code channel}, whose pre-order cap applies too}
     *
     * @param channel the channel asking
     */
    public AvailabilityQuery forChannel(Channel channel) {
        return new AvailabilityQuery(sku, Optional.of(Require.nonNull(channel, "channel")), locations, destination, excludedHolds);
    }

    /**
     * {@return this query counting only these locations}
     *
     * @param only the locations to count; others are left out of the per-location answer and the total
     */
    public AvailabilityQuery at(Set<LocationId> only) {
        return new AvailabilityQuery(sku, channel, Optional.of(Require.nonNull(only, "only")), destination, excludedHolds);
    }

    /**
     * {@return this query counting only locations that can serve {@code to}}
     *
     * @param to where the order would go
     */
    public AvailabilityQuery to(Destination to) {
        return new AvailabilityQuery(sku, channel, locations, Optional.of(Require.nonNull(to, "to")), excludedHolds);
    }

    /**
     * {@return this query counting the units of these holds as available}: a checkout asks what it could
     * order, its own holds included
     *
     * @param holds the asking checkout's holds
     */
    public AvailabilityQuery excludingHolds(Set<HoldId> holds) {
        return new AvailabilityQuery(sku, channel, locations, destination, holds);
    }

    /**
     * {@return whether a location is counted: in the subset, if one was given, and serving the destination, if one was given}
     *
     * @param location the location
     */
    public boolean counts(dev.oms.spi.inventory.Location location) {
        return locations.map(only -> only.contains(location.id())).orElse(true)
                && destination.map(d -> d.servedFrom(location)).orElse(true);
    }
}
