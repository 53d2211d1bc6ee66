// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.backinstock.FreedStock;
import dev.oms.core.command.OrderCommand;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.Ports;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The plumbing every service of the facade shares: load an order, run a command on it, then run the
 * effects it owes and fill the restock queues its change may concern. Services decide what to ask; this
 * is how asking ends, the same way for all of them.
 */
final class Settling {
    private final Ports ports;
    private final CommandExecution execution;
    private final EffectRunner effects;
    private final Restocking restocking;
    private final BackInStockAlerts alerts;

    Settling(Ports ports, CommandExecution execution, EffectRunner effects, Restocking restocking, BackInStockAlerts alerts) {
        this.ports = ports;
        this.execution = execution;
        this.effects = effects;
        this.restocking = restocking;
        this.alerts = alerts;
    }

    /** Tells back-in-stock subscribers, after whatever brought units back served the waiting orders. */
    BackInStockAlerts alerts() {
        return alerts;
    }

    Ports ports() {
        return ports;
    }

    CommandExecution execution() {
        return execution;
    }

    /** The order as it stands, rebuilt from storage; none for an id no store can hold. */
    Option<Order> find(OrderId orderId) {
        // An id beyond the input limits was never stored: unknown, without asking a store that cannot hold it.
        return EntryChecks.lookable(Require.nonNull(orderId, "orderId").value()) ? execution.load(orderId) : Option.none();
    }

    /** The order, or {@code UNKNOWN_ORDER}. */
    Either<Rejection, Order> existing(OrderId orderId) {
        return find(orderId).toEither(() -> Rejection.of(ProblemCode.UNKNOWN_ORDER, "orderId", "no order " + orderId));
    }

    /**
     * Runs whatever side effects the order still owes, notifications included, on the caller's thread. When
     * it owed a reservation (which may come up short and leave units waiting, or cancel the order and free
     * its stock), a move (which frees the stock its units leave), a release of stock or a restock of returned units, or it has units waiting, the queues of its SKUs are then filled from
     * the stock available, so stock it freed or left goes to waiting orders first.
     */
    Option<Order> resume(OrderId orderId) {
        Require.nonNull(orderId, "orderId");
        return find(orderId).map(this::resume);
    }

    /** {@link #resume(OrderId)} for an order the caller just stored or read, starting from that state. */
    Order resume(Order stored) {
        boolean mayLeaveStockOrWait = stored.reservationInFlight().isDefined() || stored.moveInFlight().isDefined()
                || stored.units(Bucket.PENDING) > 0 || !stored.releasesOwed().isEmpty() || !stored.returns().restocksOwed().isEmpty();
        Order run = effects.runAll(stored.id(), Option.some(stored)).get();
        Order settled = mayLeaveStockOrWait || anyWaiting(run) ? queuesFilled(run) : run;
        return subscribersTold(stored, run, settled);
    }

    private static boolean anyWaiting(Order order) {
        for (Line line : order.lineList()) {
            if (line.waiting() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Decides and stores the command, then resumes the order. */
    Either<Rejection, Order> run(OrderId orderId, OrderCommand command) {
        Require.nonNull(orderId, "orderId");
        return execution.execute(orderId, command).map(this::resume);
    }

    /**
     * Runs the effects a command left owing, then fills the queues of the order's SKUs whatever the run
     * found to do: for the commands that free stock or leave units waiting (placing, allocating, re-routing,
     * cancelling), so that one of them never ends with units available that a waiting order could take,
     * even when a racing caller ran its effects first.
     */
    Order settled(Order stored) {
        Order run = effects.run(stored.id(), Option.some(stored)).get();
        return subscribersTold(stored, run, queuesFilled(run));
    }

    /**
     * Tells back-in-stock subscribers of the units the run gave back (releases of reserved units, restocks of
     * returned ones), once the queues were filled; the event is the order's state before the run, so a repeated run
     * from it tells nobody twice. {@return {@code settled}}
     */
    private Order subscribersTold(Order stored, Order run, Order settled) {
        if (alerts.configured().isEmpty()) {
            return settled; // every command settles here: a host without back-in-stock pays nothing for it
        }
        FreedStock.between(stored, run).forEach((sku, units) ->
                alerts.unitsBack(sku, units, BackInStockKeys.orderRun(stored.id(), stored.version())));
        return settled;
    }

    /** Runs the stock movements a new order owes first (its reservation), stopping before any other port. */
    Order stockMoved(Order stored) {
        return effects.runStockMoves(stored);
    }

    /**
     * Fills every restock queue some order waits in from the stock available: for recovery, in case a process
     * stopped between freeing stock and filling a queue with it. Costs the SKUs waiting, not the orders stored.
     */
    void fillEveryQueue() {
        restocking.fill(List.ofAll(ports.orders().skusWaiting()),
                IdempotencyKeys.recoveryRestock(ports.clock().instant()).value());
    }

    /** Fills the restock queues of the order's SKUs, then reads the order again if a fill changed any order. */
    private Order queuesFilled(Order order) {
        List<Order> changed = restocking.fill(order.lines().valuesIterator().map(Line::sku),
                IdempotencyKeys.settlingRestock(order.id(), order.version()).value());
        return changed.isEmpty() ? order : find(order.id()).get();
    }

    /** The ids of the locations the inventory knows, in its order. */
    List<LocationId> locations() {
        return List.ofAll(ports.inventory().locations()).map(Location::id);
    }
}
