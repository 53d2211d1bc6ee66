// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.decision;

import dev.oms.core.payment.PaymentDecisions;
import dev.oms.core.payment.PrepaymentDecisions;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;

import dev.oms.core.allocation.AllocationRules;
import dev.oms.core.allocation.ReroutingRules;
import dev.oms.core.cancellation.CancellationRules;
import dev.oms.core.command.AllocationCommand.AllocatePending;
import dev.oms.core.command.AllocationCommand.RequestReservation;
import dev.oms.core.command.AllocationCommand.Reroute;
import dev.oms.core.command.CancellationCommand.Cancel;
import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.EffectOutcome.RecordAuthorization;
import dev.oms.core.command.EffectOutcome.RecordAuthorizationDeclined;
import dev.oms.core.command.EffectOutcome.RecordAuthorizationVoided;
import dev.oms.core.command.EffectOutcome.RecordCapture;
import dev.oms.core.command.EffectOutcome.RecordCaptureDeclined;
import dev.oms.core.command.EffectOutcome.RecordLabel;
import dev.oms.core.command.EffectOutcome.RecordLabelRefused;
import dev.oms.core.command.EffectOutcome.RecordLabelVoided;
import dev.oms.core.command.EffectOutcome.RecordNotificationSent;
import dev.oms.core.command.EffectOutcome.RecordPrepayment;
import dev.oms.core.command.EffectOutcome.RecordPrepaymentDeclined;
import dev.oms.core.command.EffectOutcome.RecordPurchaseRequestSent;
import dev.oms.core.command.EffectOutcome.RecordRefund;
import dev.oms.core.command.EffectOutcome.RecordRefundDeclined;
import dev.oms.core.command.EffectOutcome.RecordReservation;
import dev.oms.core.command.EffectOutcome.RecordRingFenceReserved;
import dev.oms.core.command.EffectOutcome.RecordStockConsumed;
import dev.oms.core.command.EffectOutcome.RecordStockReleased;
import dev.oms.core.command.FulfilmentCommand.ConfirmDelivery;
import dev.oms.core.command.FulfilmentCommand.ConfirmPacked;
import dev.oms.core.command.FulfilmentCommand.ConfirmPicked;
import dev.oms.core.command.FulfilmentCommand.CreatePickLists;
import dev.oms.core.command.FulfilmentCommand.RequestLabel;
import dev.oms.core.command.FulfilmentCommand.Ship;
import dev.oms.core.command.IndentCommand.ApplySupplierAnswer;
import dev.oms.core.command.IndentCommand.ReceivePurchaseGoods;
import dev.oms.core.command.OrderCommand;
import dev.oms.core.command.PaymentCommand.RequestAuthorization;
import dev.oms.core.command.PaymentCommand.RequestPrepayment;
import dev.oms.core.command.PaymentCommand.RetryPayment;
import dev.oms.core.command.WaitingCommand.FillWaitingUnits;
import dev.oms.core.command.WaitingCommand.MoveReleaseDate;
import dev.oms.core.fulfilment.FulfilmentRules;
import dev.oms.core.indent.IndentRules;
import dev.oms.core.order.Order;
import dev.oms.core.preorder.PreorderRules;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.core.restock.RestockRules;
import dev.oms.spi.event.EffectEvent.NotificationSent;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.ReceiptId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Decides a command against an order's current state and a {@link DecisionContext}. Pure: the same
 * command, order and context always give the same answer, and a rejection leaves nothing to apply. A
 * command whose idempotency key the order already handled is answered with no events, so replays change
 * nothing (design invariant 7).
 *
 * <p>Each command goes to the rules of its domain package through an {@link OrderCommand.Visitor}, so a
 * command added without a rule to decide it does not compile.
 */
public final class OrderDecider {
    private OrderDecider() {}

    /**
     * Decides {@code command} against {@code order}, reading only what {@code context} offers.
     *
     * @param command what is asked of the order
     * @param order the order as it stands
     * @param context the time, policies and inventory views the rules may read
     * @return the events to append, none for a replay of an already handled key, or a rejection naming every
     *     problem ({@code IDEMPOTENCY_KEY_REUSED} when a handled key comes with other parameters)
     */
    public static Either<Rejection, List<OrderEvent>> decide(OrderCommand command, Order order, DecisionContext context) {
        if (order.handled(command.idempotencyKey()).isDefined()) {
            return order.isReplay(command.idempotencyKey(), command.fingerprint()) ? Either.right(List.empty())
                    : Rejections.keyReused(command.idempotencyKey());
        }
        Either<Rejection, List<OrderEvent>> decided = command.accept(new Rules(order, context));
        if (decided.isRight() && decided.get().isEmpty()) {
            throw new IllegalStateException(command.getClass().getSimpleName() + " was decided with no events");
        }
        return decided;
    }

