// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.restock;

import dev.oms.core.rejection.Rejections;
import dev.oms.core.payment.AuthorizationLapse;
import dev.oms.core.order.Transitions;
import static dev.oms.core.rejection.Rejections.illegal;
import static dev.oms.core.rejection.Rejections.reject;

import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.WaitingCommand.Fill;
import dev.oms.core.command.WaitingCommand.FillWaitingUnits;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.Authorization;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.AuthorizationLapsed;
import dev.oms.spi.event.WaitingEvent.ReleaseFellShort;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.WaitingEvent.WaitingUnitsFilled;
import dev.oms.spi.value.LineId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Filling waiting units of one order from a receipt or a release, and reserving them in the same commit. */
public final class RestockRules {
    private RestockRules() {}

    /**
     * Fills waiting units and reserves them; pre-ordered units filled after their authorisation lapsed (by
     * the context's time and pre-order payment policy) give it up, so the order authorises them again.
     *
     * @param order the order whose units wait
     * @param command the units to fill and where they are reserved
     * @param context the decision's time and policies
     * @return the events, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> fill(Order order, FillWaitingUnits command, DecisionContext context) {
        Option<Rejection> inFlight = Rejections.whileReservationInFlight(order, ProblemCode.ILLEGAL_TRANSITION);
        if (inFlight.isDefined()) {
            return Either.left(inFlight.get());
        }
        for (Fill fill : command.fills()) {
            Option<Line> line = order.line(fill.lineId());
            if (line.isEmpty()) {
                return reject(ProblemCode.UNKNOWN_LINE, "fills", "no line " + fill.lineId());
            }
            if (!Transitions.waiting(fill.from()) || fill.quantity() <= 0 || fill.quantity() > line.get().count(fill.from())) {
                return illegal("line " + fill.lineId() + " has " + line.get().count(fill.from()) + " units "
                        + fill.from() + ", " + fill.quantity() + " to fill");
            }
        }
        for (Line line : order.lines().valuesIterator()) {
            long filled = command.fills().filter(f -> f.lineId().equals(line.id())).map(Fill::quantity).sum().longValue();
            long reserved = command.reservations().filter(r -> r.lineId().equals(line.id()))
                    .map(Reservation::quantity).sum().longValue();
            if (reserved > line.count(Bucket.PENDING) + filled) {
                return illegal("line " + line.id() + " would have " + (line.count(Bucket.PENDING) + filled)
                        + " pending units, " + reserved + " to reserve");
            }
        }
        List<OrderEvent> events = command.fills().map(f -> new WaitingUnitsFilled(f.lineId(), f.from(), f.quantity(),
                order.line(f.lineId()).get().count(f.from()) - f.quantity(), command.restockId()));
        for (LineId id : command.stillWaiting()) {
            long waiting = order.line(id).map(l -> l.count(Bucket.PREORDERED)).getOrElse(0L)
                    - command.fills().filter(f -> f.lineId().equals(id) && f.from() == Bucket.PREORDERED)
                            .map(Fill::quantity).sum().longValue();
            if (waiting > 0 && !order.notified(stillWaitingNotice(id))) {
                events = events.append(new ReleaseFellShort(id, waiting, command.restockId()));
            }
        }
        events = events.appendAll(lapsedAuthorizations(order, command, context)
                .map(a -> new AuthorizationLapsed(a.id(), a.open())));
        if (!command.reservations().isEmpty()) {
            events = events.append(new ReservationRequested(order.reservationAttempts() + 1, command.reservations().toJavaList()));
        }
        return events.isEmpty() ? reject(ProblemCode.NOTHING_TO_DO, "", "nothing to fill or tell") : Either.right(events);
    }

    /** Open authorisations too old to capture when pre-ordered units are filled now. */
    static List<Authorization> lapsedAuthorizations(Order order, FillWaitingUnits command, DecisionContext context) {
        PreorderPaymentPolicy payment = context.preorderPayment();
        // Charged at placement, pre-ordered units hold no authorisation that could have lapsed.
        if (payment.chargesAtPlacement() || !command.fills().exists(f -> f.from() == Bucket.PREORDERED)) {
            return List.empty();
        }
        return AuthorizationLapse.lapsed(order.payment().openAuthorizations(), order.authorizedAt(),
                payment.authorizationValidity(), context.now());
    }

    /**
     * The notification suffix telling a customer their pre-order waits beyond the release; sent once per line.
     *
     * @param lineId the pre-ordered line
     * @return the suffix, unique per line
     */
    public static String stillWaitingNotice(LineId lineId) {
        return "preorder-still-waiting-" + lineId;
    }
}
