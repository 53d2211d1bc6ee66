// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.EffectOutcome;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.Ports;
import dev.oms.spi.fulfilment.FulfilmentService;
import dev.oms.spi.payment.StoreCredit;
import dev.oms.spi.supplier.SupplierGateway;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs effects an order owes at one time and records their outcomes in one commit. Effects whose calls do not
 * depend on one another ({@link PendingEffect#batchable}) go together: a shipped package's stock consumption, its
 * capture and the customer's notice cost one append, not three. Every other effect goes alone.
 */
final class EffectBatch {
    private static final Logger LOG = LoggerFactory.getLogger(EffectBatch.class);

    private final Ports ports;
    private final Option<SupplierGateway> suppliers;
    private final Option<FulfilmentService> fulfilment;
    private final Option<StoreCredit> storeCredit;
    private final CommandExecution execution;

    EffectBatch(Ports ports, Option<SupplierGateway> suppliers, Option<FulfilmentService> fulfilment, Option<StoreCredit> storeCredit,
            CommandExecution execution) {
        this.ports = ports;
        this.suppliers = suppliers;
        this.fulfilment = fulfilment;
        this.storeCredit = storeCredit;
        this.execution = execution;
    }

    /**
     * The effects to perform with {@code next}: it alone, or with every other batchable effect owed that may run and
     * moves no stock (at most one stock movement goes in a batch: it alone runs inside the transaction).
     */
    static List<PendingEffect> with(PendingEffect next, Order order, Set<String> failed, Predicate<PendingEffect> mayRun) {
        if (!next.batchable()) {
            return List.of(next);
        }
        return List.of(next).appendAll(PendingEffects.of(order).filter(e -> e != next && e.batchable() && !e.movesStock()
                && !failed.contains(e.key()) && mayRun.test(e)));
    }

    /**
     * Calls the ports, then records their answers. The calls that move no stock go first, outside any transaction; a
     * stock movement is called inside the transaction that records the answers, so no reserved unit is ever without
     * the order that owns it. A port that throws leaves its effect owed, its key added to {@code failed}; the others'
     * answers are still recorded.
     *
     * @return the order as recorded or the refusal; none when no port answered
     */
    Option<Either<Rejection, Order>> performAndRecord(Order order, List<PendingEffect> batch, Set<String> failed,
            Predicate<PendingEffect> mayRun) {
        List<EffectOutcome> outcomes = List.empty();
        for (PendingEffect effect : batch.filter(e -> !e.movesStock())) {
            try {
                outcomes = outcomes.append(perform(order, effect));
            } catch (PortCallFailed failure) {
                leftOwed(order, effect, failure, failed);
            }
        }
        Option<PendingEffect> stock = batch.find(PendingEffect::movesStock);
        if (stock.isEmpty() && !outcomes.isEmpty() && !batch.forAll(e -> e instanceof PendingEffect.Notify)) {
            // (A notice sent makes no other notice due: a batch of notices alone is not previewed.)
            outcomes = outcomes.appendAll(noticesMadeDue(order, outcomes, batch, failed, mayRun));
        }
        if (stock.isDefined()) {
            List<EffectOutcome> called = outcomes;
            try {
                // Its outcome first: effects are owed stock first, and recorded in the order they are owed.
                return Option.some(ports.orders().atomically(() ->
                        execution.recordOutcomes(order.id(), called.prepend(perform(order, stock.get())), Option.some(order))));
            } catch (PortCallFailed failure) {
                leftOwed(order, stock.get(), failure, failed);
            }
        }
        return outcomes.isEmpty() ? Option.none() : Option.some(execution.recordOutcomes(order.id(), outcomes, Option.some(order)));
    }

    /**
     * Sends the notices the outcomes make due (the order confirmed once authorised, a payment failed once declined),
     * for their outcomes to be recorded with them: they cost no commit of their own. They are sent before anything is
     * recorded, as a notice always is (at least once, a repeat deduplicated by its key); a batch with a stock movement
     * sends none, as nothing but the stores may run in its transaction.
     */
    private List<EffectOutcome> noticesMadeDue(Order order, List<EffectOutcome> outcomes, List<PendingEffect> batch,
            Set<String> failed, Predicate<PendingEffect> mayRun) {
        Order after = execution.preview(order, outcomes);
        List<EffectOutcome> sent = List.empty();
        for (PendingEffect notice : PendingEffects.of(after).filter(e -> e instanceof PendingEffect.Notify
                && !batch.exists(done -> done.key().equals(e.key())) && !failed.contains(e.key()) && mayRun.test(e))) {
            try {
                sent = sent.append(perform(after, notice));
            } catch (PortCallFailed failure) {
                leftOwed(after, notice, failure, failed);
            }
        }
        return sent;
    }

    private EffectOutcome perform(Order order, PendingEffect effect) {
        try {
            return effect.accept(new PortCalls(ports, suppliers, fulfilment, storeCredit, order));
        } catch (RuntimeException portFailure) {
            throw new PortCallFailed(portFailure);
        }
    }

    private static void leftOwed(Order order, PendingEffect effect, PortCallFailed failure, Set<String> failed) {
        failed.add(effect.key());
        LOG.warn("order {}: {} failed, left pending for retry: {}", order.id(), effect.getClass().getSimpleName(),
                failure.getCause().toString());
    }

    /** A port an effect called threw: the effect stays pending, and a transaction around it rolls back. */
    private static final class PortCallFailed extends RuntimeException {
        PortCallFailed(RuntimeException cause) {
            super(cause);
        }
    }
}
