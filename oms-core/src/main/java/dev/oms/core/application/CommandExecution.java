// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.Ports;
import dev.oms.core.allocation.LocationPriorityAllocation;
import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.OrderCommand;
import dev.oms.core.decision.OrderDecider;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.returns.ReturnPolicy;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import java.util.HashMap;
import java.util.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Load, decide, append with the expected version. On a version conflict the command is decided again
 * against the fresh state and a fresh {@link DecisionContext}, which is safe because deciding is pure.
 */
final class CommandExecution {
    private static final Logger LOG = LoggerFactory.getLogger(CommandExecution.class);
    private static final int MAX_CONFLICT_RETRIES = 16;

    private final Ports ports;
    private final EvolvedOrders evolved;
    /** The host's policies, the same for every decision: each context is these at the decision's time. */
    private final DecisionContext policies;

    /** @param evolvedOrdersKept orders whose evolved state is kept between loads */
    CommandExecution(Ports ports, IndentPolicy indents, PreorderPaymentPolicy preorderPayment, ReturnPolicy returns,
            int evolvedOrdersKept) {
        this.ports = ports;
        this.evolved = new EvolvedOrders(evolvedOrdersKept);
        this.policies = DecisionContext.at(java.time.Instant.EPOCH).withIndentPolicy(indents).withPreorderPayment(preorderPayment)
                .withReturnPolicy(returns);
    }

    /**
     * What a decision made now may read: the clock's time, the policies, and the inventory's locations and
     * bins, each read from the inventory only when a decision asks for it.
     */
    DecisionContext context() {
        Map<Sku, List<StockLevel>> stock = new HashMap<>();
        DecisionContext.Bins bins = (sku, location) -> stock
                .computeIfAbsent(sku, s -> List.ofAll(ports.inventory().stockOf(s)))
                .findLast(level -> level.locationId().equals(location)).map(StockLevel::bin);
        return policies.withNow(ports.clock().instant())
                .withLocationPreference(() -> LocationPriorityAllocation.preference(List.ofAll(ports.inventory().locations())))
                .withBins(bins);
    }

    Option<Order> load(OrderId id) {
        return evolved.load(ports.orders(), id);
    }

    /**
     * The order, or none when it cannot be loaded: for scans over many orders, where one order whose
     * history no longer evolves must not stop the others. It is logged; {@link OrderManagement#resumeAll}
     * reports it.
     */
    Option<Order> loadIsolated(OrderId id) {
        try {
            return load(id);
        } catch (RuntimeException unloadable) {
            LOG.error("order {} cannot be loaded and is skipped: {}", id, unloadable.toString());
            return Option.none();
        }
    }

    /** How the cache of evolved orders is doing. */
    EvolvedOrdersStatistics cacheStatistics() {
        return evolved.statistics();
    }

    /** Remembers an order just stored, so its next load reads only what comes after it. */
    void remember(Order stored) {
        evolved.remember(stored);
    }

    /** Forgets an order's remembered state, after a transaction its last append was part of failed. */
    void forget(OrderId id) {
        evolved.forget(id);
    }

    Either<Rejection, Order> execute(OrderId id, OrderCommand command) {
        return execute(id, command, Option.none());
    }

    /**
     * Decides and appends the command.
     *
     * @param known the order as the caller just stored or loaded it: decided on first without reading the
     *     store again. A stale one costs a version conflict and a fresh load, never a wrong decision; a
     *     decision to do nothing is checked against a fresh load, as only an append proves freshness.
     */
    Either<Rejection, Order> execute(OrderId id, OrderCommand command, Option<Order> known) {
        return executeTogether(id, List.of(command), known);
    }

    /**
     * Decides commands in turn, each on the state the ones before it leave, and appends what they decided as one
     * commit under the last recorded command's key: the one the caller asked for, after those recorded on its way
     * (a label bought for a shipment), so that asking for it again is a replay. When one is refused, nothing is
     * stored and the answer is its refusal.
     *
     * @param known as for {@link #execute(OrderId, OrderCommand, Option)}
     */
    Either<Rejection, Order> executeTogether(OrderId id, List<? extends OrderCommand> commands, Option<Order> known) {
        return append(id, commands, known, false);
    }

    /**
     * Records the outcomes of effects performed together as one commit, as {@link #executeTogether} does, except that
     * an outcome refused on a state read for this call (no longer owed: a concurrent caller recorded it first) is left
     * out and the others still go in; when every one is refused, the answer is the first refusal.
     *
     * @param known as for {@link #execute(OrderId, OrderCommand, Option)}
     */
    Either<Rejection, Order> recordOutcomes(OrderId id, List<? extends OrderCommand> outcomes, Option<Order> known) {
        return append(id, outcomes, known, true);
    }

