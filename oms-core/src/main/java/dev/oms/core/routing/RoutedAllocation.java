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
 */
public final class RoutedAllocation implements AllocationPolicy {
    private final RoutingStrategy strategy;
    private final Function<Order, RoutingRequest> requestOf;

    /** Routes each order's pending units to its ship-to address. */
    public RoutedAllocation(RoutingStrategy strategy) {
        this(strategy, RoutingRequest::pendingUnitsOf);
    }

    /**
     * Routes the request {@code requestOf} makes of each order: a host that knows an order is collected in
     * store, or that its customer asked to ship together, says so here.
     */
    public RoutedAllocation(RoutingStrategy strategy, Function<Order, RoutingRequest> requestOf) {
        this.strategy = Require.nonNull(strategy, "strategy");
        this.requestOf = Require.nonNull(requestOf, "requestOf");
    }

    /** The full decision, trace included, for the order's pending units. */
    public RoutingDecision decide(Order order, List<Location> locations, List<StockLevel> stock) {
        return strategy.route(requestOf.apply(order), Candidate.of(locations, stock));
    }

    /**
     * The decision routing makes for the order's units not yet picked (pending or allocated), counting
     * the order's own reservations as available again: with stock otherwise unchanged, the decision the
     * order was allocated by, trace included. What an operator asks after the fact.
     */
    public RoutingDecision explain(Order order, List<Location> locations, List<StockLevel> stock) {
        RoutingRequest placed = requestOf.apply(order);
        List<RequestedLine> lines = order.lines().values()
                .filter(l -> l.count(Bucket.PENDING) + l.count(Bucket.ALLOCATED) > 0)
                .map(l -> new RequestedLine(l.id(), l.sku(), l.count(Bucket.PENDING) + l.count(Bucket.ALLOCATED)))
                .toList();
        List<StockLevel> withOwnReservations = stock.map(level -> {
            long own = order.lines().values().filter(l -> l.sku().equals(level.sku()))
                    .map(l -> l.count(Bucket.ALLOCATED, level.locationId())).sum().longValue();
            return own == 0 ? level : new StockLevel(level.sku(), level.locationId(), level.onHand(),
                    Math.max(0, level.reserved() - own), level.ringFenced(), level.bin());
        });
        RoutingRequest request = new RoutingRequest(lines, placed.destination(), placed.channel(), placed.shipTogether());
        return strategy.route(request, Candidate.of(locations, withOwnReservations));
    }

    @Override
    public AllocationPlan plan(Order order, List<Location> locations, List<StockLevel> stock) {
        return decide(order, locations, stock).toAllocationPlan();
    }
}
