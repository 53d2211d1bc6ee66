// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.Ports;
import dev.oms.core.allocation.ReservationAttempts;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.Prepaying;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.command.CancellationCommand;
import dev.oms.core.command.ExternalFulfilmentCommand;
import dev.oms.core.fulfilment.ExternalFulfilmentRules;
import dev.oms.core.command.PaymentCommand;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.fulfilment.FulfilmentService;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.payment.StoreCredit;
import dev.oms.spi.supplier.SupplierGateway;
import dev.oms.spi.value.LocationId;
import io.vavr.collection.List;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import dev.oms.spi.value.OrderId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the side effects an order owes, one at a time (or a batch of independent ones together, {@link EffectBatch}),
 * recording each outcome before deriving the next.
 * A port that throws leaves its effect pending for the next run; the other effects still run.
 */
final class EffectRunner {
    private static final Logger LOG = LoggerFactory.getLogger(EffectRunner.class);

    private final Ports ports;
    private final Option<FulfilmentService> fulfilment;
    private final CommandExecution execution;
    private final Allocation allocation;
    private final PreorderPaymentPolicy preorderPayment;
    private final Option<Executor> notificationDelivery;
    private final EffectBatch batches;

    EffectRunner(Ports ports, Option<SupplierGateway> suppliers, Option<FulfilmentService> fulfilment, Option<StoreCredit> storeCredit,
            CommandExecution execution, Allocation allocation, PreorderPaymentPolicy preorderPayment, Option<Executor> notificationDelivery) {
        this.ports = ports;
        this.fulfilment = fulfilment;
        this.execution = execution;
        this.allocation = allocation;
        this.preorderPayment = preorderPayment;
        this.notificationDelivery = notificationDelivery;
        this.batches = new EffectBatch(ports, suppliers, fulfilment, storeCredit, execution);
    }

    Option<Order> run(OrderId id) {
        return run(id, Option.none());
    }

    /**
     * Runs what the order owes.
     *
     * @param known the order as the caller just stored or loaded it, so the run starts without reading it
     *     again; each outcome recorded gives the state the next step starts from. A stale state costs one
     *     version conflict and a fresh load when its outcome is recorded.
     */
    Option<Order> run(OrderId id, Option<Order> known) {
        if (notificationDelivery.isEmpty()) {
            return run(id, known, effect -> true);
        }
        // Notifications are owed last, so stopping at the first one leaves only notifications owed.
        Option<Order> run = run(id, known, effect -> !(effect instanceof PendingEffect.Notify));
        run.filter(order -> !order.notificationsOwed().isEmpty())
                .forEach(order -> notificationDelivery.get().execute(() -> deliverNotifications(order)));
        return run;
    }

    /** Runs everything the order owes on the caller's thread, notifications included: how recovery runs. */
    Option<Order> runAll(OrderId id, Option<Order> known) {
        return run(id, known, effect -> true);
    }

    /** On the host's executor: sends what the order owes, and never lets a failure escape into the executor. */
    private void deliverNotifications(Order order) {
        try {
            runAll(order.id(), Option.some(order));
        } catch (RuntimeException failure) {
            LOG.warn("order {}: notifications left owed for recovery: {}", order.id(), failure.toString());
        }
    }

    /**
     * Runs what the order owes up to its first effect that calls a port other than the stores (a payment, a
     * label, a notification): what may run inside a storage transaction, as placement does.
     */
    Order runStockMoves(Order known) {
        return run(known.id(), Option.some(known), PendingEffect::movesStock).getOrElse(known);
    }

