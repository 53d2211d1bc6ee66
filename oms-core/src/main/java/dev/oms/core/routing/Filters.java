// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import java.util.Map;
import java.util.Set;

/** The built-in filters a host composes in {@link Rules}. */
public final class Filters {
    private Filters() {}

    /** {@return a filter that keeps paused locations out: they never ship}; every strategy applies it */
    public static Filter active() {
        return Filter.of("active", (p, c) -> c.location().active());
    }

    /**
     * Locations that can serve the destination: for a ship-to, those that ship to customers (warehouses,
     * ship-from-store stores); for a pickup, the store itself when it offers pickup, and, when the host
     * allows transfers, every other location that ships. Every strategy applies it.
     *
     * @return the filter
     */
    public static Filter servesDestination() {
        return Filter.of("serves-destination", (p, c) -> p.request().destination().servedFrom(c.location()));
    }

    /** {@return a filter that admits only locations in the destination's country}; one without an address is kept out, as unknown */
    public static Filter sameCountryOnly() {
        return Filter.of("same-country", (p, c) -> p.destinationCountry()
                .exists(country -> c.location().address().map(a -> a.countryCode().equals(country)).orElse(false)));
    }

    /**
     * Keeps out locations that already sent their daily capacity: {@code unitsSentToday} is what the host
     * counted for the day. Locations without a capacity are always admitted.
     *
     * @param unitsSentToday units each location sent today
     * @return the filter
     */
    public static Filter withinDailyCapacity(Map<LocationId, Long> unitsSentToday) {
        Map<LocationId, Long> sent = Map.copyOf(Require.nonNull(unitsSentToday, "unitsSentToday"));
        return Filter.of("daily-capacity", (p, c) -> c.location().dailyCapacity().isEmpty()
                || sent.getOrDefault(c.id(), 0L) < c.location().dailyCapacity().getAsLong());
    }

    /**
     * Channel-specific locations: a location listed in {@code channelsOf} serves only orders from those
     * channels (a marketplace's own warehouse, say); locations not listed serve every channel.
     *
     * @param channelsOf the channels each channel-specific location serves
     * @return the filter
     */
    public static Filter channelSpecific(Map<LocationId, Set<Channel>> channelsOf) {
        Map<LocationId, Set<Channel>> only = Map.copyOf(Require.nonNull(channelsOf, "channelsOf"));
        return Filter.of("channel", (p, c) -> !only.containsKey(c.id()) || only.get(c.id()).contains(p.request().channel()));
    }
}
