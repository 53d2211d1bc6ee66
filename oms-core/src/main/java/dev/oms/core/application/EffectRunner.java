package dev.oms.core.application;

import dev.oms.spi.Ports;
import dev.oms.core.allocation.LocationPriorityAllocation;
import dev.oms.core.command.OrderCommand;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.order.Prepaying;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.payment.PaymentGateway.AuthorizationRequest;
import dev.oms.spi.payment.PaymentGateway.CaptureRequest;
import dev.oms.spi.payment.PaymentGateway.RefundRequest;
import dev.oms.spi.payment.PaymentGateway.VoidRequest;
import dev.oms.spi.shipping.ShippingCarrier.LabelRequest;
import dev.oms.spi.shipping.ShippingCarrier.LabelResult;
import dev.oms.spi.supplier.SupplierGateway;
import dev.oms.spi.value.LocationId;
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
    /** Reservation attempts before pending units are given up as out of stock. */
    static final int MAX_RESERVATION_ATTEMPTS = 3;

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
        Set<String> failed = new HashSet<>();
        while (true) {
            Option<Order> loaded = execution.load(id);
            if (loaded.isEmpty()) {
                return loaded;
            }
            Order order = loaded.get();
            if (needsNewReservationAttempt(order)) {
                if (reallocateOrGiveUp(order)) {
                    continue;
                }
                return loaded;
            }
            if (order.authorizationDue() && requestAuthorization(order)) {
                continue;
            }
            if (preorderPayment.chargesAtPlacement() && Prepaying.due(order) && requestPrepayment(order)) {
                continue;
            }
            Option<PendingEffect> next = PendingEffects.of(order).find(e -> !failed.contains(e.key()));
            if (next.isEmpty()) {
                return loaded;
            }
            PendingEffect effect = next.get();
            OrderCommand outcome;
            try {
                outcome = perform(order, effect);
            } catch (RuntimeException portFailure) {
                failed.add(effect.key());
                LOG.warn("order {}: {} failed, left pending for retry: {}", id, effect.getClass().getSimpleName(),
                        portFailure.toString());
                continue;
            }
            Either<Rejection, Order> recorded = execution.execute(id, outcome);
            if (recorded.isLeft()) {
                // The order moved on while the port was called (a concurrent caller recorded it first).
                failed.add(effect.key());
                LOG.debug("order {}: outcome of {} not recorded: {}", id, effect.key(), recorded.getLeft());
            }
        }
    }

    /** Records the authorisation to ask for before asking, so a lost answer is retried for the same amount. */
    private boolean requestAuthorization(Order order) {
        String key = order.id() + ":authorization-request:" + order.payment().nextAttempt();
        Either<Rejection, Order> requested = execution.execute(order.id(), new OrderCommand.RequestAuthorization(key));
        if (requested.isLeft()) {
            LOG.debug("order {}: authorisation not requested: {}", order.id(), requested.getLeft());
        }
        return requested.isRight() && requested.get().payment().authorizationInFlight().isDefined();
    }

    /** Records the prepayment to capture before capturing, so a lost answer is retried for the same amount. */
    private boolean requestPrepayment(Order order) {
        String key = order.id() + ":prepayment-request:" + (order.prepayments().requests() + 1);
        Either<Rejection, Order> requested = execution.execute(order.id(), new OrderCommand.RequestPrepayment(key));
        if (requested.isLeft()) {
            LOG.debug("order {}: prepayment not requested: {}", order.id(), requested.getLeft());
        }
        return requested.isRight() && requested.get().prepayments().inFlight().isDefined();
    }

    /** Pending units with no reservation on the way: after a failed reservation, or units a supplier did not commit. */
    private static boolean needsNewReservationAttempt(Order order) {
        return order.reservationInFlight().isEmpty() && order.units(Bucket.PENDING) > 0;
    }

    /**
     * Someone took the stock between planning and reserving: plan again, or after a few tries queue the
     * pending units where they may wait and cancel them where not. Returns whether the order moved on.
     */
    private boolean reallocateOrGiveUp(Order order) {
        // Keys carry the version: each attempt is a new decision, never a replay of an earlier one.
        // No shortfall recorded means these units never failed a reservation (a supplier's shortfall sourced again).
        boolean mayTry = order.reservationAttempts() < MAX_RESERVATION_ATTEMPTS || order.lastShortfalls().isEmpty();
        if (mayTry && allocation.allocatePending(order, "reallocate-v" + order.version()).isRight()) {
            return true;
        }
        // Units that may wait (backorderable, or pre-ordered before) go back to their queue rather than being cancelled.
        if (allocation.queuePending(order, "queue-v" + order.version()).isRight()) {
            LOG.info("order {}: pending units queued after {} reservation attempts", order.id(), order.reservationAttempts());
            return true;
        }
        Either<Rejection, Order> cancelled;
        if (order.lastShortfalls().isEmpty()) {
            // Units a supplier did not commit, sourced again without success. An indent line is bought whole,
            // so it holds no waiting units and cancelling its pending count takes exactly the pending units.
            cancelled = order.lines().values().filter(l -> l.count(Bucket.PENDING) > 0).toList()
                    .foldLeft(Either.<Rejection, Order>right(order), (result, line) -> result.flatMap(o -> execution.execute(
                            o.id(), new OrderCommand.Cancel("unsourced-v" + o.version() + "-" + line.id(),
                                    Option.some(line.id()), Option.some(line.count(Bucket.PENDING)),
                                    "supplier short and no stock to source from", preference()))));
        } else {
            String reason = "out of stock: "
                    + order.lastShortfalls().map(s -> s.sku() + " short at " + s.locationId()).mkString(", ");
            cancelled = execution.execute(order.id(), new OrderCommand.Cancel(
                    "out-of-stock-" + order.reservationAttempts(), Option.none(), Option.none(), reason, preference()));
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

    private io.vavr.collection.List<LocationId> preference() {
        return LocationPriorityAllocation.preference(io.vavr.collection.List.ofAll(ports.inventory().locations()));
    }

    private OrderCommand perform(Order order, PendingEffect effect) {
        OrderId id = order.id();
        String key = effect.key();
        if (effect instanceof PendingEffect.Reserve e) {
            return new OrderCommand.RecordReservation(key, e.attempt(), ports.inventory().reserve(key, e.movements().toJavaList()));
        } else if (effect instanceof PendingEffect.ReleaseStock e) {
            ports.inventory().release(key, e.movements().toJavaList());
            return new OrderCommand.RecordStockReleased(key, e.cancellationId());
        } else if (effect instanceof PendingEffect.ConsumeStock e) {
            ports.inventory().consume(key, e.movements().toJavaList());
            return new OrderCommand.RecordStockConsumed(key, e.packageId());
        } else if (effect instanceof PendingEffect.PurchaseLabel e) {
            LabelResult result = ports.carrier().purchaseLabel(labelRequest(order, e));
            if (result instanceof LabelResult.Purchased label) {
                return new OrderCommand.RecordLabel(key, e.packageId(), label.carrier(), label.labelId(),
                        label.trackingNumber(), label.cost());
            }
            return new OrderCommand.RecordLabelRefused(key, e.packageId(), ((LabelResult.Unavailable) result).reason());
        } else if (effect instanceof PendingEffect.VoidLabel e) {
            ports.carrier().voidLabel(key, e.labelId());
            return new OrderCommand.RecordLabelVoided(key, e.packageId());
        } else if (effect instanceof PendingEffect.Authorize e) {
            return new OrderCommand.RecordAuthorization(key, e.amount(),
                    ports.payments().authorize(new AuthorizationRequest(key, id, e.method(), e.amount())));
        } else if (effect instanceof PendingEffect.Capture e) {
            return new OrderCommand.RecordCapture(key, e.packageId(), e.authorizationId(), e.amount(),
                    ports.payments().capture(new CaptureRequest(key, id, e.authorizationId(), e.amount())));
        } else if (effect instanceof PendingEffect.Prepay e) {
            return new OrderCommand.RecordPrepayment(key, e.authorizationId(), e.amount(),
                    ports.payments().capture(new CaptureRequest(key, id, e.authorizationId(), e.amount())));
        } else if (effect instanceof PendingEffect.Refund e) {
            return new OrderCommand.RecordRefund(key, e.captureId(), e.amount(),
                    ports.payments().refund(new RefundRequest(key, id, e.captureId(), e.amount())));
        } else if (effect instanceof PendingEffect.VoidAuthorization e) {
            ports.payments().voidAuthorization(new VoidRequest(key, id, e.authorizationId(), e.amount()));
            return new OrderCommand.RecordAuthorizationVoided(key, e.authorizationId(), e.amount());
        } else if (effect instanceof PendingEffect.ReserveRingFenced e) {
            ports.inventory().reserveRingFenced(key, java.util.List.of(e.movement()));
            return new OrderCommand.RecordRingFenceReserved(key, e.receiptId());
        } else if (effect instanceof PendingEffect.RequestPurchase e) {
            suppliers.getOrElseThrow(() -> new IllegalStateException(
                    "order " + id + " owes a purchase request but no supplier gateway was configured"))
                    .requestPurchase(e.request());
            return new OrderCommand.RecordPurchaseRequestSent(key, e.request().purchaseId());
        } else if (effect instanceof PendingEffect.Notify e) {
            ports.notifications().send(e.notification());
            return new OrderCommand.RecordNotificationSent(key, e.notification().key());
        }
        throw new IllegalStateException("unhandled effect " + effect.getClass().getName());
    }
}