    private Option<Order> run(OrderId id, Option<Order> known, Predicate<PendingEffect> mayRun) {
        Set<String> failed = new HashSet<>();
        Option<Order> stored = known.filter(o -> o.id().equals(id));
        while (true) {
            Option<Order> loaded = stored.isDefined() ? stored : execution.load(id);
            stored = Option.none();
            if (loaded.isEmpty()) {
                return loaded;
            }
            Order order = loaded.get();
            if (ReservationAttempts.needsNewAttempt(order)) {
                if (reallocateOrGiveUp(order)) {
                    continue;
                }
                return loaded;
            }
            if (order.authorizationDue()) {
                stored = requestAuthorization(order);
                if (stored.isDefined()) {
                    continue;
                }
            }
            if (preorderPayment.chargesAtPlacement() && Prepaying.due(order)) {
                stored = requestPrepayment(order);
                if (stored.isDefined()) {
                    continue;
                }
            }
            if (fulfilment.isDefined() && mayRequestFulfilment(order)) {
                stored = requestExternalFulfilment(order);
                if (stored.isDefined()) {
                    continue;
                }
            }
            Option<PendingEffect> next = PendingEffects.of(order).find(e -> !failed.contains(e.key()));
            if (next.isEmpty() || !mayRun.test(next.get())) {
                return loaded;
            }
            List<PendingEffect> batch = EffectBatch.with(next.get(), order, failed, mayRun);
            Option<Either<Rejection, Order>> recorded;
            try {
                recorded = batches.performAndRecord(order, batch, failed, mayRun);
            } catch (RuntimeException storageFailure) {
                // The append may have been remembered before its transaction failed to commit.
                execution.forget(id);
                throw storageFailure;
            }
            if (recorded.isEmpty()) {
                continue; // every port called threw: their effects stay owed for the next run
            }
            stored = recorded.get().toOption();
            if (recorded.get().isLeft()) {
                // The order moved on while the ports were called (a concurrent caller recorded it first).
                batch.forEach(effect -> failed.add(effect.key()));
                LOG.debug("order {}: outcome of {} not recorded: {}", id, next.get().key(), recorded.get().getLeft());
            } else if (recorded.get().get().version() == order.version()) {
                // A replay of an outcome this very state had recorded, yet the state still owes the effect: a bug in
                // how effects are keyed. Calling the port again would answer the same forever; leave it owed.
                batch.forEach(effect -> failed.add(effect.key()));
                LOG.error("order {}: {} is still owed although its outcome under {} was recorded; left for an operator",
                        id, next.get().getClass().getSimpleName(), next.get().key());
            } else {
                // An outcome refused while the others were recorded (a concurrent caller recorded it first).
                Order now = recorded.get().get();
                batch.filter(effect -> PendingEffects.of(now).exists(owed -> owed.key().equals(effect.key())))
                        .forEach(effect -> failed.add(effect.key()));
            }
        }
    }

    /**
     * Records the authorisation to ask for before asking, so a lost answer is retried for the same amount.
     * Answers the order as stored with the request in flight; empty when it was not recorded.
     */
    private Option<Order> requestAuthorization(Order order) {
        String key = IdempotencyKeys.authorizationRequest(order.id(), order.payment().nextAttempt()).value();
        Either<Rejection, Order> requested = execution.execute(order.id(), new PaymentCommand.RequestAuthorization(key),
                Option.some(order));
        if (requested.isLeft()) {
            LOG.debug("order {}: authorisation not requested: {}", order.id(), requested.getLeft());
        }
        return requested.toOption().filter(o -> o.payment().authorizationInFlight().isDefined());
    }

    /** Whether units may go to a provider now: allocated, not covered, payment cleared, not held. No port is read. */
    private static boolean mayRequestFulfilment(Order order) {
        return order.units(Bucket.ALLOCATED) > 0 && order.paymentCleared() && !order.approvals().held() && order.moveInFlight().isEmpty()
                && order.lines().valuesIterator().exists(line -> line.slots(Bucket.ALLOCATED)
                        .exists(slot -> dev.oms.core.fulfilment.Fulfillable.units(order, line.id(), slot.location().get()) > 0));
    }

