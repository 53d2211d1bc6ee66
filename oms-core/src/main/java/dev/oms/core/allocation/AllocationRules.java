// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import dev.oms.core.rejection.Rejections;
import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;
import static dev.oms.core.rejection.Rejections.reject;

import dev.oms.core.backorder.Backorder;
import dev.oms.core.command.AllocationCommand.AllocatePending;
import dev.oms.core.command.EffectOutcome.RecordReservation;
import dev.oms.core.command.AllocationCommand.RequestReservation;
import dev.oms.core.order.Line;
import dev.oms.core.dropship.Dropship;
import dev.oms.core.indent.Indent;
import dev.oms.core.order.Order;
import dev.oms.core.preorder.Preorder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.IndentEvent.PurchaseRequested;
import dev.oms.spi.event.AllocationEvent.DropshipAllocated;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.AllocationEvent.ReservationFailed;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.inventory.ReservationResult;
import io.vavr.collection.List;
import dev.oms.spi.value.LineId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** When a reservation may be requested, and what the inventory's answer means for the order. */
public final class AllocationRules {
    private AllocationRules() {}

    /**
     * Requests the reservation of pending units as the command plans it; units of untracked lines are
     * allocated at once instead, without a reservation.
     *
     * @param order the order
     * @param command the reservations planned
     * @return the request event, or a rejection while a reservation is in flight, payment is on hold, or the
     *         plan names unknown lines or more units than are pending
     */
    public static Either<Rejection, List<OrderEvent>> request(Order order, RequestReservation command) {
        Option<Rejection> inFlight = Rejections.whileReservationInFlight(order, ProblemCode.ILLEGAL_TRANSITION);
        if (inFlight.isDefined()) {
            return Either.left(inFlight.get());
        }
        if (order.payment().onHold()) {
            return illegal("payment is on hold");
        }
        if (command.reservations().isEmpty()) {
            return reject(ProblemCode.NOTHING_TO_DO, "", "no pending units to allocate");
        }
        for (Line line : order.lines().valuesIterator()) {
            long planned = total(command.reservations().filter(r -> r.lineId().equals(line.id())).map(Reservation::quantity));
            if (planned > line.count(Bucket.PENDING)) {
                return illegal("line " + line.id() + " has " + line.count(Bucket.PENDING) + " pending units, " + planned + " planned");
            }
        }
        for (Reservation r : command.reservations()) {
            if (order.line(r.lineId()).filter(l -> l.sku().equals(r.sku())).isEmpty()) {
                return reject(ProblemCode.UNKNOWN_LINE, "reservations", "no line " + r.lineId() + " for SKU " + r.sku());
            }
        }
        return Either.right(reserveOrAllocate(order, command.reservations()));
    }

    /**
     * The reservations of tracked lines as one request to the inventory; those of untracked lines
     * allocated at once, before it, since they need no stock (no inventory call, no attempt counted).
     */
    private static List<OrderEvent> reserveOrAllocate(Order order, List<Reservation> reservations) {
        List<Reservation> tracked = reservations.filter(r -> !UntrackedAllocation.untracked(order, r));
        List<OrderEvent> events = reservations.filter(r -> UntrackedAllocation.untracked(order, r))
                .map(r -> new UnitsAllocated(r.lineId(), r.locationId(), r.quantity()));
        return tracked.isEmpty() ? events
                : events.append(new ReservationRequested(order.reservationAttempts() + 1, tracked.toJavaList()));
    }

