// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.decision;

import dev.oms.core.payment.PaymentDecisions;
import dev.oms.core.payment.PrepaymentDecisions;
import dev.oms.core.payment.StoreCreditRules;
import dev.oms.core.returns.ReturnLabelRules;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;

import dev.oms.core.allocation.AllocationRules;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.allocation.ReroutingRules;
import dev.oms.core.cancellation.CancellationRules;
import dev.oms.core.command.AllocationCommand.AllocatePending;
import dev.oms.core.command.AllocationCommand.RequestReservation;
import dev.oms.core.command.AllocationCommand.Reroute;
import dev.oms.core.command.AllocationCommand.SettleStockLoss;
import dev.oms.core.stockloss.StockLossRules;
import dev.oms.core.command.CancellationCommand.Cancel;
import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.EffectOutcome.RecordAuthorization;
import dev.oms.core.command.EffectOutcome.RecordAuthorizationDeclined;
import dev.oms.core.command.EffectOutcome.RecordAuthorizationVoided;
import dev.oms.core.command.EffectOutcome.RecordCapture;
import dev.oms.core.command.EffectOutcome.RecordCaptureDeclined;
import dev.oms.core.command.EffectOutcome.RecordFulfilmentRequestSent;
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
import dev.oms.core.command.ExternalFulfilmentCommand.RecordExternalRejection;
import dev.oms.core.command.ExternalFulfilmentCommand.RecordExternalShipment;
import dev.oms.core.command.ExternalFulfilmentCommand.RequestExternalFulfilment;
import dev.oms.core.command.FulfilmentCommand.ConfirmDelivery;
import dev.oms.core.command.FulfilmentCommand.ConfirmPacked;
import dev.oms.core.command.FulfilmentCommand.ConfirmPicked;
import dev.oms.core.command.FulfilmentCommand.VoidPickList;
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
import dev.oms.core.fulfilment.ExternalFulfilmentRules;
import dev.oms.core.fulfilment.FulfilmentRules;
import dev.oms.core.fulfilment.ShipmentVoidRules;
import dev.oms.core.fulfilment.TrackingRules;
import dev.oms.core.command.FulfilmentCommand;
import dev.oms.core.indent.IndentRules;
import dev.oms.core.allocation.MoveRules;
import dev.oms.core.command.AllocationCommand.MoveAllocation;
import dev.oms.core.command.EffectOutcome.RecordMove;
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

import dev.oms.core.approval.ApprovalRules;
import dev.oms.core.command.ApprovalCommand.HoldForApproval;
import dev.oms.core.command.ApprovalCommand.RejectInApproval;
import dev.oms.core.command.ApprovalCommand.ReleaseApprovalHold;
import dev.oms.core.command.ReturnCommand.ApproveReturn;
import dev.oms.core.command.ReturnCommand.RejectReturn;
import dev.oms.core.command.ReturnCommand.RequestReturn;
import dev.oms.core.cancellation.ReopenRules;
import dev.oms.core.command.CancellationCommand;
import dev.oms.core.command.EffectOutcome;
import dev.oms.core.command.ReturnCommand;
import dev.oms.core.returns.ClaimRules;
import dev.oms.core.returns.ReturnReceiving;
import dev.oms.core.returns.ReturnRules;

/**
 * Which rule decides each command: the one place a command is routed. Picking, packing, labelling and shipping
 * wait while the order is held for approval.
 */
final class CommandRules implements OrderCommand.Visitor<Either<Rejection, List<OrderEvent>>> {
    private final Order order;
    private final DecisionContext context;

    CommandRules(Order order, DecisionContext context) {
        this.order = order;
        this.context = context;
    }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(AllocatePending command) {
        return AllocationRules.allocatePending(order, command);
    }

    @Override public Either<Rejection, List<OrderEvent>> visit(RequestReservation command) { return AllocationRules.request(order, command); }

    @Override public Either<Rejection, List<OrderEvent>> visit(Reroute command) { return ReroutingRules.reroute(order, command); }

    @Override public Either<Rejection, List<OrderEvent>> visit(MoveAllocation command) { return MoveRules.move(order, command); }

