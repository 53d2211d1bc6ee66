// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.approval;

import static dev.oms.core.rejection.Rejections.events;
import dev.oms.core.rejection.Rejections;

import dev.oms.core.cancellation.CancellationRules;
import dev.oms.core.command.ApprovalCommand.HoldForApproval;
import dev.oms.core.command.ApprovalCommand.RejectInApproval;
import dev.oms.core.command.ApprovalCommand.ReleaseApprovalHold;
import dev.oms.core.command.CancellationCommand.Cancel;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.ApprovalEvent.ApprovalHoldPlaced;
import dev.oms.spi.event.ApprovalEvent.ApprovalHoldRejected;
import dev.oms.spi.event.ApprovalEvent.ApprovalHoldReleased;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.value.LocationId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.function.Supplier;

/** Decides approval holds: placing one, releasing it, rejecting the order in its review. */
public final class ApprovalRules {
    private ApprovalRules() {}

    /**
     * {@return the events that hold a new order as the host's policy asks, in a stable order (by reason)}
     *
     * @param placed the order as placed
     * @param policy the host's rules
     */
    public static List<OrderEvent> atPlacement(Order placed, ApprovalPolicy policy) {
        Map<ApprovalReason, String> holds = policy.holdsFor(placed);
        return List.of(ApprovalReason.values()).filter(holds::containsKey)
                .map(reason -> new ApprovalHoldPlaced(reason, holds.get(reason)));
    }

    /**
     * {@return the hold, or a rejection when one for the reason is open or nothing is left to ship}
     *
     * @param order the order
     * @param command the request
     */
    public static Either<Rejection, List<OrderEvent>> hold(Order order, HoldForApproval command) {
        if (order.approvals().isOpen(command.reason())) {
            return Rejections.reject(ProblemCode.APPROVAL_HOLD_OPEN, "reason", "order " + order.id() + " is already held for " + command.reason());
        }
        if (unshipped(order) == 0) {
            return Rejections.reject(ProblemCode.NOTHING_TO_DO, "", "every unit of order " + order.id() + " is shipped or cancelled");
        }
        return events(new ApprovalHoldPlaced(command.reason(), command.note()));
    }

    /**
     * {@return the release, or a rejection when no hold for the reason is open}
     *
     * @param order the order
     * @param command the request
     */
    public static Either<Rejection, List<OrderEvent>> release(Order order, ReleaseApprovalHold command) {
        if (!order.approvals().isOpen(command.reason())) {
            return notHeld(order, command.reason());
        }
        return events(new ApprovalHoldReleased(command.reason(), command.note()));
    }

    /**
     * {@return the rejection and the cancellation of every unit not yet shipped, or a rejection when no hold for
     * the reason is open or the cancellation is refused (units on open pick lists, a reservation in flight)}
     *
     * @param order the order
     * @param command the request
     * @param preference locations, most preferred first, as cancellations rank them
     */
    public static Either<Rejection, List<OrderEvent>> reject(Order order, RejectInApproval command, List<LocationId> preference) {
        if (!order.approvals().isOpen(command.reason())) {
            return notHeld(order, command.reason());
        }
        OrderEvent rejected = new ApprovalHoldRejected(command.reason(), command.note());
        if (order.lines().valuesIterator().forAll(line -> line.cancellable() == 0)) {
            return events(rejected); // cancelled or shipped already: nothing left to cancel
        }
        Cancel cancel = new Cancel(command.idempotencyKey(), Option.none(), Option.none(),
                "rejected in " + command.reason() + " review: " + command.note());
        return CancellationRules.cancel(order, cancel, preference).map(cancelled -> cancelled.prepend(rejected));
    }

    /**
     * {@return what {@code decision} decides, or {@code ON_APPROVAL_HOLD} while the order is held}: picking,
     * packing, labelling and shipping wait for approval.
     *
     * @param order the order
     * @param decision the fulfilment decision
     */
    public static Either<Rejection, List<OrderEvent>> unlessHeld(Order order, Supplier<Either<Rejection, List<OrderEvent>>> decision) {
        if (order.approvals().held()) {
            return Rejections.reject(ProblemCode.ON_APPROVAL_HOLD, "", "order " + order.id() + " is held for approval ("
                    + order.approvals().open().keySet().mkString(", ") + ")");
        }
        return decision.get();
    }

    private static long unshipped(Order order) {
        return order.orderedUnits() - order.units(Bucket.CANCELLED) - order.units(Bucket.SHIPPED) - order.units(Bucket.DELIVERED);
    }

    private static <T> Either<Rejection, T> notHeld(Order order, ApprovalReason reason) {
        return Rejections.reject(ProblemCode.NO_APPROVAL_HOLD, "reason", "order " + order.id() + " is not held for " + reason);
    }
}
