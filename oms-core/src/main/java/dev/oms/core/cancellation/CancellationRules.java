// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.cancellation;

import dev.oms.core.rejection.Rejections;
import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;

import dev.oms.core.command.CancellationCommand.Cancel;
import dev.oms.core.command.EffectOutcome.RecordStockReleased;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.Slot;
import dev.oms.core.rejection.InputLimits;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.FulfilmentEvent.PackageOpened;
import dev.oms.spi.event.EffectEvent.StockReleased;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Comparator;
import java.util.Optional;

/**
 * Cancelling units. Units are taken least-progressed first: backordered, pre-ordered (neither holds any
 * stock, so cancelling them never touches what is allocated or shipped), pending, then allocated units no pick list
 * covers, then picked units, then packed ones (opening their package, whose label is then voided).
 * Allocated and picked units are given up at the least preferred location first, by the host's location
 * preference (from the decision context), so what the order keeps is where the host would rather ship it from.
 * A request may name how many units of its line to give up first at which locations: as many as each can cancel
 * there (allocated units no pick list covers, then picked ones), before the rest is taken as above.
 * Units on an open pick list are being picked right now and cannot be cancelled until the pick is
 * confirmed; shipped units are for returns, not cancellation; units bought from a supplier for the order
 * (AWAITING_SUPPLIER) are a commitment to that supplier and become cancellable once received.
 */
public final class CancellationRules {
    private CancellationRules() {}

    /**
     * Cancels the units the command names, at the locations it names first, then at the least preferred locations
     * first; {@code NOT_CANCELLABLE}
     * for units past cancelling, or while a reservation is in flight.
     *
     * @param order the order as it stands
     * @param command the request
     * @param preference the locations in the host's order of preference, most preferred first
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> cancel(Order order, Cancel command, List<LocationId> preference) {
        Option<Rejection> inFlight = Rejections.whileReservationInFlight(order, ProblemCode.NOT_CANCELLABLE);
        if (inFlight.isDefined()) {
            return Either.left(inFlight.get());
        }
        if (command.line().isEmpty() && command.quantity().isDefined()) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_LINE, "line", "a quantity to cancel needs a line"));
        }
        List<Line> targets;
        if (command.line().isDefined()) {
            Option<Line> line = order.line(command.line().get());
            if (line.isEmpty()) {
                return Either.left(Rejection.of(ProblemCode.UNKNOWN_LINE, "line", "no line " + command.line().get()));
            }
            targets = List.of(line.get());
        } else {
            targets = order.lines().valuesIterator().toList().filter(l -> l.cancellable() > 0);
        }
        if (command.quantity().exists(q -> q <= 0)) {
            return Either.left(Rejection.of(ProblemCode.QUANTITY_NOT_POSITIVE, "quantity", "cancel a positive number of units"));
        }
        List<Problem> tooLarge = InputLimits.atMost(command.quantity().getOrElse(0L), InputLimits.MAX_LINE_QUANTITY, "quantity");
        if (!tooLarge.isEmpty()) {
            // No line holds that many units; saying so beats a count of what is cancellable.
            return Either.left(Rejection.of(tooLarge));
        }
        List<Problem> problems = List.empty();
        for (Line line : targets) {
            long wanted = command.quantity().getOrElse(line.cancellable());
            long cancellable = cancellableNow(order, line);
            if (wanted == 0) {
                problems = problems.append(Problem.of(ProblemCode.NOTHING_TO_DO, "lines[" + line.id() + "]",
                        "line " + line.id() + " has no unshipped units left"));
            } else if (wanted > cancellable) {
                problems = problems.append(Problem.of(ProblemCode.NOT_CANCELLABLE, "lines[" + line.id() + "]",
                        "line " + line.id() + ": " + wanted + " to cancel, " + cancellable + " cancellable now ("
                                + onOpenPickLists(order, line) + " on open pick lists or with a fulfilment provider, "
                                + line.count(Bucket.AWAITING_SUPPLIER) + " committed to a supplier, "
                                + (line.count(Bucket.SHIPPED) + line.count(Bucket.DELIVERED)) + " shipped)"));
            }
        }
        if (targets.isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.NOTHING_TO_DO, "", "every unit is shipped, cancelled or committed to a supplier"));
        }
        problems = problems.appendAll(firstAtProblems(command, targets));
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        Cancelling work = new Cancelling(order, order.nextCancellationId(), preference);
        for (Line line : targets) {
            work.cancel(line.id(), command.quantity().getOrElse(line.cancellable()), command.reason(), command.firstAt());
        }
        return Either.right(work.events);
    }

    /** Units to give up first need a line, a positive number at each location, and no more than the line cancels. */
    private static List<Problem> firstAtProblems(Cancel command, List<Line> targets) {
        if (command.firstAt().isEmpty()) {
            return List.empty();
        }
        if (command.line().isEmpty()) {
            return List.of(Problem.of(ProblemCode.UNKNOWN_LINE, "line", "units to give up first at a location need a line"));
        }
        List<Problem> problems = command.firstAt().toList().filter(at -> at._2 <= 0).map(at -> Problem.of(ProblemCode.QUANTITY_NOT_POSITIVE,
                "firstAt[" + at._1 + "]", "give up a positive number of units first at " + at._1));
        long named = command.firstAt().values().map(Long::longValue).sum().longValue();
        long wanted = command.quantity().getOrElse(() -> targets.headOption().map(Line::cancellable).getOrElse(0L));
        return named <= wanted ? problems : problems.append(Problem.of(ProblemCode.QUANTITY_TOO_LARGE, "firstAt",
                named + " units named to give up first, " + wanted + " to cancel"));
    }

