// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;
import static dev.oms.core.rejection.Rejections.reject;

import dev.oms.core.command.AllocationCommand.MoveAllocation;
import dev.oms.core.command.EffectOutcome.RecordMove;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRefused;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRequested;
import dev.oms.spi.event.AllocationEvent.AllocationMoved;
import dev.oms.spi.event.AllocationEvent.Relocation;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Sku;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Supplier;

/**
 * Moving allocated units to a named location, all or nothing. Only units allocated elsewhere that no open pick
 * list or fulfilment request covers move; the target's reservation is asked for while they stay owned where they
 * are, and only once it is made do they move and their old reservations fall owed back. Pure.
 */
public final class MoveRules {
    private MoveRules() {}

    /**
     * The move request, or every reason it cannot be made: the target unknown, inactive, not shipping to customers or
     * failed for this order before; the order mid-reservation, holding pending units, its payment on hold or held for
     * approval; units unknown, too few free to move (naming the pick lists and requests that hold the others), or
     * more than the target has available.
     *
     * @param order the order
     * @param command the move
     * @return the events, or a rejection naming every problem
     */
    public static Either<Rejection, List<OrderEvent>> move(Order order, MoveAllocation command) {
        LocationId target = command.target();
        List<Problem> problems = targetProblems(order, command).appendAll(stateProblems(order)).appendAll(unitProblems(order, command));
        List<Relocation> units = List.empty();
        for (Tuple2<Line, Long> asked : asked(order, command)) {
            long movable = movable(order, asked._1, target);
            if (asked._2 > movable) {
                problems = problems.append(Problem.of(ProblemCode.ILLEGAL_TRANSITION, "units[" + asked._1.id() + "]", "line "
                        + asked._1.id() + " has " + movable + " units allocated elsewhere free to move, " + asked._2
                        + " asked; " + held(order, asked._1, target)));
            } else {
                units = units.appendAll(take(order, asked._1, target, asked._2));
            }
        }
        for (Tuple2<Sku, Long> needed : trackedPerSku(order, units)) {
            long available = command.available().get(needed._1).getOrElse(0L);
            if (needed._2 > available) {
                problems = problems.append(Problem.of(ProblemCode.INSUFFICIENT_STOCK, "target", target + " has " + available
                        + " of " + needed._1 + " available, " + needed._2 + " to move"));
            }
        }
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        if (units.isEmpty()) {
            return reject(ProblemCode.NOTHING_TO_DO, "target", "order " + order.id() + " has no units allocated elsewhere that " + target
                    + " can take; " + held(order, target));
        }
        // The version numbers the commit this decision becomes: each move owes its release under its own id.
        ReleaseId moveId = ReleaseId.of(order.id().value() + "-M" + order.version());
        boolean reserves = !trackedPerSku(order, units).isEmpty();
        // Units of untracked lines hold no stock: with nothing to reserve, they move at once.
        return events(reserves ? new AllocationMoveRequested(moveId, target, units.toJavaList())
                : new AllocationMoved(moveId, target, units.toJavaList()));
    }

    /**
     * Records the inventory's answer for the target of the move in flight: the units move, or stay where they are.
     *
     * @param order the order
     * @param outcome the answer
     * @return the event, or illegal when no such move is in flight
     */
    public static Either<Rejection, List<OrderEvent>> record(Order order, RecordMove outcome) {
        Option<AllocationMoveRequested> move = order.moveInFlight().filter(m -> m.moveId().equals(outcome.moveId()));
        if (move.isEmpty()) {
            return illegal("no move " + outcome.moveId() + " is in flight");
        }
        if (outcome.result() instanceof ReservationResult.Insufficient insufficient) {
            return events(new AllocationMoveRefused(move.get().moveId(), insufficient.shortfalls()));
        }
        return events(new AllocationMoved(move.get().moveId(), move.get().target(), move.get().units()));
    }

    /**
     * Decides {@code decision} unless a move is in flight, whose units must stay as the move found them.
     *
     * @param order the order
     * @param decision the decision to make otherwise
     * @return the decision, or {@code ILLEGAL_TRANSITION} while a move is in flight
     */
    public static Either<Rejection, List<OrderEvent>> unlessMoving(Order order, Supplier<Either<Rejection, List<OrderEvent>>> decision) {
        return order.moveInFlight().isDefined() ? illegal("a move of allocated units is in flight; resume the order to settle it")
                : decision.get();
    }

    private static List<Problem> targetProblems(Order order, MoveAllocation command) {
        String target = command.target().value();
        if (command.targetLocation().isEmpty()) {
            return List.of(Problem.of(ProblemCode.UNKNOWN_LOCATION, "target", "no location " + target));
        }
        Location location = command.targetLocation().get();
        List<Problem> problems = List.empty();
        if (!location.active()) {
            problems = problems.append(Problem.of(ProblemCode.LOCATION_CANNOT_SERVE, "target", target + " is not active"));
        }
        if (!PickupAllocation.mayServe(order, location)) {
            problems = problems.append(Problem.of(ProblemCode.LOCATION_CANNOT_SERVE, "target", order.pickup().exists(p -> !p.transferAllowed())
                    ? target + " is not the store the order is collected at, and the order allows no transfer"
                    : target + " does not ship to customers"));
        }
        if (order.failedLocations().contains(location.id())) {
            problems = problems.append(Problem.of(ProblemCode.LOCATION_CANNOT_SERVE, "target", target
                    + " could not fulfil this order before (re-routed away); it is not used for it again"));
        }
        return problems;
    }

