package dev.oms.core.routing;

import dev.oms.core.allocation.AllocationPlan;
import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.order.Order;
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

    @Override
    public AllocationPlan plan(Order order, List<Location> locations, List<StockLevel> stock) {
        return decide(order, locations, stock).toAllocationPlan();
    }
}