    /**
     * Units of a line to cancel, and why.
     *
     * @param lineId the line
     * @param quantity how many of its units; positive, and no more than are {@link #cancellableNow cancellable now}
     * @param reason why, as the host words it
     */
    public record Units(LineId lineId, long quantity, String reason) {}

    /**
     * Cancels units of several lines, each with its own reason, as one cancellation (one id, one customer notice), the
     * way {@link #cancel} takes them: least-progressed first, at the least preferred locations first. For a caller that
     * checked each quantity against {@link #cancellableNow}, such as a return naming units that never shipped.
     *
     * @param order the order as it stands
     * @param units the units to cancel; not empty, each within what its line can cancel now
     * @param preference the locations in the host's order of preference, most preferred first
     * @return the events to record, or {@code NOT_CANCELLABLE} while a reservation is in flight
     */
    public static Either<Rejection, List<OrderEvent>> cancelUnits(Order order, List<Units> units, List<LocationId> preference) {
        Option<Rejection> inFlight = Rejections.whileReservationInFlight(order, ProblemCode.NOT_CANCELLABLE);
        if (inFlight.isDefined()) {
            return Either.left(inFlight.get());
        }
        Cancelling work = new Cancelling(order, order.nextCancellationId(), preference);
        units.forEach(u -> work.cancel(u.lineId(), u.quantity(), u.reason(), io.vavr.collection.TreeMap.empty()));
        return Either.right(work.events);
    }

    /**
     * {@return the units of a line the host can cancel now}: those in a cancellable bucket and on no open pick list nor
     * open request to a fulfilment provider; none for a line the order does not have
     *
     * @param order the order as it stands
     * @param lineId the line
     */
    public static long cancellableNow(Order order, LineId lineId) {
        return order.line(lineId).map(line -> cancellableNow(order, line)).getOrElse(0L);
    }