    /**
     * Puts the units allocated at third-party locations, and at the suppliers that dropship the order's lines, on
     * requests to their providers, recorded before they are sent. Answers the order as stored with the requests;
     * empty when there was none to make.
     */
    private Option<Order> requestExternalFulfilment(Order order) {
        SortedSet<LocationId> thirdParty = TreeSet.ofAll(io.vavr.collection.List.ofAll(ports.inventory().locations())
                .filter(l -> l.type() == LocationType.THIRD_PARTY).map(Location::id))
                .addAll(order.lines().valuesIterator().flatMap(Line::dropshipper));
        if (!ExternalFulfilmentRules.owesRequest(order, thirdParty)) {
            return Option.none();
        }
        String key = IdempotencyKeys.externalFulfilmentRequest(order.version()).value();
        Either<Rejection, Order> requested = execution.execute(order.id(),
                new ExternalFulfilmentCommand.RequestExternalFulfilment(key, thirdParty), Option.some(order));
        if (requested.isLeft()) {
            LOG.debug("order {}: fulfilment not requested: {}", order.id(), requested.getLeft());
        }
        return requested.toOption();
    }

    /**
     * Records the prepayment to capture before capturing, so a lost answer is retried for the same amount.
     * Answers the order as stored with the prepayment in flight; empty when it was not recorded.
     */
    private Option<Order> requestPrepayment(Order order) {
        String key = IdempotencyKeys.prepaymentRequest(order.id(), order.prepayments().requests() + 1).value();
        Either<Rejection, Order> requested = execution.execute(order.id(), new PaymentCommand.RequestPrepayment(key),
                Option.some(order));
        if (requested.isLeft()) {
            LOG.debug("order {}: prepayment not requested: {}", order.id(), requested.getLeft());
        }
        return requested.toOption().filter(o -> o.prepayments().inFlight().isDefined());
    }

    /**
     * Someone took the stock between planning and reserving: plan again, or after a few tries queue the
     * pending units where they may wait and cancel them where not. Returns whether the order moved on.
     * The cancellation is appended only on the state it was judged on: a racing caller (a fill, a customer's
     * cancel, another runner) may have changed the units in between, and then the order is read again.
     */
    private boolean reallocateOrGiveUp(Order order) {
        // Keys carry the version: each attempt is a new decision, never a replay of an earlier one.
        if (ReservationAttempts.mayTryAgain(order) && allocation.allocatePending(order, IdempotencyKeys.reallocation(order.version()).value()).isRight()) {
            return true;
        }
        // Units that may wait (backorderable, or pre-ordered before) go back to their queue rather than being cancelled.
        if (allocation.queuePending(order, IdempotencyKeys.queueing(order.version()).value()).isRight()) {
            LOG.info("order {}: pending units queued after {} reservation attempts", order.id(), order.reservationAttempts());
            return true;
        }
        Either<Rejection, Order> cancelled;
        if (order.lastShortfalls().isEmpty()) {
            // Units a supplier did not commit, sourced again without success. An indent line is bought whole,
            // so it holds no waiting units and cancelling its pending count takes exactly the pending units.
            cancelled = order.lines().valuesIterator().filter(l -> l.count(Bucket.PENDING) > 0).toList()
                    .foldLeft(Either.<Rejection, Order>right(order), (result, line) -> result.flatMap(o -> execution.executeIfUnchanged(
                            o, new CancellationCommand.Cancel(IdempotencyKeys.unsourced(o.version(), line.id()).value(),
                                    Option.some(line.id()), Option.some(line.count(Bucket.PENDING)),
                                    "supplier short and no stock to source from"))));
        } else {
            String reason = "out of stock: "
                    + order.lastShortfalls().map(s -> s.sku() + " short at " + s.locationId()).mkString(", ");
            cancelled = execution.executeIfUnchanged(order, new CancellationCommand.Cancel(
                    IdempotencyKeys.outOfStock(order.reservationAttempts()).value(), Option.none(), Option.none(), reason));
        }
        if (cancelled.isLeft() && cancelled.getLeft().has(ProblemCode.CONCURRENT_MODIFICATION)) {
            LOG.debug("order {}: changed while giving up on its reservation; judged again", order.id());
            return true;
        }
        if (cancelled.isLeft()) {
            LOG.warn("order {}: could not cancel units left unreserved: {}", order.id(), cancelled.getLeft());
            return false;
        }
        LOG.info("order {}: pending units cancelled after {} reservation attempts", order.id(), order.reservationAttempts());
        return true;
    }
}
