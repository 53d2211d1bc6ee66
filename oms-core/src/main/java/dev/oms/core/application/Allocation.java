package dev.oms.core.application;

import dev.oms.spi.Ports;
import dev.oms.core.allocation.AllocationPlan;
import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.command.OrderCommand;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent.Reservation;
import dev.oms.spi.inventory.StockLevel;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Reads a stock snapshot for the policy to plan on, then asks the order to request the planned reservation. */
final class Allocation {
    private final Ports ports;
    private final CommandExecution execution;
    private final AllocationPolicy policy;

    Allocation(Ports ports, CommandExecution execution, AllocationPolicy policy) {
        this.ports = ports;
        this.execution = execution;
        this.policy = policy;
    }

    /**
     * The reservations covering every pending unit, or {@code INSUFFICIENT_STOCK} naming each line the
     * stock cannot cover (in-stock orders reserve all or nothing).
     */
    Either<Rejection, List<Reservation>> plan(Order order) {
        AllocationPlan plan = policy.plan(order, List.ofAll(ports.inventory().locations()), stockFor(order));
        if (plan.coversEverything()) {
            return Either.right(plan.reservations());
        }
        return Either.left(Rejection.of(plan.shortfalls().map(s -> Problem.of(ProblemCode.INSUFFICIENT_STOCK,
                "lines[" + s.lineId() + "]", "SKU " + s.sku() + ": " + s.wanted() + " wanted, " + s.covered() + " available"))));
    }

    private List<StockLevel> stockFor(Order order) {
        return order.lines().values()
                .filter(l -> l.count(Bucket.PENDING) > 0)
                .map(Line::sku).distinct()
                .flatMap(sku -> List.ofAll(ports.inventory().stockOf(sku)))
                .toList();
    }

    Either<Rejection, Order> requestReservation(Order order, String idempotencyKey) {
        return plan(order).flatMap(plan ->
                execution.execute(order.id(), new OrderCommand.RequestReservation(idempotencyKey, plan)));
    }
}
