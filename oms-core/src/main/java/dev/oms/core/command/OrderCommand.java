// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.core.command.AllocationCommand.AllocatePending;
import dev.oms.core.command.ApprovalCommand.*;
import dev.oms.core.command.AllocationCommand.RequestReservation;
import dev.oms.core.command.AllocationCommand.Reroute;
import dev.oms.core.command.AllocationCommand.SettleStockLoss;
import dev.oms.core.command.CancellationCommand.Cancel;
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
import dev.oms.core.command.EffectOutcome.RecordMove;
import dev.oms.core.command.AllocationCommand.MoveAllocation;
import dev.oms.core.command.EffectOutcome.RecordRingFenceReserved;
import dev.oms.core.command.EffectOutcome.RecordStockConsumed;
import dev.oms.core.command.EffectOutcome.RecordStockReleased;
import dev.oms.core.command.FulfilmentCommand.*;
import dev.oms.core.command.IndentCommand.*;
import dev.oms.core.command.PaymentCommand.*;
import dev.oms.core.command.WaitingCommand.FillWaitingUnits;
import dev.oms.core.command.WaitingCommand.MoveReleaseDate;

/**
 * Something asked of an existing order, in the imperative. Every command carries an idempotency key: a
 * command whose key the order already handled is answered with no new events.
 *
 * <p>Commands carry intent only; what a decision may read besides the order (time, policies, bins) comes
 * in a {@link DecisionContext}. They come in sealed families, one file each: {@link AllocationCommand},
 * {@link WaitingCommand}, {@link IndentCommand}, {@link PaymentCommand}, {@link FulfilmentCommand} and
 * {@link CancellationCommand}, {@link ApprovalCommand}, {@link ExternalFulfilmentCommand}, {@link ReturnCommand}, {@link EditCommand} and {@link ExchangeCommand} are requests; {@link EffectOutcome} is what a port answered to an effect the
 * order owed. {@link #accept(Visitor)} dispatches on the exact command type, and the compiler checks that
 * a {@link Visitor} handles every one.
 */
public sealed interface OrderCommand
        permits AllocationCommand, WaitingCommand, IndentCommand, PaymentCommand, FulfilmentCommand, CancellationCommand,
        ApprovalCommand, ExternalFulfilmentCommand, ReturnCommand, EditCommand, ExchangeCommand, EffectOutcome {

    /** {@return the key the order handles this command under at most once} */
    String idempotencyKey();

    /**
     * {@return a digest of the parameters a host gave with its key ({@link Fingerprint}), or empty for commands keyed
     * by the facade itself; the same key with another fingerprint is a reused key, not a replay}
     */
    default String fingerprint() {
        return "";
    }

    /**
     * Calls the visitor method for this command's type.
     *
     * @param <R> what handling a command yields
     * @param visitor the handler
     * @return what the visitor's method returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per command type: implementing it is the compile-time proof that every command is handled.
     *
     * @param <R> what handling a command yields
     */
    interface Visitor<R> {
        // AllocationCommand
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(AllocatePending command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(RequestReservation command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(Reroute command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(SettleStockLoss command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(MoveAllocation command);

        // WaitingCommand
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(FillWaitingUnits command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(MoveReleaseDate command);

        // IndentCommand
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ApplySupplierAnswer command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ReceivePurchaseGoods command);

        // PaymentCommand
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(RequestAuthorization command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(RetryPayment command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(RequestPrepayment command);

        // FulfilmentCommand
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(CreatePickLists command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ConfirmPicked command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(VoidPickList command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ConfirmPacked command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(RequestLabel command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(Ship command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ConfirmDelivery command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(FulfilmentCommand.TrackPackage command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(FulfilmentCommand.VoidShipment command);

        // CancellationCommand
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(Cancel command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(CancellationCommand.Reopen command);

        // ApprovalCommand
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(HoldForApproval command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ReleaseApprovalHold command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(RejectInApproval command);

        // ExternalFulfilmentCommand
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ExternalFulfilmentCommand.RequestExternalFulfilment command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ExternalFulfilmentCommand.RecordExternalShipment command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ExternalFulfilmentCommand.RecordExternalRejection command);

        // ReturnCommand
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ReturnCommand.RequestReturn command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ReturnCommand.ApproveReturn command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ReturnCommand.RejectReturn command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ReturnCommand.ReceiveReturn command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ReturnCommand.SettleClaim command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(EditCommand.ConfirmEdit command);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ExchangeCommand.OpenExchange command);

        // EffectOutcome
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(EffectOutcome.RecordFulfilmentRequestSent outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordReservation outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to record */
        R visit(RecordMove outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordAuthorization outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordAuthorizationDeclined outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordCapture outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordCaptureDeclined outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordPrepayment outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordPrepaymentDeclined outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordRefund outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordRefundDeclined outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordAuthorizationVoided outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordLabel outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordLabelRefused outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordLabelVoided outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordStockReleased outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordStockConsumed outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(EffectOutcome.RecordVoidedStockReturned outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordRingFenceReserved outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordPurchaseRequestSent outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(RecordNotificationSent outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(EffectOutcome.RecordReturnRestocked outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(EffectOutcome.RecordStoreCreditIssued outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(EffectOutcome.RecordStoreCreditDeclined outcome);
        /** {@return what handling it yields}
         * @param command the command to handle */
        R visit(ReturnCommand.RequestReturnLabel command);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(EffectOutcome.RecordReturnLabel outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(EffectOutcome.RecordReturnLabelRefused outcome);
        /** {@return what handling it yields}
         * @param outcome the outcome to handle */
        R visit(EffectOutcome.RecordReturnLabelVoided outcome);
    }
}
