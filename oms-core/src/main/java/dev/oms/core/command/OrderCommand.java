// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.command;

import dev.oms.core.command.AllocationCommand.AllocatePending;
import dev.oms.core.command.AllocationCommand.RequestReservation;
import dev.oms.core.command.AllocationCommand.Reroute;
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
import dev.oms.core.command.PaymentCommand.RequestAuthorization;
import dev.oms.core.command.PaymentCommand.RequestPrepayment;
import dev.oms.core.command.PaymentCommand.RetryPayment;
import dev.oms.core.command.WaitingCommand.FillWaitingUnits;
import dev.oms.core.command.WaitingCommand.MoveReleaseDate;

/**
 * Something asked of an existing order, in the imperative. Every command carries an idempotency key: a
 * command whose key the order already handled is answered with no new events.
 *
 * <p>Commands carry intent only; what a decision may read besides the order (time, policies, bins) comes
 * in a {@link DecisionContext}. They come in sealed families, one file each: {@link AllocationCommand},
 * {@link WaitingCommand}, {@link IndentCommand}, {@link PaymentCommand}, {@link FulfilmentCommand} and
 * {@link CancellationCommand} are requests; {@link EffectOutcome} is what a port answered to an effect the
 * order owed. {@link #accept(Visitor)} dispatches on the exact command type, and the compiler checks that
 * a {@link Visitor} handles every one.
 */
public sealed interface OrderCommand
        permits AllocationCommand, WaitingCommand, IndentCommand, PaymentCommand, FulfilmentCommand, CancellationCommand,
        EffectOutcome {

    String idempotencyKey();

    /**
     * A digest of the parameters a host gave with its key ({@link Fingerprint}), or empty for commands keyed
     * by the facade itself. The same key with another fingerprint is a reused key, not a replay.
     */
    default String fingerprint() {
        return "";
    }

    /** Calls the visitor method for this command's type. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per command type: implementing it is the compile-time proof that every command is handled.
     *
     * @param <R> what handling a command yields
     */
    interface Visitor<R> {
        // AllocationCommand
        R visit(AllocatePending command);
        R visit(RequestReservation command);
        R visit(Reroute command);

        // WaitingCommand
        R visit(FillWaitingUnits command);
        R visit(MoveReleaseDate command);

        // IndentCommand
        R visit(ApplySupplierAnswer command);
        R visit(ReceivePurchaseGoods command);

        // PaymentCommand
        R visit(RequestAuthorization command);
        R visit(RetryPayment command);
        R visit(RequestPrepayment command);

        // FulfilmentCommand
        R visit(CreatePickLists command);
        R visit(ConfirmPicked command);
        R visit(ConfirmPacked command);
        R visit(RequestLabel command);
        R visit(Ship command);
        R visit(ConfirmDelivery command);

        // CancellationCommand
        R visit(Cancel command);

        // EffectOutcome
        R visit(RecordReservation outcome);
        R visit(RecordAuthorization outcome);
        R visit(RecordAuthorizationDeclined outcome);
        R visit(RecordCapture outcome);
        R visit(RecordCaptureDeclined outcome);
        R visit(RecordPrepayment outcome);
        R visit(RecordPrepaymentDeclined outcome);
        R visit(RecordRefund outcome);
        R visit(RecordRefundDeclined outcome);
        R visit(RecordAuthorizationVoided outcome);
        R visit(RecordLabel outcome);
        R visit(RecordLabelRefused outcome);
        R visit(RecordLabelVoided outcome);
        R visit(RecordStockReleased outcome);
        R visit(RecordStockConsumed outcome);
        R visit(RecordRingFenceReserved outcome);
        R visit(RecordPurchaseRequestSent outcome);
        R visit(RecordNotificationSent outcome);
    }
}
