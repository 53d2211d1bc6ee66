// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.core.routing.Destination;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.util.List;

/**
 * A storefront's request to hold units during checkout. The quantities are raw numbers on purpose: a bad
 * one is reported as a problem, not thrown.
 *
 * @param id the checkout's own id: asking again with it finds the same hold
 * @param lines the units to hold, per SKU
 * @param destination where the order would go, so the hold sits where routing would take the units from
 * @param channel the channel the checkout is on
 * @param timeToLive how long the hold lives unless an order is placed with it
 */
public record HoldRequest(HoldId id, List<Units> lines, Destination destination, Channel channel, Duration timeToLive) {

    /**
     * Checks the components for nulls; the quantities are checked by {@link HoldRules#problems}.
     *
     * @param id the checkout's own id
     * @param lines the units to hold, per SKU
     * @param destination where the order would go
     * @param channel the channel the checkout is on
     * @param timeToLive how long the hold lives
     */
    public HoldRequest {
        Require.nonNull(id, "id");
        lines = List.copyOf(Require.nonNull(lines, "lines"));
        Require.nonNull(destination, "destination");
        Require.nonNull(channel, "channel");
        Require.nonNull(timeToLive, "timeToLive");
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