    /**
     * Queues what the command pre-orders and backorders, then requests the reservation of the rest.
     *
     * @param order the order
     * @param command the decision of {@link PendingAllocation}
     * @return the events, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> allocatePending(Order order, AllocatePending command) {
        Option<Rejection> inFlight = Rejections.whileReservationInFlight(order, ProblemCode.ILLEGAL_TRANSITION);
        if (inFlight.isDefined()) {
            return Either.left(inFlight.get());
        }
        if (order.payment().onHold()) {
            return illegal("payment is on hold");
        }
        if (command.preorders().isEmpty() && command.indents().isEmpty() && command.backorders().isEmpty() && command.dropships().isEmpty()
                && command.reservations().isEmpty()) {
            return reject(ProblemCode.NOTHING_TO_DO, "", "no pending units to allocate");
        }
        for (Line line : order.lines().valuesIterator()) {
            long planned = total(command.preorders().filter(p -> p.lineId().equals(line.id())).map(Preorder::quantity)
                    .appendAll(command.indents().filter(i -> i.lineId().equals(line.id())).map(Indent::quantity))
                    .appendAll(command.dropships().filter(d -> d.lineId().equals(line.id())).map(Dropship::quantity))
                    .appendAll(command.backorders().filter(b -> b.lineId().equals(line.id())).map(Backorder::quantity))
                    .appendAll(command.reservations().filter(r -> r.lineId().equals(line.id())).map(Reservation::quantity)));
            if (planned > line.count(Bucket.PENDING)) {
                return illegal("line " + line.id() + " has " + line.count(Bucket.PENDING) + " pending units, " + planned + " planned");
            }
        }
        List<LineId> named = command.preorders().map(Preorder::lineId).appendAll(command.backorders().map(Backorder::lineId))
                .appendAll(command.indents().map(Indent::lineId)).appendAll(command.dropships().map(Dropship::lineId));
        if (command.indents().exists(i -> order.purchases().containsKey(i.purchaseId()))) {
            return illegal("a purchase id is already used on order " + order.id());
        }
        Option<LineId> unknown = named.find(id -> order.line(id).isEmpty());
        if (unknown.isDefined()) {
            return reject(ProblemCode.UNKNOWN_LINE, "lines", "no line " + unknown.get());
        }
        for (Reservation r : command.reservations()) {
            if (order.line(r.lineId()).filter(l -> l.sku().equals(r.sku())).isEmpty()) {
                return reject(ProblemCode.UNKNOWN_LINE, "reservations", "no line " + r.lineId() + " for SKU " + r.sku());
            }
        }
        List<OrderEvent> events = List.<OrderEvent>empty()
                .appendAll(command.preorders().map(p -> new UnitsPreordered(p.lineId(), p.quantity(), p.releasesAt())))
                .appendAll(command.dropships().map(d -> new DropshipAllocated(d.lineId(), d.supplier(), d.quantity())))
                .appendAll(command.indents().map(i -> new PurchaseRequested(i.purchaseId(), i.lineId(),
                        order.line(i.lineId()).get().sku(), i.supplier(), i.quantity())))
                .appendAll(command.backorders().map(Backorder::event));
        return Either.right(events.appendAll(reserveOrAllocate(order, command.reservations())));
    }

    /**
     * Records the inventory's answer to the reservation in flight: the units allocated, or the attempt failed.
     *
     * @param order the order
     * @param command the answer, for the attempt in flight
     * @return the events, or illegal when no such attempt is in flight
     */
    public static Either<Rejection, List<OrderEvent>> record(Order order, RecordReservation command) {
        if (order.reservationInFlight().isEmpty() || command.attempt() != order.reservationAttempts()) {
            return illegal("no reservation attempt " + command.attempt() + " is in flight");
        }
        if (command.result() instanceof ReservationResult.Insufficient insufficient) {
            return events(new ReservationFailed(command.attempt(), insufficient.shortfalls()));
        }
        return Either.right(order.reservationInFlight().get()
                .map(r -> (OrderEvent) new UnitsAllocated(r.lineId(), r.locationId(), r.quantity())));
    }

    /**
     * The units a plan names, saturating at {@code Long.MAX_VALUE}: plans come from the host's allocation
     * policy, and a sum that wrapped round would pass the "no more than pending" check and store units
     * that evolving the order cannot move. Saturated, it fails the check like any other excess.
     */
    private static long total(List<Long> quantities) {
        long total = 0;
        for (long n : quantities) {
            total = n > Long.MAX_VALUE - total ? Long.MAX_VALUE : total + n;
        }
        return total;
    }
}
