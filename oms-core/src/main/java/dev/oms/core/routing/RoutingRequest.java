// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;

/**
 * What to route: the units of each line still to place, where they go, the channel the order came from,
 * and whether the customer asked to receive everything in one shipment.
 *
 * @param lines the lines to route, each at most once
 * @param destination where the units go
 * @param channel the channel the order came from
 * @param shipTogether the customer's wish: one location whenever one can ship the whole order, even a
 *     farther one; otherwise the fewest locations that can
 */
public record RoutingRequest(List<RequestedLine> lines, Destination destination, Channel channel, boolean shipTogether) {

    /**
     * Checks the components: each line at most once.
     *
     * @param lines the lines to route
     * @param destination where the units go
     * @param channel the channel the order came from
     * @param shipTogether whether the customer asked for one shipment
     */
    public RoutingRequest {
        Require.nonNull(lines, "lines");
        Require.nonNull(destination, "destination");
        Require.nonNull(channel, "channel");
        if (lines.map(RequestedLine::lineId).distinct().size() != lines.size()) {
            throw new IllegalArgumentException("a line is requested at most once");
        }
    }

    /**
     * The order's pending units, shipped to its address, without a ship-together wish. Lines whose stock is
     * not tracked are left out: they need no stock, so no location is chosen for them by stock (they go
     * where the routed units go; see {@link dev.oms.core.allocation.UntrackedAllocation}).
     *
     * @param order the order
     * @return the request
     */
    public static RoutingRequest pendingUnitsOf(Order order) {
        Require.nonNull(order, "order");
        List<RequestedLine> lines = order.lines().valuesIterator()
                .filter(l -> l.count(Bucket.PENDING) > 0 && l.stockTracked())
                .map(l -> new RequestedLine(l.id(), l.sku(), l.count(Bucket.PENDING)))
                .toList();
        return new RoutingRequest(lines, new Destination.ShipTo(order.shipTo()), order.channel(), false);
    }

    /**
     * The same units and destination, with the customer's ship-together wish.
     *
     * @param shipTogether whether the customer asked for one shipment
     * @return the request
     */
    public RoutingRequest withShipTogether(boolean shipTogether) {
        return new RoutingRequest(lines, destination, channel, shipTogether);
    }

    /**
     * The same units and channel, going to {@code destination}.
     *
     * @param destination where the units go
     * @return the request
     */
    public RoutingRequest to(Destination destination) {
        return new RoutingRequest(lines, destination, channel, shipTogether);
    }

    /** {@return units wanted per SKU, over every line, in the order SKUs first appear} */
    public Map<Sku, Long> demand() {
        Map<Sku, Long> demand = LinkedHashMap.empty();
        for (RequestedLine line : lines) {
            demand = demand.put(line.sku(), demand.get(line.sku()).getOrElse(0L) + line.quantity());
        }
        return demand;
    }

    /** {@return the units to route, over every line} */
    public long units() {
        return lines.map(RequestedLine::quantity).sum().longValue();
    }

    /**
     * Units of one line to route.
     *
     * @param lineId the line
     * @param sku the line's SKU
     * @param quantity how many units, positive
     */
    public record RequestedLine(LineId lineId, Sku sku, long quantity) {
        /**
         * Checks the components: a positive quantity.
         *
         * @param lineId the line
         * @param sku the line's SKU
         * @param quantity how many units
         */
        public RequestedLine {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive, was " + quantity);
            }
        }
    }
}