    /**
     * The requests an order owes as a commit leaves it, to record in that same commit so that they cost no commit
     * of their own: today the card authorisation it owes once every unit is reserved (after a reservation's
     * outcome, a payment retry, a cancellation). What is asked is recorded before asking (a lost answer is
     * retried for the same amount), exactly as when it is requested on its own.
     *
     * @param after the order with the decided events applied
     * @return the events recording those requests, or none
     */
    public static List<OrderEvent> intentsOwed(Order after) {
        return PaymentDecisions.authorizationMadeDue(after);
    }

    /** Which rule decides each command: the one place a command is routed. */
    private static final class Rules implements OrderCommand.Visitor<Either<Rejection, List<OrderEvent>>> {
        private final Order order;
        private final DecisionContext context;

        Rules(Order order, DecisionContext context) {
            this.order = order;
            this.context = context;
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(AllocatePending command) {
            return AllocationRules.allocatePending(order, command);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RequestReservation command) {
            return AllocationRules.request(order, command);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(Reroute command) {
            return ReroutingRules.reroute(order, command);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(FillWaitingUnits command) {
            return RestockRules.fill(order, command, context);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(MoveReleaseDate command) {
            return PreorderRules.moveReleaseDate(order, command.lineId(), command.releasesAt());
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(ApplySupplierAnswer command) {
            return IndentRules.recordAnswer(order, command.confirmation(), context::supplierShortfall);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(ReceivePurchaseGoods command) {
            return IndentRules.recordReceipt(order, ReceiptId.of(command.idempotencyKey()), command.purchaseId(), command.location(),
                    command.quantity());
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RequestAuthorization command) {
            return PaymentDecisions.requestAuthorization(order, command);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RetryPayment command) {
            return PaymentDecisions.retry(order, command);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RequestPrepayment command) {
            return PrepaymentDecisions.request(order, command);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(CreatePickLists command) {
            return FulfilmentRules.createPickLists(order, command, context.bins());
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(ConfirmPicked command) {
            return FulfilmentRules.confirmPicked(order, command);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(ConfirmPacked command) {
            return FulfilmentRules.confirmPacked(order, command);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RequestLabel command) {
            return FulfilmentRules.requestLabel(order, command);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(Ship command) {
            return FulfilmentRules.ship(order, command, context.now());
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(ConfirmDelivery command) {
            return FulfilmentRules.confirmDelivery(order, command, context.now());
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(Cancel command) {
            return CancellationRules.cancel(order, command, context.locationPreference());
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordReservation outcome) {
            return AllocationRules.record(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordAuthorization outcome) {
            return PaymentDecisions.recordAuthorization(order, outcome, context.now());
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordAuthorizationDeclined outcome) {
            return PaymentDecisions.recordAuthorizationDeclined(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordCapture outcome) {
            return PaymentDecisions.recordCapture(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordCaptureDeclined outcome) {
            return PaymentDecisions.recordCaptureDeclined(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordPrepayment outcome) {
            return PrepaymentDecisions.record(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordPrepaymentDeclined outcome) {
            return PrepaymentDecisions.recordDeclined(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordRefund outcome) {
            return PrepaymentDecisions.recordRefund(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordRefundDeclined outcome) {
            return PrepaymentDecisions.recordRefundDeclined(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordAuthorizationVoided outcome) {
            return PaymentDecisions.recordVoid(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordLabel outcome) {
            return FulfilmentRules.recordLabel(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordLabelRefused outcome) {
            return FulfilmentRules.recordLabelRefused(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordLabelVoided outcome) {
            return FulfilmentRules.recordLabelVoided(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordStockReleased outcome) {
            return CancellationRules.recordStockReleased(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordStockConsumed outcome) {
            return FulfilmentRules.recordStockConsumed(order, outcome);
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordRingFenceReserved outcome) {
            return IndentRules.recordRingFenceReserved(order, outcome.receiptId());
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordPurchaseRequestSent outcome) {
            return IndentRules.recordSent(order, outcome.purchaseId());
        }

        @Override
        public Either<Rejection, List<OrderEvent>> visit(RecordNotificationSent outcome) {
            return order.notificationsOwed().containsKey(outcome.notificationKey())
                    ? events(new NotificationSent(outcome.notificationKey()))
                    : illegal("no notification owed under " + outcome.notificationKey());
        }
    }
}