    private Either<Rejection, Order> append(OrderId id, List<? extends OrderCommand> commands, Option<Order> known,
            boolean leaveOutRefused) {
        Option<Order> unread = known.filter(o -> o.id().equals(id));
        for (int attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
            boolean fresh = unread.isEmpty();
            Option<Order> loaded = fresh ? load(id) : unread;
            unread = Option.none();
            if (loaded.isEmpty()) {
                return Either.left(Rejection.of(ProblemCode.UNKNOWN_ORDER, "orderId", "no order " + id));
            }
            Order order = loaded.get();
            DecisionContext context = context();
            Decided decided = Decided.inTurn(commands, order, context);
            if (!fresh && (decided.refusal().isDefined() || decided.anyNoOp())) {
                continue; // a refusal or a no-op on a state this call did not read: decide again on the stored one
            }
            if (decided.refusal().isDefined() && (!leaveOutRefused || decided.events().isEmpty())) {
                return Either.left(decided.refusal().get());
            }
            if (decided.events().isEmpty()) {
                return Either.right(order);
            }
            Option<Order> appended = appendDecided(order, decided, context);
            if (appended.isDefined()) {
                return Either.right(appended.get());
            }
        }
        return Either.left(Rejection.of(ProblemCode.CONCURRENT_MODIFICATION, "",
                "order " + id + " kept changing under this command; try again"));
    }

    /** The order as {@link #recordOutcomes} would leave it after these outcomes, decided in turn; nothing is stored. */
    Order preview(Order order, List<? extends OrderCommand> outcomes) {
        return Decided.inTurn(outcomes, order, context()).after();
    }

    /**
     * Decides the command on the order exactly as the caller judged it and appends only while the store still holds
     * that version, never deciding again on a newer one: for a step whose only reason is the judged state (giving up
     * on a reservation), which must not land on a state that moved on since. A moved order is answered as
     * {@link ProblemCode#CONCURRENT_MODIFICATION}, for the caller to read it again and judge anew.
     */
    Either<Rejection, Order> executeIfUnchanged(Order judged, OrderCommand command) {
        DecisionContext context = context();
        Decided decided = Decided.inTurn(List.of(command), judged, context);
        if (decided.refusal().isDefined()) {
            return Either.left(decided.refusal().get());
        }
        if (decided.events().isEmpty()) {
            return Either.right(judged);
        }
        return appendDecided(judged, decided, context).toEither(() -> Rejection.of(ProblemCode.CONCURRENT_MODIFICATION, "",
                "order " + judged.id() + " moved on from version " + judged.version() + " before " + command.idempotencyKey()));
    }

    /** Appends what was decided on {@code order} at its version; none when the store holds a newer one. */
    private Option<Order> appendDecided(Order order, Decided decided, DecisionContext context) {
        OrderCommand asked = decided.last().get();
        OrderCommit commit = new OrderCommit(asked.idempotencyKey(), context.now(), decided.events().toJavaList(),
                asked.fingerprint());
        Order next = OrderEvolution.stamped(decided.after(), commit, decided.events());
        List<OrderEvent> intents = OrderDecider.intentsOwed(next);
        if (!intents.isEmpty()) {
            // The requests the decision made due go in its commit, evolved as a reload would: after its other
            // events, before its stamp.
            List<OrderEvent> events = decided.events().appendAll(intents);
            commit = new OrderCommit(commit.idempotencyKey(), commit.recordedAt(), events.toJavaList(), commit.requestFingerprint());
            next = OrderEvolution.stamped(OrderEvolution.evolve(Option.some(decided.after()), intents), commit, events);
        }
        AppendResult result = ports.orders().append(order.version(), commit, OrderSummaries.of(next));
        if (!(result instanceof AppendResult.Appended)) {
            return Option.none();
        }
        evolved.remember(next);
        return Option.some(next);
    }

    /**
     * What commands decided in turn came to: their events, the state after them (not yet stamped), the last one that
     * decided events, the first refusal, and whether one decided nothing (a replay).
     */
    private record Decided(List<OrderEvent> events, Order after, Option<OrderCommand> last, Option<Rejection> refusal,
            boolean anyNoOp) {
        static Decided inTurn(List<? extends OrderCommand> commands, Order order, DecisionContext context) {
            Decided decided = new Decided(List.empty(), order, Option.none(), Option.none(), false);
            for (OrderCommand command : commands) {
                Either<Rejection, List<OrderEvent>> events = OrderDecider.decide(command, decided.after(), context);
                if (events.isLeft()) {
                    decided = new Decided(decided.events(), decided.after(), decided.last(),
                            decided.refusal().orElse(Option.some(events.getLeft())), decided.anyNoOp());
                } else if (events.get().isEmpty()) {
                    decided = new Decided(decided.events(), decided.after(), decided.last(), decided.refusal(), true);
                } else {
                    decided = new Decided(decided.events().appendAll(events.get()),
                            OrderEvolution.evolve(Option.some(decided.after()), events.get()),
                            Option.some(command), decided.refusal(), decided.anyNoOp());
                }
            }
            return decided;
        }
    }
}
