// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import io.vavr.control.Option;

import dev.oms.spi.value.Sku;
import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.allocation.PendingAllocation;
import dev.oms.core.allocation.ReroutingRules;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.command.AllocationCommand.AllocatePending;
import dev.oms.core.dropship.DropshipPolicy;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.command.OrderCommand;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.value.OrderId;
import java.util.function.BiFunction;
import java.util.function.Function;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.spi.Ports;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockView;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Reads a stock snapshot and the waiting demand, lets {@link PendingAllocation} decide what happens to an
 * order's pending units (pre-order, backorder, reserve), and executes that decision.
 */
final class Allocation {
    private final Ports ports;
    private final CommandExecution execution;
    private final AllocationPolicy policy;
    private final PreorderPolicy preorders;
    private final IndentPolicy indents;
    private final DropshipPolicy dropships;
    private final BackorderPolicy backorders;
    private final WaitingOrders waiting;

    Allocation(Ports ports, CommandExecution execution, AllocationPolicy policy, PreorderPolicy preorders,
            IndentPolicy indents, BackorderPolicy backorders, DropshipPolicy dropships, WaitingOrders waiting) {
        this.indents = indents;
        this.dropships = dropships;
        this.ports = ports;
        this.execution = execution;
        this.policy = policy;
        this.preorders = preorders;
        this.backorders = backorders;
        this.waiting = waiting;
    }

    /**
     * What to do with every pending unit, or a rejection naming each line that can neither be reserved
     * nor wait ({@code INSUFFICIENT_STOCK} when backorders are not allowed, as for plain in-stock orders).
     */
    Either<Rejection, AllocatePending> plan(Order order, String idempotencyKey) {
        // One read of locations and stock together: a database store answers it in one transaction.
        StockView view = ports.inventory().stockView(pendingSkus(order).toJavaList());
        // A location that could not fulfil the order after all (re-routing) is not shown again.
        return decide(order, idempotencyKey, List.ofAll(view.locations()),
                ReroutingRules.shownTo(order, List.ofAll(view.stock())));
    }

    /**
     * Takes the room of the order's pending SKUs that may wait ({@code OrderStore.lockRoom}) until the enclosing
     * {@code atomically} ends, so its pre-orders and backorders are decided and stored before another placement
     * or hold reads the units waiting. Called inside {@code atomically}.
     */
    void lockRoom(Order order) {
        java.util.List<Sku> skus = pendingSkus(order).filter(waiting::mayWait).toJavaList();
        if (!skus.isEmpty()) {
            ports.orders().lockRoom(skus);
        }
    }

    /**
     * Decides and stores a command that allocates new pending units of an existing order (an edit's lines, a reship's
     * replacements) as a placement does: inside one {@code atomically}, the room of the SKUs the drafted order waits
     * for is taken before the waiting units are read and the allocation is planned, and held until the command is
     * stored; so it and a placement, a hold or another such command never both take the last of a pre-order cap or
     * backorder limit. The caller resumes the order after.
     *
     * @param orderId the order
     * @param key the command's key, under which its allocation is decided
     * @param drafted the order as the command would leave it before its allocation, from the order as it now stands;
     *     none when the command allocates nothing (it is refused, or already handled)
     * @param command the command, from the order as it now stands and the allocation planned, if any
     */
    Either<Rejection, Order> storeInRoom(OrderId orderId, String key, Function<Order, Option<Order>> drafted,
            BiFunction<Order, Option<AllocatePending>, OrderCommand> command) {
        return ports.orders().atomically(() -> execution.load(orderId)
                .toEither(() -> Rejection.of(ProblemCode.UNKNOWN_ORDER, "orderId", "no order " + orderId))
                .flatMap(order -> {
                    Option<Order> draft = drafted.apply(order);
                    draft.forEach(this::lockRoom);
                    Either<Rejection, Option<AllocatePending>> plan = draft.isEmpty() ? Either.right(Option.none())
                            : plan(draft.get(), key).map(Option::some);
                    return plan.flatMap(allocating -> execution.execute(orderId, command.apply(order, allocating)));
                }));
    }

    /** The host's backorder terms. */
    BackorderPolicy backorders() {
        return backorders;
    }

    /** Gives up reserving: every pending unit that may wait is queued; a rejection when some may not. */
    Either<Rejection, AllocatePending> queueOnly(Order order, String idempotencyKey) {
        return decide(order, idempotencyKey, List.ofAll(ports.inventory().locations()), List.empty());
    }

    private Either<Rejection, AllocatePending> decide(Order order, String idempotencyKey, List<Location> locations,
            List<StockLevel> stock) {
        WaitingDemand demand = waiting.demandFor(pendingSkus(order), order.id());
        PendingAllocation.Context context = new PendingAllocation.Context(ports.clock().instant(), sku -> Option.ofOptional(ports.catalog().find(sku)),
                preorders, indents, backorders, demand, dropships, sku -> List.ofAll(ports.inventory().inTransit(sku)));
        return PendingAllocation.decide(order, idempotencyKey, context, policy, locations, stock);
    }

    private static List<Sku> pendingSkus(Order order) {
        return order.lines().valuesIterator().filter(l -> l.count(Bucket.PENDING) > 0).map(Line::sku).distinct().toList();
    }

    Either<Rejection, Order> allocatePending(Order order, String idempotencyKey) {
        return plan(order, idempotencyKey).flatMap(command -> execution.execute(order.id(), command));
    }

    Either<Rejection, Order> queuePending(Order order, String idempotencyKey) {
        return queueOnly(order, idempotencyKey).flatMap(command -> execution.execute(order.id(), command));
    }

    AllocationPolicy policy() {
        return policy;
    }
}

