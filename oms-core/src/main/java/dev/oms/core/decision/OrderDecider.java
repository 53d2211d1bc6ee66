package dev.oms.core.decision;

import dev.oms.core.command.OrderCommand;
import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;

import dev.oms.core.allocation.AllocationRules;
import dev.oms.core.allocation.ReroutingRules;
import dev.oms.core.cancellation.CancellationRules;
import dev.oms.core.command.OrderCommand.AllocatePending;
import dev.oms.core.command.OrderCommand.Cancel;
import dev.oms.core.command.OrderCommand.FillWaitingUnits;
import dev.oms.core.command.OrderCommand.MoveReleaseDate;
import dev.oms.core.command.OrderCommand.RecordPurchaseReceipt;
import dev.oms.core.command.OrderCommand.RecordPurchaseRequestSent;
import dev.oms.core.command.OrderCommand.RecordRingFenceReserved;
import dev.oms.core.command.OrderCommand.RecordSupplierAnswer;
import dev.oms.core.command.OrderCommand.ConfirmDelivery;
import dev.oms.core.command.OrderCommand.ConfirmPacked;
import dev.oms.core.command.OrderCommand.ConfirmPicked;
import dev.oms.core.command.OrderCommand.CreatePickLists;
import dev.oms.core.command.OrderCommand.RecordAuthorization;
import dev.oms.core.command.OrderCommand.RecordAuthorizationVoided;
import dev.oms.core.command.OrderCommand.RecordCapture;
import dev.oms.core.command.OrderCommand.RecordLabel;
import dev.oms.core.command.OrderCommand.RecordLabelRefused;
import dev.oms.core.command.OrderCommand.RequestLabel;
import dev.oms.core.command.OrderCommand.RecordLabelVoided;
import dev.oms.core.command.OrderCommand.RecordNotificationSent;
import dev.oms.core.command.OrderCommand.RecordReservation;
import dev.oms.core.command.OrderCommand.RecordStockConsumed;
import dev.oms.core.command.OrderCommand.RecordStockReleased;
import dev.oms.core.command.OrderCommand.RequestAuthorization;
import dev.oms.core.command.OrderCommand.RequestPrepayment;
import dev.oms.core.command.OrderCommand.RecordPrepayment;
import dev.oms.core.command.OrderCommand.RecordRefund;
import dev.oms.core.command.OrderCommand.RequestReservation;
import dev.oms.core.command.OrderCommand.Reroute;
import dev.oms.core.command.OrderCommand.RetryPayment;
import dev.oms.core.command.OrderCommand.Ship;
import dev.oms.core.fulfilment.FulfilmentRules;
import dev.oms.core.indent.IndentRules;
import dev.oms.core.order.Order;
import dev.oms.core.preorder.PreorderRules;
import dev.oms.core.restock.RestockRules;
import dev.oms.core.rejection.Rejections;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.EffectEvent.NotificationSent;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Decides a command against an order's current state. Pure: the same order and command always give the
 * same answer, and a rejection leaves nothing to apply. A command whose idempotency key the order already
 * handled is answered with no events, so replays change nothing (design invariant 7).
 */
public final class OrderDecider {
    private OrderDecider() {}

    public static Either<Rejection, List<OrderEvent>> decide(Order order, OrderCommand command) {
        if (order.handled(command.idempotencyKey()).isDefined()) {
            return order.isReplay(command.idempotencyKey(), command.fingerprint()) ? Either.right(List.empty())
                    : Rejections.keyReused(command.idempotencyKey());
        }
        Either<Rejection, List<OrderEvent>> decided = route(order, command);
        if (decided.isRight() && decided.get().isEmpty()) {
            throw new IllegalStateException(command.getClass().getSimpleName() + " was decided with no events");
        }
        return decided;
    }

    private static Either<Rejection, List<OrderEvent>> route(Order order, OrderCommand command) {
        if (command instanceof AllocatePending c) {
            return AllocationRules.allocatePending(order, c);
        } else if (command instanceof FillWaitingUnits c) {
            return RestockRules.fill(order, c);
        } else if (command instanceof MoveReleaseDate c) {
            return PreorderRules.moveReleaseDate(order, c.lineId(), c.releasesAt());
        } else if (command instanceof RecordPurchaseRequestSent c) {
            return IndentRules.recordSent(order, c.purchaseId());
        } else if (command instanceof RecordSupplierAnswer c) {
            return IndentRules.recordAnswer(order, c.confirmation(), c.shortfall());
        } else if (command instanceof RecordPurchaseReceipt c) {
            return IndentRules.recordReceipt(order, c.idempotencyKey(), c.purchaseId(), c.location(), c.quantity());
        } else if (command instanceof RecordRingFenceReserved c) {
            return IndentRules.recordRingFenceReserved(order, c.receiptId());
        } else if (command instanceof RequestReservation c) {
            return AllocationRules.request(order, c);
        } else if (command instanceof RecordReservation c) {
            return AllocationRules.record(order, c);
        } else if (command instanceof RequestAuthorization c) {
            return PaymentDecisions.requestAuthorization(order, c);
        } else if (command instanceof RecordAuthorization c) {
            return PaymentDecisions.recordAuthorization(order, c);
        } else if (command instanceof RetryPayment c) {
            return PaymentDecisions.retry(order, c);
        } else if (command instanceof RecordCapture c) {
            return PaymentDecisions.recordCapture(order, c);
        } else if (command instanceof RequestPrepayment c) {
            return PrepaymentDecisions.request(order, c);
        } else if (command instanceof RecordPrepayment c) {
            return PrepaymentDecisions.record(order, c);
        } else if (command instanceof RecordRefund c) {
            return PrepaymentDecisions.recordRefund(order, c);
        } else if (command instanceof RecordAuthorizationVoided c) {
            return PaymentDecisions.recordVoid(order, c);
        } else if (command instanceof CreatePickLists c) {
            return FulfilmentRules.createPickLists(order, c);
        } else if (command instanceof ConfirmPicked c) {
            return FulfilmentRules.confirmPicked(order, c);
        } else if (command instanceof ConfirmPacked c) {
            return FulfilmentRules.confirmPacked(order, c);
        } else if (command instanceof RequestLabel c) {
            return FulfilmentRules.requestLabel(order, c);
        } else if (command instanceof RecordLabelRefused c) {
            return FulfilmentRules.recordLabelRefused(order, c);
        } else if (command instanceof RecordLabel c) {
            return FulfilmentRules.recordLabel(order, c);
        } else if (command instanceof Ship c) {
            return FulfilmentRules.ship(order, c);
        } else if (command instanceof ConfirmDelivery c) {
            return FulfilmentRules.confirmDelivery(order, c);
        } else if (command instanceof RecordStockConsumed c) {
            return FulfilmentRules.recordStockConsumed(order, c);
        } else if (command instanceof RecordLabelVoided c) {
            return FulfilmentRules.recordLabelVoided(order, c);
        } else if (command instanceof Cancel c) {
            return CancellationRules.cancel(order, c);
        } else if (command instanceof Reroute c) {
            return ReroutingRules.reroute(order, c);
        } else if (command instanceof RecordStockReleased c) {
            return CancellationRules.recordStockReleased(order, c);
        } else if (command instanceof RecordNotificationSent c) {
            return order.notificationsOwed().containsKey(c.notificationKey())
                    ? events(new NotificationSent(c.notificationKey()))
                    : illegal("no notification owed under " + c.notificationKey());
        }
        throw new IllegalStateException("unhandled command " + command.getClass().getName());
    }
}
