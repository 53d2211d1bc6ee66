// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.ApprovalCommand;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Approval holds, for fraud, payment and address reviewers: hold an order, release it, or reject it. A held order
 * keeps its reservations and authorisation but is not picked, packed, labelled, shipped or captured until every
 * hold is released. Holds the host's {@link dev.oms.core.approval.ApprovalPolicy} places at checkout come with
 * the order. Reached through {@link OrderManagement#approvals()}.
 */
public final class Approvals {
    private final Settling settling;

    Approvals(Settling settling) {
        this.settling = settling;
    }

    /**
     * Holds the order for approval.
     *
     * @param orderId the order
     * @param request the reason, the note and the host's key
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code APPROVAL_HOLD_OPEN} when a hold
     *     for the reason is open, {@code NOTHING_TO_DO} when every unit is shipped or cancelled, {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> hold(OrderId orderId, ApprovalRequest request) {
        return run(orderId, request, HostRequest.APPROVAL_HOLD,
                key -> new ApprovalCommand.HoldForApproval(key, request.reason(), request.note()));
    }

    /**
     * Releases the order's hold for the request's reason; once no hold is open, fulfilment goes on and captures
     * owed for packages shipped before the hold are made.
     *
     * @param orderId the order
     * @param request the reason, the note and the host's key
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code NO_APPROVAL_HOLD},
     *     {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> release(OrderId orderId, ApprovalRequest request) {
        return run(orderId, request, HostRequest.APPROVAL_RELEASE,
                key -> new ApprovalCommand.ReleaseApprovalHold(key, request.reason(), request.note()));
    }

    /**
     * Rejects the order in the review of the request's reason: every hold closes and every unit not yet shipped
     * is cancelled, its stock going to waiting orders first and its authorisation voided.
     *
     * @param orderId the order
     * @param request the reason, the note and the host's key
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code NO_APPROVAL_HOLD},
     *     {@code NOT_CANCELLABLE} (units on open pick lists, a reservation in flight), {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> reject(OrderId orderId, ApprovalRequest request) {
        return run(orderId, request, HostRequest.APPROVAL_REJECT,
                key -> new ApprovalCommand.RejectInApproval(key, request.reason(), request.note()));
    }

    private Either<Rejection, Order> run(OrderId orderId, ApprovalRequest request, HostRequest kind,
            java.util.function.Function<String, ApprovalCommand> command) {
        Require.nonNull(orderId, "orderId");
        Option<Rejection> malformed = EntryChecks.approval(request);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return settling.run(orderId, command.apply(IdempotencyKeys.host(kind, request.idempotencyKey()).value()));
    }
}
