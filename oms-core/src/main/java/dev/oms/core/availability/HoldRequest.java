// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.core.routing.Destination;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A storefront's request to hold units during checkout. The quantities are raw numbers on purpose: a bad
 * one is reported as a problem, not thrown.
 *
 * @param id the checkout's own id: asking again with it finds the same hold
 * @param lines the units to hold, per SKU
 * @param destination where the order would go, so the hold sits where routing would take the units from
 * @param channel the channel the checkout is on
 * @param timeToLive how long the hold lives unless an order is placed with it
 * @param location the one location to hold every unit at (a store the customer picked, a warehouse the
 *     storefront showed); empty to let the hold routing choose
 */
public record HoldRequest(HoldId id, List<Units> lines, Destination destination, Channel channel, Duration timeToLive,
        Optional<LocationId> location) {

    /**
     * Checks the components for nulls; the quantities are checked by {@link HoldRules#problems}.
     *
     * @param id the checkout's own id
     * @param lines the units to hold, per SKU
     * @param destination where the order would go
     * @param channel the channel the checkout is on
     * @param timeToLive how long the hold lives
     * @param location the one location to hold every unit at; empty to let the hold routing choose
     */
    public HoldRequest {
        Require.nonNull(id, "id");
        lines = List.copyOf(Require.nonNull(lines, "lines"));
        Require.nonNull(destination, "destination");
        Require.nonNull(channel, "channel");
        Require.nonNull(timeToLive, "timeToLive");
        Require.nonNull(location, "location");
    }

    /**
     * A request whose units the hold routing places.
     *
     * @param id the checkout's own id
     * @param lines the units to hold, per SKU
     * @param destination where the order would go
     * @param channel the channel the checkout is on
     * @param timeToLive how long the hold lives
     */
    public HoldRequest(HoldId id, List<Units> lines, Destination destination, Channel channel, Duration timeToLive) {
        this(id, lines, destination, channel, timeToLive, Optional.empty());
    }

    /**
     * {@return this request pinned to one location: every unit is held there or the hold is refused}
     *
     * @param at the location, which must be active and serve the destination
     */
    public HoldRequest pinnedTo(LocationId at) {
        return new HoldRequest(id, lines, destination, channel, timeToLive, Optional.of(Require.nonNull(at, "at")));
    }

    /**
     * {@return this request for other units, everything else the same}
     *
     * @param units the units to hold, per SKU
     */
    public HoldRequest withLines(List<Units> units) {
        return new HoldRequest(id, units, destination, channel, timeToLive, location);
    }

    /**
     * Some units of one SKU.
     *
     * @param sku the SKU
     * @param quantity how many units, checked by {@link HoldRules#problems}
     */
    public record Units(Sku sku, long quantity) {
        /**
         * Checks the SKU is given.
         *
         * @param sku the SKU
         * @param quantity how many units
         */
        public Units {
            Require.nonNull(sku, "sku");
        }
    }
}
