// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.allocation.AllocationPlan;
import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.order.Order;
import dev.oms.core.routing.Candidate;
import dev.oms.core.routing.Destination;
import dev.oms.core.routing.RoutedAllocation;
import dev.oms.core.routing.RoutingRequest;
import dev.oms.core.routing.ShippingQuotes;
import dev.oms.spi.Ports;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.shipping.ShippingCarrier.RateQuote;
import dev.oms.spi.shipping.ShippingCarrier.RateRequest;
import dev.oms.spi.value.LocationId;
import io.vavr.collection.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.joda.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the carrier's quotes for a routing that ranks by cost, so the strategy itself stays pure: one
 * quote per location that is active, ships to customers and could ship part of the order, for the units
 * it could ship. A carrier that fails or has no price leaves that location unquoted (ranked after the
 * quoted ones) rather than stopping the order.
 */
final class ShippingQuoting {
    private static final Logger LOG = LoggerFactory.getLogger(ShippingQuoting.class);

    private ShippingQuoting() {}

    /** The policy, fetching quotes before each plan when it is a routing that needs them. */
    static AllocationPolicy around(AllocationPolicy policy, Ports ports) {
        if (policy instanceof RoutedAllocation routed && routed.quotedService().isDefined()) {
            return new AllocationPolicy() {
                @Override
                public AllocationPlan plan(Order order, List<Location> locations, List<StockLevel> stock) {
                    return quoted(routed, ports, order, locations, stock).plan(order, locations, stock);
                }
            };
        }
        return policy;
    }

    static RoutedAllocation quoted(RoutedAllocation routed, Ports ports, Order order, List<Location> locations, List<StockLevel> stock) {
        if (routed.quotedService().isEmpty()) {
            return routed;
        }
        String service = routed.quotedService().get();
        RoutingRequest request = routed.requestFor(order);
        // Units not yet picked: what a plan routes (all pending) and what an explanation re-routes.
        Map<dev.oms.spi.value.Sku, Long> unpicked = new LinkedHashMap<>();
        order.lines().valuesIterator().forEach(l -> unpicked.merge(l.sku(), l.count(Bucket.PENDING) + l.count(Bucket.ALLOCATED), Long::sum));
        Map<LocationId, Money> quotes = new LinkedHashMap<>();
        for (Candidate candidate : Candidate.of(locations, stock)) {
            long units = unpicked.entrySet().stream()
                    .mapToLong(d -> Math.min(d.getValue(), candidate.available(d.getKey()) + ownAt(order, d.getKey(), candidate.id())))
                    .sum();
            if (units == 0 || !candidate.location().active() || !candidate.location().shipsToCustomers()) {
                continue;
            }
            try {
                RateQuote quote = ports.carrier().quote(new RateRequest(candidate.id(), shipTo(order, request), service, units));
                if (quote instanceof RateQuote.Quoted quoted) {
                    quotes.put(candidate.id(), quoted.cost());
                }
            } catch (RuntimeException e) {
                LOG.warn("order {}: no {} quote from {}: {}", order.id(), service, candidate.id(), e.toString());
            }
        }
        return routed.withQuotes(ShippingQuotes.of(sameCurrency(quotes)));
    }

    /** Units of the SKU the order itself holds at the location: available to it again when re-routed. */
    private static long ownAt(Order order, dev.oms.spi.value.Sku sku, LocationId location) {
        return order.lines().valuesIterator().filter(l -> l.sku().equals(sku))
                .map(l -> l.count(Bucket.ALLOCATED, location)).sum().longValue();
    }

    private static dev.oms.spi.value.Address shipTo(Order order, RoutingRequest request) {
        return request.destination() instanceof Destination.ShipTo shipTo ? shipTo.address() : order.shipTo();
    }

    /** Quotes in another currency than the first cannot be compared: they are left out. */
    private static Map<LocationId, Money> sameCurrency(Map<LocationId, Money> quotes) {
        Map<LocationId, Money> kept = new LinkedHashMap<>();
        quotes.forEach((location, money) -> {
            if (kept.isEmpty() || kept.values().iterator().next().getCurrencyUnit().equals(money.getCurrencyUnit())) {
                kept.put(location, money);
            }
        });
        return kept;
    }
}