    @Override public Either<Rejection, List<OrderEvent>> visit(RecordMove outcome) { return MoveRules.record(order, outcome); }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(SettleStockLoss command) {
        return StockLossRules.settle(order, command, context.locationPreference());
    }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(FillWaitingUnits command) {
        return RestockRules.fill(order, command, context);
    }

    @Override public Either<Rejection, List<OrderEvent>> visit(MoveReleaseDate command) { return PreorderRules.moveReleaseDate(order, command.lineId(), command.releasesAt()); }

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
        return ApprovalRules.unlessHeld(order, () -> MoveRules.unlessMoving(order, () -> FulfilmentRules.createPickLists(order, command, context.bins())));
    }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(ConfirmPicked command) {
        return ApprovalRules.unlessHeld(order, () -> FulfilmentRules.confirmPicked(order, command));
    }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(VoidPickList command) {
        return FulfilmentRules.voidPickList(order, command); // allowed while held: voiding moves nothing out
    }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(ConfirmPacked command) {
        return ApprovalRules.unlessHeld(order, () -> FulfilmentRules.confirmPacked(order, command));
    }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(RequestLabel command) {
        return ApprovalRules.unlessHeld(order, () -> FulfilmentRules.requestLabel(order, command));
    }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(Ship command) {
        return ApprovalRules.unlessHeld(order, () -> FulfilmentRules.ship(order, command, context.now()));
    }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(ConfirmDelivery command) {
        return FulfilmentRules.confirmDelivery(order, command, context.now());
    }
    @Override public Either<Rejection, List<OrderEvent>> visit(FulfilmentCommand.TrackPackage c) { return TrackingRules.track(order, c); }
    @Override public Either<Rejection, List<OrderEvent>> visit(FulfilmentCommand.VoidShipment c) { return ShipmentVoidRules.voidShipment(order, c); }

    // A provider's answers are recorded even while the order is held: the units left (or not) whatever oms says.
    @Override public Either<Rejection, List<OrderEvent>> visit(RequestExternalFulfilment c) {
        return ApprovalRules.unlessHeld(order, () -> ExternalFulfilmentRules.request(order, c));
    }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordExternalShipment c) { return ExternalFulfilmentRules.ship(order, c); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordExternalRejection c) { return ExternalFulfilmentRules.rejectUnits(order, c); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordFulfilmentRequestSent o) {
        return ExternalFulfilmentRules.recordSent(order, o.requestId());
    }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(Cancel command) {
        return CancellationRules.cancel(order, command, context.locationPreference());
    }
    @Override public Either<Rejection, List<OrderEvent>> visit(CancellationCommand.Reopen c) { return ReopenRules.reopen(order, c.reason()); }

    // Returns: the window comes from the context's return policy.
    @Override public Either<Rejection, List<OrderEvent>> visit(RequestReturn c) {
        return ReturnRules.request(order, c.items(), context.now(), context.returnPolicy(), new ReturnCancellation(context.locationPreference()));
    }
    @Override public Either<Rejection, List<OrderEvent>> visit(ApproveReturn c) { return ReturnRules.approve(order, c.returnId(), c.note()); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RejectReturn c) { return ReturnRules.reject(order, c.returnId(), c.note()); }
    @Override public Either<Rejection, List<OrderEvent>> visit(ReturnCommand.ReceiveReturn c) {
        return ReturnReceiving.receive(order, c.returnId(), c.locationId(), List.ofAll(c.items()), context.now(), context.returnPolicy(),
                c.tender());
    }
    @Override public Either<Rejection, List<OrderEvent>> visit(ReturnCommand.SettleClaim c) {
        Either<Rejection, List<OrderEvent>> settled = ClaimRules.settle(order, c.packageId(), c.reason(), c.resolution(),
                List.ofAll(c.items()), context.now(), c.tender());
        // A reship's replacement lines are allocated in the claim's own commit, on the order as the claim leaves it.
        return c.replacementAllocation().isEmpty() ? settled : settled.flatMap(events -> AllocationRules
                .allocatePending(events.foldLeft(order, OrderEvolution::apply), c.replacementAllocation().get())
                .map(events::appendAll));
    }
    @Override public Either<Rejection, List<OrderEvent>> visit(dev.oms.core.command.ExchangeCommand.OpenExchange c) {
        return dev.oms.core.exchange.ExchangeRules.open(order, c, context.now(), context.returnPolicy());
    }
    @Override public Either<Rejection, List<OrderEvent>> visit(dev.oms.core.command.EditCommand.ConfirmEdit c) {
        return dev.oms.core.edit.EditRules.confirm(order, c, context.locationPreference(), context.now());
    }
    @Override public Either<Rejection, List<OrderEvent>> visit(EffectOutcome.RecordReturnRestocked o) { return ReturnReceiving.restocked(order, o.idempotencyKey()); }
    @Override public Either<Rejection, List<OrderEvent>> visit(EffectOutcome.RecordStoreCreditIssued o) { return StoreCreditRules.recordIssued(order, o); }
    @Override public Either<Rejection, List<OrderEvent>> visit(EffectOutcome.RecordStoreCreditDeclined o) { return StoreCreditRules.recordDeclined(order, o); }
    @Override public Either<Rejection, List<OrderEvent>> visit(ReturnCommand.RequestReturnLabel c) {
        return ReturnLabelRules.request(order, c.returnId(), c.returnTo(), c.service());
    }
    @Override public Either<Rejection, List<OrderEvent>> visit(EffectOutcome.RecordReturnLabel o) { return ReturnLabelRules.recordIssued(order, o.returnId(), o.label()); }
    @Override public Either<Rejection, List<OrderEvent>> visit(EffectOutcome.RecordReturnLabelRefused o) { return ReturnLabelRules.recordRefused(order, o.returnId(), o.reason()); }
    @Override public Either<Rejection, List<OrderEvent>> visit(EffectOutcome.RecordReturnLabelVoided o) { return ReturnLabelRules.recordVoided(order, o.returnId()); }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(HoldForApproval command) {
        return ApprovalRules.hold(order, command);
    }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(ReleaseApprovalHold command) {
        return ApprovalRules.release(order, command);
    }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(RejectInApproval command) {
        return ApprovalRules.reject(order, command, context.locationPreference());
    }

    @Override public Either<Rejection, List<OrderEvent>> visit(RecordReservation outcome) { return AllocationRules.record(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordAuthorization outcome) { return PaymentDecisions.recordAuthorization(order, outcome, context.now()); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordAuthorizationDeclined outcome) { return PaymentDecisions.recordAuthorizationDeclined(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordCapture outcome) { return PaymentDecisions.recordCapture(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordCaptureDeclined outcome) { return PaymentDecisions.recordCaptureDeclined(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordPrepayment outcome) { return PrepaymentDecisions.record(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordPrepaymentDeclined outcome) { return PrepaymentDecisions.recordDeclined(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordRefund outcome) { return PrepaymentDecisions.recordRefund(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordRefundDeclined outcome) { return PrepaymentDecisions.recordRefundDeclined(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordAuthorizationVoided outcome) { return PaymentDecisions.recordVoid(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordLabel outcome) { return FulfilmentRules.recordLabel(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordLabelRefused outcome) { return FulfilmentRules.recordLabelRefused(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordLabelVoided outcome) { return FulfilmentRules.recordLabelVoided(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordStockReleased outcome) { return CancellationRules.recordStockReleased(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordStockConsumed outcome) { return FulfilmentRules.recordStockConsumed(order, outcome); }
    @Override public Either<Rejection, List<OrderEvent>> visit(dev.oms.core.command.EffectOutcome.RecordVoidedStockReturned outcome) {
        return ShipmentVoidRules.recordStockReturned(order, outcome.packageId());
    }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordRingFenceReserved outcome) { return IndentRules.recordRingFenceReserved(order, outcome.receiptId()); }
    @Override public Either<Rejection, List<OrderEvent>> visit(RecordPurchaseRequestSent outcome) { return IndentRules.recordSent(order, outcome.purchaseId()); }

    @Override
    public Either<Rejection, List<OrderEvent>> visit(RecordNotificationSent outcome) {
        return order.notificationsOwed().containsKey(outcome.notificationKey())
                ? events(new NotificationSent(outcome.notificationKey()))
                : illegal("no notification owed under " + outcome.notificationKey());
    }
}
