// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.Ports;
import dev.oms.core.allocation.ReservationAttempts;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.order.Prepaying;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.command.CancellationCommand;
import dev.oms.core.command.EffectOutcome;
import dev.oms.core.command.PaymentCommand;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.payment.PaymentGateway.AuthorizationRequest;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult;
import dev.oms.spi.payment.PaymentGateway.CaptureRequest;
import dev.oms.spi.payment.PaymentGateway.CaptureResult;
import dev.oms.spi.payment.PaymentGateway.RefundRequest;
import dev.oms.spi.payment.PaymentGateway.RefundResult;
import dev.oms.spi.payment.PaymentGateway.VoidRequest;
import dev.oms.spi.shipping.ShippingCarrier.LabelRequest;
import dev.oms.spi.shipping.ShippingCarrier.LabelResult;
import dev.oms.spi.supplier.SupplierGateway;
import dev.oms.spi.value.OrderId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the side effects an order owes, one at a time, recording each outcome before deriving the next.
 * A port that throws leaves its effect pending for the next run; the other effects still run.
 */
final class EffectRunner {
    private static final Logger LOG = LoggerFactory.getLogger(EffectRunner.class);

    private final Ports ports;
    private final Option<SupplierGateway> suppliers;
    private final CommandExecution execution;
    private final Allocation allocation;
    private final PreorderPaymentPolicy preorderPayment;

    EffectRunner(Ports ports, Option<SupplierGateway> suppliers, CommandExecution execution, Allocation allocation,
            PreorderPaymentPolicy preorderPayment) {
        this.ports = ports;
        this.suppliers = suppliers;
        this.execution = execution;
        this.allocation = allocation;
        this.preorderPayment = preorderPayment;
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
            Option<PendingEffect> next = PendingEffects.of(order).find(e -> !failed.contains(e.key()));
            if (next.isEmpty()) {
                return loaded;
            }
            PendingEffect effect = next.get();
            EffectOutcome outcome;
            try {
                outcome = perform(order, effect);
            } catch (RuntimeException portFailure) {
                failed.add(effect.key());
                LOG.warn("order {}: {} failed, left pending for retry: {}", id, effect.getClass().getSimpleName(),
                        portFailure.toString());
                continue;
            }
            Either<Rejection, Order> recorded = execution.execute(id, outcome, Option.some(order));
            stored = recorded.toOption();
            if (recorded.isLeft()) {
                // The order moved on while the port was called (a concurrent caller recorded it first).
                failed.add(effect.key());
                LOG.debug("order {}: outcome of {} not recorded: {}", id, effect.key(), recorded.getLeft());
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
            cancelled = order.lines().values().filter(l -> l.count(Bucket.PENDING) > 0).toList()
                    .foldLeft(Either.<Rejection, Order>right(order), (result, line) -> result.flatMap(o -> execution.execute(
                            o.id(), new CancellationCommand.Cancel(IdempotencyKeys.unsourced(o.version(), line.id()).value(),
                                    Option.some(line.id()), Option.some(line.count(Bucket.PENDING)),
                                    "supplier short and no stock to source from"))));
        } else {
            String reason = "out of stock: "
                    + order.lastShortfalls().map(s -> s.sku() + " short at " + s.locationId()).mkString(", ");
            cancelled = execution.execute(order.id(), new CancellationCommand.Cancel(
                    IdempotencyKeys.outOfStock(order.reservationAttempts()).value(), Option.none(), Option.none(), reason));
        }
        if (cancelled.isLeft()) {
            LOG.warn("order {}: could not cancel units left unreserved: {}", order.id(), cancelled.getLeft());
            return false;
        }
        LOG.info("order {}: pending units cancelled after {} reservation attempts", order.id(), order.reservationAttempts());
        return true;
    }

    /** What the carrier is asked for a label purchase, the same whether asked first or for a recorded request. */
    static LabelRequest labelRequest(Order order, PendingEffect.PurchaseLabel purchase) {
        return new LabelRequest(purchase.key(), order.id(), purchase.packageId(), purchase.shipFrom(), order.shipTo(),
                purchase.service(), purchase.units());
    }

    private EffectOutcome perform(Order order, PendingEffect effect) {
        return effect.accept(new Performer(order));
    }

    /** Calls the port an effect owes, under the effect's key, and says what it answered: one method per effect. */
    private final class Performer implements PendingEffect.Visitor<EffectOutcome> {
        private final Order order;
        private final OrderId id;

        Performer(Order order) {
            this.order = order;
            this.id = order.id();
        }

        @Override
        public EffectOutcome visit(PendingEffect.Reserve e) {
            return new EffectOutcome.RecordReservation(e.key(), e.attempt(),
                    ports.inventory().reserve(e.key(), e.movements().toJavaList()));
        }

