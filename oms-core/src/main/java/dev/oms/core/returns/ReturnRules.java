// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static dev.oms.core.rejection.Rejections.events;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
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
 * that did not ship, so units under return stay within the units shipped. Approving or rejecting needs a return still
 * waiting for that answer.
 */
public final class ReturnRules {
    private ReturnRules() {}

    /**
     * Decides a request to return units.
     *
     * @param order the order as it stands
     * @param items the units asked for, per line and reason; not empty
     * @param now the time of the request
     * @param policy the host's return policy
     * @return {@code ReturnRequested}, or every problem: {@code UNKNOWN_LINE}, {@code RETURN_WINDOW_CLOSED} (the units were
     *     delivered, but not within the window), {@code NOT_RETURNABLE} (more units than were delivered and are not
     *     already under return)
     */
    public static Either<Rejection, List<OrderEvent>> request(Order order, List<ReturnItem> items, Instant now, ReturnPolicy policy) {
        List<Problem> problems = List.empty();
        Instant opensAfter = now.minus(policy.window());
        for (int i = 0; i < items.size(); i++) {
            ReturnItem item = items.get(i);
            String path = "lines[" + i + "]"; // as the facade's ReturnRequest names them
            if (order.line(item.lineId()).isEmpty()) {
                problems = problems.append(Problem.of(ProblemCode.UNKNOWN_LINE, path + ".lineId", "the order has no line " + item.lineId()));
            } else if (items.indexWhere(other -> other.lineId().equals(item.lineId())) == i) {
                problems = problems.appendAll(returnable(order, item.lineId(), items, opensAfter, path + ".quantity"));
            }
        }
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        return events(new ReturnRequested(order.returns().nextId(order.id()), items.toJavaList(), now));
    }

    /** The problem with returning the units a request asks for of one line, over its items; none when they may be. */
    private static List<Problem> returnable(Order order, LineId lineId, List<ReturnItem> items, Instant opensAfter, String path) {
        long asked = items.filter(i -> i.lineId().equals(lineId)).map(ReturnItem::quantity).sum().longValue();
        // Claimed units are settled: they are never returned as well.
        long underReturn = order.returns().underReturn(lineId) + order.returns().claimed(lineId);
        List<OrderPackage> delivered = order.packages().values().toList().filter(p -> p.deliveredAt().isDefined());
        long everDelivered = delivered.map(p -> p.units(lineId)).sum().longValue();
        long inWindow = delivered.filter(p -> !p.deliveredAt().get().isBefore(opensAfter)).map(p -> p.units(lineId)).sum().longValue();
        if (asked <= inWindow - underReturn) {
            return List.empty();
        }
        if (asked <= everDelivered - underReturn) {
            return List.of(Problem.of(ProblemCode.RETURN_WINDOW_CLOSED, path, "only " + Math.max(0, inWindow - underReturn)
                    + " units of line " + lineId + " were delivered within the return window and are not under return; asked "
                    + asked));
        }
        return List.of(Problem.of(ProblemCode.NOT_RETURNABLE, path, Math.max(0, everDelivered - underReturn) + " units of line "
                + lineId + " were delivered and are not under return; asked " + asked));
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
