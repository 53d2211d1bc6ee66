// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.allocation.ReroutingRules;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.routing.PickupRouting;
import dev.oms.core.routing.RoutedAllocation;
import dev.oms.core.routing.RoutingDecision;
import dev.oms.spi.Ports;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Re-runs the configured routing for an order's unpicked units, its own reservations counted back, for an operator. */
final class RoutingExplanation {
    private final Ports ports;
    private final Option<RoutedAllocation> routing;

    RoutingExplanation(Ports ports, Option<RoutedAllocation> routing) {
        this.ports = ports;
        this.routing = routing;
    }

    boolean routed() {
        return routing.isDefined();
    }

    RoutingDecision explain(Order order) {
        // Locations the order was re-routed away from are not offered, as when it was allocated.
        List<StockLevel> stock = ReroutingRules.shownTo(order, order.lines().valuesIterator()
                .filter(l -> l.count(Bucket.PENDING) + l.count(Bucket.ALLOCATED) > 0)
                .map(Line::sku).distinct()
                .flatMap(sku -> List.ofAll(ports.inventory().stockOf(sku)))
                .toList());
        List<Location> locations = List.ofAll(ports.inventory().locations());
        RoutedAllocation quoted = ShippingQuoting.quoted(routing.get(), ports, order, locations, stock);
        // A click-and-collect order is planned store first (PickupAllocation); its explanation says so.
        return order.pickup().isDefined() ? PickupRouting.explain(order, quoted, locations, stock) : quoted.explain(order, locations, stock);
    }
}