        @Override
        public EffectOutcome visit(PendingEffect.ReleaseStock e) {
            ports.inventory().release(e.key(), e.movements().toJavaList());
            return new EffectOutcome.RecordStockReleased(e.key(), e.cancellationId());
        }

        @Override
        public EffectOutcome visit(PendingEffect.ConsumeStock e) {
            ports.inventory().consume(e.key(), e.movements().toJavaList());
            return new EffectOutcome.RecordStockConsumed(e.key(), e.packageId());
        }

        @Override
        public EffectOutcome visit(PendingEffect.PurchaseLabel e) {
            LabelResult result = ports.carrier().purchaseLabel(labelRequest(order, e));
            return result.fold(
                    label -> new EffectOutcome.RecordLabel(e.key(), e.packageId(), label.carrier(), label.labelId(),
                            label.trackingNumber(), label.cost()),
                    refused -> new EffectOutcome.RecordLabelRefused(e.key(), e.packageId(), refused.reason()));
        }

        @Override
        public EffectOutcome visit(PendingEffect.VoidLabel e) {
            ports.carrier().voidLabel(e.key(), e.labelId());
            return new EffectOutcome.RecordLabelVoided(e.key(), e.packageId());
        }

        // Each port's either-or answer is folded here, once, into one of two outcomes the decider handles.
        @Override
        public EffectOutcome visit(PendingEffect.Authorize e) {
            AuthorizationResult result = ports.payments().authorize(new AuthorizationRequest(e.key(), id, e.method(), e.amount()));
            return result.fold(
                    ok -> new EffectOutcome.RecordAuthorization(e.key(), e.amount(), ok.authorizationId(), ok.amount()),
                    declined -> new EffectOutcome.RecordAuthorizationDeclined(e.key(), e.amount(), declined.reason()));
        }

        @Override
        public EffectOutcome visit(PendingEffect.Capture e) {
            CaptureResult result = ports.payments().capture(new CaptureRequest(e.key(), id, e.authorizationId(), e.amount()));
            return result.fold(
                    ok -> new EffectOutcome.RecordCapture(e.key(), e.packageId(), e.authorizationId(), e.amount(),
                            ok.captureId()),
                    declined -> new EffectOutcome.RecordCaptureDeclined(e.key(), e.packageId(), e.authorizationId(), e.amount(),
                            declined.reason()));
        }

        @Override
        public EffectOutcome visit(PendingEffect.Prepay e) {
            CaptureResult result = ports.payments().capture(new CaptureRequest(e.key(), id, e.authorizationId(), e.amount()));
            return result.fold(
                    ok -> new EffectOutcome.RecordPrepayment(e.key(), e.authorizationId(), e.amount(), ok.captureId()),
                    declined -> new EffectOutcome.RecordPrepaymentDeclined(e.key(), e.authorizationId(), e.amount(),
                            declined.reason()));
        }

        @Override
        public EffectOutcome visit(PendingEffect.Refund e) {
            RefundResult result = ports.payments().refund(new RefundRequest(e.key(), id, e.captureId(), e.amount()));
            return result.fold(
                    ok -> new EffectOutcome.RecordRefund(e.key(), e.captureId(), e.amount(), ok.refundId()),
                    declined -> new EffectOutcome.RecordRefundDeclined(e.key(), e.captureId(), e.amount(), declined.reason()));
        }

        @Override
        public EffectOutcome visit(PendingEffect.VoidAuthorization e) {
            ports.payments().voidAuthorization(new VoidRequest(e.key(), id, e.authorizationId(), e.amount()));
            return new EffectOutcome.RecordAuthorizationVoided(e.key(), e.authorizationId(), e.amount());
        }

        @Override
        public EffectOutcome visit(PendingEffect.RequestPurchase e) {
            suppliers.getOrElseThrow(() -> new IllegalStateException(
                    "order " + id + " owes a purchase request but no supplier gateway was configured"))
                    .requestPurchase(e.request());
            return new EffectOutcome.RecordPurchaseRequestSent(e.key(), e.request().purchaseId());
        }

        @Override
        public EffectOutcome visit(PendingEffect.ReserveRingFenced e) {
            ports.inventory().reserveRingFenced(e.key(), java.util.List.of(e.movement()));
            return new EffectOutcome.RecordRingFenceReserved(e.key(), e.receiptId());
        }

        @Override
        public EffectOutcome visit(PendingEffect.Notify e) {
            ports.notifications().send(e.notification());
            return new EffectOutcome.RecordNotificationSent(e.key(), e.notification().key());
        }
    }
}
