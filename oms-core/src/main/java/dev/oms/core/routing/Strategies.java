// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

/**
 * The built-in routing strategies. Each admits only active locations that serve the destination and
 * breaks its last tie on the location id; compose others with {@link Rules}.
 */
public final class Strategies {
    private Strategies() {}

    /**
     * {@return the host's order: lowest {@link dev.oms.spi.inventory.Location#priority()} first} Each line
     * goes whole to the most preferred location that has all of it, and is split in that order only when
     * none has; {@link #fillByPriority()} drains the locations in that order instead.
     */
    public static Rules priority() {
        return Rules.named("priority").rankBy(Criteria.priority()).build();
    }

    /**
     * {@return the host's order, filled strictly} Each line takes what the most preferred location (lowest
     * {@link dev.oms.spi.inventory.Location#priority()}) has, then what the next has, and so on, splitting
     * where one runs short: a less preferred location ships a SKU only when every more preferred admitted
     * one has none left. For click and collect the pickup store comes first. Saleor and Solidus allocate
     * this way by default.
     */
    public static Rules fillByPriority() {
        return Rules.named("fill-by-priority").rankBy(Criteria.priority()).fillInRankOrder().build();
    }

    /** {@return nearest first, by great-circle distance to the ship-to address or the pickup store; then priority} */
    public static Rules nearest() {
        return Rules.named("nearest").rankBy(Criteria.distance()).thenBy(Criteria.priority()).build();
    }

    /** {@return the location able to ship most of the order first; then priority} */
    public static Rules mostStock() {
        return Rules.named("most-stock").rankBy(Criteria.mostStock()).thenBy(Criteria.priority()).build();
    }

    /** {@return the fewest locations that cover the order; then the least total distance; then priority} */
    public static Rules fewestShipments() {
        return Rules.named("fewest-shipments").rankBy(Criteria.distance()).thenBy(Criteria.priority()).fewestShipments().build();
    }

    /**
     * The cheapest quoted shipment first; then distance, then priority.
     *
     * @param quotes the carrier's quotes per location
     * @return the strategy
     */
    public static Rules lowestCost(ShippingQuotes quotes) {
        return Rules.named("lowest-cost").rankBy(Criteria.shippingCost(quotes)).thenBy(Criteria.distance())
                .thenBy(Criteria.priority()).build();
    }
}