    private static List<Problem> stateProblems(Order order) {
        List<Problem> problems = List.empty();
        if (order.reservationInFlight().isDefined() || order.moveInFlight().isDefined() || !order.ringFencesOwed().isEmpty()
                || order.units(Bucket.PENDING) > 0) {
            problems = problems.append(Problem.of(ProblemCode.ILLEGAL_TRANSITION, "",
                    "units of the order are still being reserved; resume the order first"));
        }
        if (order.payment().onHold()) {
            problems = problems.append(Problem.of(ProblemCode.ILLEGAL_TRANSITION, "", "payment is on hold; retry the payment first"));
        }
        if (order.approvals().held()) {
            problems = problems.append(Problem.of(ProblemCode.ON_APPROVAL_HOLD, "", "order " + order.id() + " is held for approval ("
                    + order.approvals().open().keySet().mkString(", ") + ")"));
        }
        return problems;
    }

    /** The lines and units asked for: as named (unknown lines and counts below one are {@link #unitProblems}), or by default every unit free to move that the target's stock covers. */
    private static List<Tuple2<Line, Long>> asked(Order order, MoveAllocation command) {
        if (!command.units().isEmpty()) {
            return command.units().toList().flatMap(e -> order.line(e._1).map(line -> new Tuple2<>(line, e._2)))
                    .filter(t -> t._2 > 0);
        }
        HashMap<Sku, Long> left = command.available();
        List<Tuple2<Line, Long>> asked = List.empty();
        for (Line line : order.lines().valuesIterator()) {
            long movable = movable(order, line, command.target());
            long takes = line.stockTracked() ? Math.min(movable, left.get(line.sku()).getOrElse(0L)) : movable;
            if (takes > 0) {
                asked = asked.append(new Tuple2<>(line, takes));
                left = line.stockTracked() ? left.put(line.sku(), left.get(line.sku()).get() - takes) : left;
            }
        }
        return asked;
    }

    /** The problems of the units as named: lines the order lacks and counts below one. */
    private static List<Problem> unitProblems(Order order, MoveAllocation command) {
        return command.units().toList().flatMap(e -> order.line(e._1).isEmpty()
                ? Option.some(Problem.of(ProblemCode.UNKNOWN_LINE, "units[" + e._1 + "]", "no line " + e._1))
                : e._2 <= 0 ? Option.some(Problem.of(ProblemCode.QUANTITY_NOT_POSITIVE, "units[" + e._1 + "]", "units to move must be positive"))
                : Option.none());
    }

    private static long movable(Order order, Line line, LocationId target) {
        return others(line, target).map(at -> order.unlistedAllocated(line.id(), at)).sum().longValue();
    }

    /** The locations other than the target holding the line's allocated units; a dropship supplier's units are its own to ship. */
    private static List<LocationId> others(Line line, LocationId target) {
        return line.slots(Bucket.ALLOCATED).map(s -> s.location().get())
                .filter(l -> !l.equals(target) && !line.dropshipper().contains(l)).distinct().sorted();
    }

    /** Takes {@code n} free units of a line from the other locations, in the order of their ids. */
    private static List<Relocation> take(Order order, Line line, LocationId target, long n) {
        List<Relocation> taken = List.empty();
        long left = n;
        for (LocationId from : others(line, target)) {
            long here = Math.min(left, order.unlistedAllocated(line.id(), from));
            if (here > 0) {
                taken = taken.append(new Relocation(line.id(), line.sku(), from, here));
                left -= here;
            }
        }
        return taken;
    }

    private static List<Tuple2<Sku, Long>> trackedPerSku(Order order, List<Relocation> units) {
        return units.filter(u -> order.line(u.lineId()).exists(Line::stockTracked)).groupBy(Relocation::sku)
                .map(e -> new Tuple2<>(e._1, e._2.map(Relocation::quantity).sum().longValue())).toList().sortBy(t -> t._1.code());
    }

    private static String held(Order order, LocationId target) {
        return order.lines().valuesIterator().map(line -> held(order, line, target)).mkString("; ");
    }

    /** What holds a line's other units elsewhere: the open pick lists and requests to name so the host can void them, picked and packed units. */
    private static String held(Order order, Line line, LocationId target) {
        List<String> lists = order.pickLists().valuesIterator().filter(p -> !p.location().equals(target) && p.openUnits(line.id()) > 0)
                .map(p -> p.openUnits(line.id()) + " on open pick list " + p.id() + " at " + p.location()).toList();
        List<String> requests = order.externalRequests().valuesIterator()
                .filter(r -> !r.location().equals(target) && r.openUnits(line.id()) > 0)
                .map(r -> r.openUnits(line.id()) + " on open fulfilment request " + r.id() + " at " + r.location()).toList();
        return "line " + line.id() + ": " + lists.appendAll(requests)
                .append(line.count(Bucket.PICKED) + " picked").append(line.count(Bucket.PACKED) + " packed").mkString(", ");
    }
}
