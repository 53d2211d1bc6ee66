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
        Either<Rejection, List<OrderEvent>> decided = command.accept(new CommandRules(order, context));
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
}
