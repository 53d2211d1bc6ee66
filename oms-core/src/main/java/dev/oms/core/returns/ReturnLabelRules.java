// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;

import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.order.ReturnLabel;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelIssued;
import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelRefused;
import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelRequested;
import dev.oms.spi.event.ReturnLabelEvent.ReturnLabelVoided;
import dev.oms.spi.shipping.ShippingCarrier.LabelResult;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReturnId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Decides return labels. A label is asked for an approved return whose units have not all arrived, while it has none
 * asked for, or only a refused one: so a return has at most one label live or being bought. The carrier's answer is
 * recorded only for the request owed; a label is voided once when it is owed ({@link ReturnAuthorization#owesLabelVoid}).
 */
public final class ReturnLabelRules {
    private ReturnLabelRules() {}

    /**
     * Decides a request for a return label.
     *
     * @param order the order as it stands
     * @param returnId the approved return
     * @param returnTo the location the parcel is to go back to
     * @param service the carrier service
     * @return {@code ReturnLabelRequested}, or {@code UNKNOWN_RETURN}, or {@code ILLEGAL_TRANSITION} (the return is not
     *     approved, or all its units are in, or it has a label live or being bought)
     */
    public static Either<Rejection, List<OrderEvent>> request(Order order, ReturnId returnId, LocationId returnTo, String service) {
        return known(order, returnId).flatMap(open -> {
            if (open.state() != ReturnAuthorization.State.APPROVED) {
                return illegal("return " + open.id() + " is " + open.state() + ": a label is asked for an approved return"
                        + " whose units have not all arrived");
            }
            if (open.label().exists(l -> l.state() != ReturnLabel.State.REFUSED)) {
                return illegal("return " + open.id() + " already has a label " + open.label().get().state());
            }
            int request = open.label().map(l -> l.request() + 1).getOrElse(1);
            return events(new ReturnLabelRequested(open.id(), request, returnTo, service));
        });
    }

    /**
     * Records the label the carrier sold for the request owed.
     *
     * @param order the order as it stands
     * @param returnId the return
     * @param label the label the carrier sold
     * @return {@code ReturnLabelIssued}, or a rejection when no label is being bought for the return
     */
    public static Either<Rejection, List<OrderEvent>> recordIssued(Order order, ReturnId returnId, LabelResult.Purchased label) {
        return owed(order, returnId).flatMap(open -> events(new ReturnLabelIssued(open.id(), label.carrier(), label.labelId(),
                label.trackingNumber(), label.cost())));
    }

    /**
     * Records the carrier's refusal of the request owed; the return stays approved.
     *
     * @param order the order as it stands
     * @param returnId the return
     * @param reason why the carrier refused, as it said
     * @return {@code ReturnLabelRefused}, or a rejection when no label is being bought for the return
     */
    public static Either<Rejection, List<OrderEvent>> recordRefused(Order order, ReturnId returnId, String reason) {
        return owed(order, returnId).flatMap(open -> events(new ReturnLabelRefused(open.id(), reason)));
    }

    /**
     * Records the void of a label the return no longer needs.
     *
     * @param order the order as it stands
     * @param returnId the return whose label was voided
     * @return {@code ReturnLabelVoided}, or a rejection when no void is owed
     */
    public static Either<Rejection, List<OrderEvent>> recordVoided(Order order, ReturnId returnId) {
        return known(order, returnId).flatMap(open -> open.owesLabelVoid()
                ? events(new ReturnLabelVoided(open.id(), open.label().get().issued().get().labelId()))
                : illegal("no label void owed for return " + open.id()));
    }

    private static Either<Rejection, ReturnAuthorization> owed(Order order, ReturnId returnId) {
        return known(order, returnId).flatMap(open -> open.label().exists(l -> l.state() == ReturnLabel.State.REQUESTED)
                ? Either.right(open) : illegal("no label is being bought for return " + returnId));
    }

    private static Either<Rejection, ReturnAuthorization> known(Order order, ReturnId returnId) {
        return order.returns().get(returnId).<Either<Rejection, ReturnAuthorization>>map(Either::right)
                .getOrElse(() -> Rejections.reject(ProblemCode.UNKNOWN_RETURN, "returnId", "the order has no return " + returnId));
    }
}
