// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static dev.oms.core.rejection.Rejections.events;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent.ReturnApproved;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.event.ReturnEvent.ReturnRejected;
import dev.oms.spi.event.ReturnEvent.ReturnRequested;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.ReturnId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * Decides returns. A line's units that may be returned are those delivered within the return window (counted from
 * each package's delivery) less the units already under return: a return never asks for a unit twice, nor for one
 * that was not delivered, so units under return stay within the units delivered; units asked for beyond them that never
 * shipped are cancelled instead. Approving or rejecting needs a return still
 * waiting for that answer.
 */
public final class ReturnRules {
    private ReturnRules() {}

    /**
     * Decides a request to return units. Of each line, the units delivered within the window and not under return are
     * returned first; the rest it asks for are cancelled, when that many have not shipped and can be cancelled now
     * ({@link UnshippedCancellation#cancellableNow}): a customer "returning" units that never left is a cancellation,
     * taken as the cancellation rules take any (stock released to waiting orders, prepayments refunded, the authorisation
     * voided once nothing is left to capture), in the same decision. Units shipped and not delivered are for claims.
     *
     * @param order the order as it stands
     * @param items the units asked for, per line and reason; not empty
     * @param now the time of the request
     * @param policy the host's return policy
     * @param cancellation the cancellation rules, to cancel the units that never shipped
     * @return {@code ReturnRequested} for the delivered units, {@code UnitsCancelled} (one cancellation) for the others,
     *     or every problem: {@code UNKNOWN_LINE}, {@code RETURN_WINDOW_CLOSED} (enough units were delivered, but not
     *     within the window), {@code NOT_RETURNABLE} (more units than were delivered and are not already under return,
     *     and are not shipped and cancellable now), {@code NOT_CANCELLABLE} (units to cancel while a reservation is in
     *     flight)
     */
    public static Either<Rejection, List<OrderEvent>> request(Order order, List<ReturnItem> items, Instant now, ReturnPolicy policy,
            UnshippedCancellation cancellation) {
        List<Problem> problems = List.empty();
        Instant opensAfter = now.minus(policy.window());
        for (int i = 0; i < items.size(); i++) {
            ReturnItem item = items.get(i);
            String path = "lines[" + i + "]"; // as the facade's ReturnRequest names them
            if (order.line(item.lineId()).isEmpty()) {
                problems = problems.append(Problem.of(ProblemCode.UNKNOWN_LINE, path + ".lineId", "the order has no line " + item.lineId()));
            } else if (items.indexWhere(other -> other.lineId().equals(item.lineId())) == i) {
                problems = problems.appendAll(returnable(order, item.lineId(), items, opensAfter, path + ".quantity",
                        cancellation.cancellableNow(order, item.lineId())));
            }
        }
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        UnshippedSplit split = UnshippedSplit.of(items, line -> returnableInWindow(order, line, opensAfter));
        List<OrderEvent> returned = split.returned().isEmpty() ? List.empty()
                : List.of(new ReturnRequested(order.returns().nextId(order.id()), split.returned().toJavaList(), now));
        if (split.cancelled().isEmpty()) {
            return Either.right(returned);
        }
        return cancellation.cancel(returned.foldLeft(order, OrderEvolution::apply), split.cancelled()).map(returned::appendAll);
    }

    /** The units of a line delivered within the window and not under return (nor claimed). */
    private static long returnableInWindow(Order order, LineId lineId, Instant opensAfter) {
        long inWindow = order.packages().values().filter(p -> p.deliveredAt().exists(at -> !at.isBefore(opensAfter)))
                .map(p -> p.units(lineId)).sum().longValue();
        return Math.max(0, inWindow - order.returns().underReturn(lineId) - order.returns().claimed(lineId));
    }

    /** The problem with returning the units a request asks for of one line, over its items; none when they may be. */
    private static List<Problem> returnable(Order order, LineId lineId, List<ReturnItem> items, Instant opensAfter, String path,
            long unshipped) {
        long asked = items.filter(i -> i.lineId().equals(lineId)).map(ReturnItem::quantity).sum().longValue();
        // Claimed units are settled: they are never returned as well.
        long underReturn = order.returns().underReturn(lineId) + order.returns().claimed(lineId);
        long everDelivered = order.packages().values().filter(p -> p.deliveredAt().isDefined()).map(p -> p.units(lineId))
                .sum().longValue();
        long inWindow = returnableInWindow(order, lineId, opensAfter);
        if (asked <= inWindow + unshipped) {
            return List.empty();
        }
        String cancellable = unshipped == 0 ? "" : " (and " + unshipped + " not shipped, which would be cancelled)";
        if (asked <= Math.max(0, everDelivered - underReturn) + unshipped) {
            return List.of(Problem.of(ProblemCode.RETURN_WINDOW_CLOSED, path, "only " + inWindow + " units of line " + lineId
                    + " were delivered within the return window and are not under return" + cancellable + "; asked " + asked));
        }
        return List.of(Problem.of(ProblemCode.NOT_RETURNABLE, path, Math.max(0, everDelivered - underReturn) + " units of line "
                + lineId + " were delivered and are not under return" + cancellable + "; asked " + asked
                + " (units shipped and not delivered are claimed, not returned)"));
    }

    /**
     * Decides the approval of a requested return.
     *
     * @param order the order as it stands
     * @param returnId the requested return
     * @param note who answers, and why
     * @return {@code ReturnApproved}, or {@code UNKNOWN_RETURN}, or {@code ILLEGAL_TRANSITION} for a return already
     *     approved or rejected
     */
    public static Either<Rejection, List<OrderEvent>> approve(Order order, ReturnId returnId, String note) {
        return requested(order, returnId).flatMap(open -> events(new ReturnApproved(open.id(), note)));
    }

    /**
     * Decides the rejection of a requested return: it changes nothing but the return.
     *
     * @param order the order as it stands
     * @param returnId the requested return
     * @param note who answers, and why
     * @return {@code ReturnRejected}, or {@code UNKNOWN_RETURN}, or {@code ILLEGAL_TRANSITION} for a return already
     *     approved or rejected
     */
    public static Either<Rejection, List<OrderEvent>> reject(Order order, ReturnId returnId, String note) {
        return requested(order, returnId).flatMap(open -> events(new ReturnRejected(open.id(), note)));
    }

    private static Either<Rejection, ReturnAuthorization> requested(Order order, ReturnId returnId) {
        return order.returns().get(returnId)
                .<Either<Rejection, ReturnAuthorization>>map(r -> r.state() == ReturnAuthorization.State.REQUESTED ? Either.right(r)
                        : Rejections.illegal("return " + returnId + " is " + r.state() + ", not waiting for an answer"))
                .getOrElse(() -> Rejections.reject(ProblemCode.UNKNOWN_RETURN, "returnId", "the order has no return " + returnId));
    }
}
