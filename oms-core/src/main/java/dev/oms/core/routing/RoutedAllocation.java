// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.core.allocation.AllocationPlan;
import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.order.Order;
import dev.oms.core.routing.RoutingRequest.RequestedLine;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Map;
import java.util.function.Function;

/**
 * Plugs a {@link RoutingStrategy} into the facade as its {@link AllocationPolicy}: the order's pending
 * units are routed and the decision becomes the allocation plan, so the facade and the order's state
 * machine work as with any other policy.
 *
 * <pre>{@code
 * OrderManagement oms = OrderManagement.builder().ports(ports)
 *         .allocationPolicy(new RoutedAllocation(Strategies.nearest()))
 *         .build();
 * }</pre>
 *
 * <p>A strategy that ranks by shipping cost needs quotes, which only the facade can fetch: build it with
 * {@link #byQuotes}; before each plan the facade asks the carrier to quote the service from every
 * location that could ship part of the order, and routes with {@link #withQuotes}.
 */
public final class RoutedAllocation implements AllocationPolicy {
    private final Function<ShippingQuotes, RoutingStrategy> strategyFor;
    private final Function<Order, RoutingRequest> requestOf;
    private final Option<String> quotedService;
    private final ShippingQuotes quotes;

    /**
     * Routes each order's pending units to its ship-to address.
     *
     * @param strategy the routing strategy
     */
    public RoutedAllocation(RoutingStrategy strategy) {
        this(strategy, RoutingRequest::pendingUnitsOf);
    }

    /**
     * Routes the request {@code requestOf} makes of each order: a host that knows an order is collected in
     * store, or that its customer asked to ship together, says so here.
     *
     * @param strategy the routing strategy
     * @param requestOf the routing request for an order
     */
    public RoutedAllocation(RoutingStrategy strategy, Function<Order, RoutingRequest> requestOf) {
        this(quotes -> strategy, requestOf, Option.none(), ShippingQuotes.of(Map.of()));
        Require.nonNull(strategy, "strategy");
    }

    private RoutedAllocation(Function<ShippingQuotes, RoutingStrategy> strategyFor, Function<Order, RoutingRequest> requestOf,
            Option<String> quotedService, ShippingQuotes quotes) {
        this.strategyFor = Require.nonNull(strategyFor, "strategyFor");
        this.requestOf = Require.nonNull(requestOf, "requestOf");
        this.quotedService = quotedService;
        this.quotes = quotes;
    }

    /**
     * A routing that needs the carrier's quotes for {@code service}, such as
     * {@code byQuotes("ground", Strategies::lowestCost)}. Until the facade hands it quotes, it routes as if
     * no location had one.
     *
     * @param service the carrier service to quote
     * @param strategyFor the strategy over a set of quotes
     * @return the allocation policy
     */
    public static RoutedAllocation byQuotes(String service, Function<ShippingQuotes, RoutingStrategy> strategyFor) {
        return new RoutedAllocation(strategyFor, RoutingRequest::pendingUnitsOf, Option.of(Require.nonBlank(service, "service")),
                ShippingQuotes.of(Map.of()));
    }

    /** {@return the carrier service to quote before routing, when the strategy ranks by cost} */
    public Option<String> quotedService() {
        return quotedService;
    }

    /**
     * The same routing over these quotes.
     *
     * @param quotes the carrier's quotes per location
     * @return a policy that routes with them
     */
    public RoutedAllocation withQuotes(ShippingQuotes quotes) {
        return new RoutedAllocation(strategyFor, requestOf, quotedService, Require.nonNull(quotes, "quotes"));
    }

    /**
     * What routing would be asked for this order's pending units.
     *
     * @param order the order
     * @return the routing request
     */
    public RoutingRequest requestFor(Order order) {
        return requestOf.apply(order);
    }

    /**
     * The full decision, trace included, for the order's pending units.
     *
     * @param order the order
     * @param locations every known location
     * @param stock stock levels of the SKUs the order needs
     * @return the routing decision
     */
    public RoutingDecision decide(Order order, List<Location> locations, List<StockLevel> stock) {
        return strategyFor.apply(quotes).route(requestOf.apply(order), Candidate.of(locations, stock));
    }

    /**
     * The decision routing makes for the order's units not yet picked (pending or allocated), counting
     * the order's own reservations as available again: with stock otherwise unchanged, the decision the
     * order was allocated by, trace included. What an operator asks after the fact.
     *
     * @param order the order
     * @param locations every known location
     * @param stock stock levels now, the order's own reservations included
     * @return the routing decision
     */
    public RoutingDecision explain(Order order, List<Location> locations, List<StockLevel> stock) {
        RoutingRequest placed = requestOf.apply(order);
        List<RequestedLine> lines = order.lines().valuesIterator()
                .filter(l -> l.count(Bucket.PENDING) + l.count(Bucket.ALLOCATED) > 0)
                .map(l -> new RequestedLine(l.id(), l.sku(), l.count(Bucket.PENDING) + l.count(Bucket.ALLOCATED)))
                .toList();
        RoutingRequest request = new RoutingRequest(lines, placed.destination(), placed.channel(), placed.shipTogether());
        return route(request, locations, withOwnReservations(order, stock));
    }

    /**
     * Routes a request as this allocation's strategy would, trace included; routes, reserves and stores nothing.
     *
     * @param request the lines to route, where they go, the channel
     * @param locations the candidate locations
     * @param stock their stock levels
     * @return the routing decision
     */
    public RoutingDecision route(RoutingRequest request, List<Location> locations, List<StockLevel> stock) {
        return strategyFor.apply(quotes).route(request, Candidate.of(locations, stock));
    }

    /** The stock with the order's own allocated units counted as available again. */
    static List<StockLevel> withOwnReservations(Order order, List<StockLevel> stock) {
        return stock.map(level -> {
            long own = order.lines().valuesIterator().filter(l -> l.sku().equals(level.sku()))
                    .map(l -> l.count(Bucket.ALLOCATED, level.locationId())).sum().longValue();
            return own == 0 ? level : new StockLevel(level.sku(), level.locationId(), level.onHand(),
                    Math.max(0, level.reserved() - own), level.ringFenced(), level.bin());
        });
    }

    @Override
    public AllocationPlan plan(Order order, List<Location> locations, List<StockLevel> stock) {
        return decide(order, locations, stock).toAllocationPlan();
    }
}