    /**
     * The inventory took back a cancellation's held stock, as owed.
     *
     * @param order the order as it stands
     * @param command the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordStockReleased(Order order, RecordStockReleased command) {
        return order.releasesOwed().containsKey(command.cancellationId())
                ? events(new StockReleased(command.cancellationId()))
                : illegal("no stock release owed for " + command.cancellationId());
    }

    /** Units someone is handling: on an open pick list, or on a request a third-party location's provider has open. */
    private static long onOpenPickLists(Order order, Line line) {
        return order.pickLists().valuesIterator().map(p -> p.openUnits(line.id())).sum().longValue()
                + order.externalRequests().valuesIterator().map(r -> r.openUnits(line.id())).sum().longValue();
    }

    private static long cancellableNow(Order order, Line line) {
        return line.cancellable() - onOpenPickLists(order, line);
    }

    /** Emits events and applies them to a working copy, so each step sees what the previous one did. */
    private static final class Cancelling {
        private Order order;
        private final ReleaseId cancellationId;
        private final List<LocationId> preference;
        private List<OrderEvent> events = List.empty();

        Cancelling(Order order, ReleaseId cancellationId, List<LocationId> preference) {
            this.order = order;
            this.cancellationId = cancellationId;
            this.preference = preference;
        }

        void cancel(LineId lineId, long quantity, String why, Map<LocationId, Long> firstAt) {
            long remaining = quantity;
            for (Tuple2<LocationId, Long> at : firstAt) {
                long wanted = Math.min(at._2, remaining);
                Slot allocated = Slot.at(Bucket.ALLOCATED, at._1);
                long taken = take(lineId, why, allocated, wanted, order.unlistedAllocated(lineId, at._1));
                Slot picked = Slot.at(Bucket.PICKED, at._1);
                taken += take(lineId, why, picked, wanted - taken, line(lineId).count(picked));
                remaining -= taken;
            }
            remaining -= take(lineId, why, Slot.of(Bucket.BACKORDERED), remaining, line(lineId).count(Bucket.BACKORDERED));
            remaining -= take(lineId, why, Slot.of(Bucket.PREORDERED), remaining, line(lineId).count(Bucket.PREORDERED));
            remaining -= take(lineId, why, Slot.of(Bucket.PENDING), remaining, line(lineId).count(Bucket.PENDING));
            for (Slot slot : leastPreferredFirst(line(lineId).slots(Bucket.ALLOCATED))) {
                remaining -= take(lineId, why, slot, remaining, order.unlistedAllocated(lineId, slot.location().get()));
            }
            for (Slot slot : leastPreferredFirst(line(lineId).slots(Bucket.PICKED))) {
                remaining -= take(lineId, why, slot, remaining, line(lineId).count(slot));
            }
            while (remaining > 0) {
                OrderPackage pkg = order.packages().valuesIterator()
                        .filter(p -> p.state() == OrderPackage.State.PACKED && p.units(lineId) > 0)
                        .last();
                emit(new PackageOpened(pkg.id(), "cancellation " + cancellationId));
                Slot picked = Slot.at(Bucket.PICKED, pkg.location());
                remaining -= take(lineId, why, picked, remaining, line(lineId).count(picked));
            }
        }

        /** Slots (each at a location) by the preference, least preferred first; unlisted ones before any listed. */
        private List<Slot> leastPreferredFirst(List<Slot> slots) {
            return slots.sorted(Comparator.comparingInt((Slot s) -> rank(s.location().get())).reversed()
                    .thenComparing(s -> s.location().get().value()));
        }

        private int rank(LocationId location) {
            int rank = preference.indexOf(location);
            return rank < 0 ? Integer.MAX_VALUE : rank;
        }

        private long take(LineId lineId, String reason, Slot slot, long wanted, long available) {
            long n = Math.min(wanted, available);
            if (n > 0) {
                emit(new UnitsCancelled(cancellationId, lineId, slot.bucket(),
                        Optional.ofNullable(slot.location().getOrNull()), n, reason));
            }
            return n;
        }

        private Line line(LineId id) {
            return order.line(id).get();
        }

        private void emit(OrderEvent event) {
            order = OrderEvolution.apply(order, event);
            events = events.append(event);
        }
    }
}
