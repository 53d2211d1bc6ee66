// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import dev.oms.core.rejection.Rejections;
import static dev.oms.core.rejection.Rejections.illegal;
import static dev.oms.core.rejection.Rejections.reject;

import dev.oms.core.command.AllocationCommand.Reroute;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.AllocationEvent.UnitsDeallocated;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Re-routing: a location cannot fulfil an order's units after all (a stock count came up short, the store
 * closed). The units allocated there that no open pick list covers go back to pending, their reservation
 * owed back to the inventory (released like a cancellation's), and are allocated again without that
 * location; the order's other allocations stay as they are. Units on an open pick list, picked or packed
 * there are in someone's hands at that location and do not move. Pure.
 */
public final class ReroutingRules {
    private ReroutingRules() {}

    /**
     * The units that move back to pending, one {@link UnitsDeallocated} per line, or why none can: a
     * reservation or received goods still being settled, a payment on hold (freed units could not be
     * allocated again), or {@code NOTHING_TO_DO} when no unit allocated at the location is free to move.
     *
     * @param order the order
     * @param failed the location that cannot fulfil
     * @param reason why, for the events
     * @return the events, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> deallocate(Order order, LocationId failed, String reason) {
        Option<Rejection> inFlight = Rejections.whileReservationInFlight(order, ProblemCode.ILLEGAL_TRANSITION);
        if (inFlight.isDefined()) {
            return Either.left(inFlight.get());
        }
        if (!order.ringFencesOwed().isEmpty()) {
            return illegal("goods received for the order are still being reserved; resume the order first");
        }
        if (order.payment().onHold()) {
            return illegal("payment is on hold; units freed now could not be allocated again");
        }
        // The version numbers the commit this decision becomes, so each reroute owes its release under its own id.
        ReleaseId rerouteId = ReleaseId.of(order.id().value() + "-R" + order.version());
        List<OrderEvent> freed = order.lines().valuesIterator().toList()
                .filter(line -> order.unlistedAllocated(line.id(), failed) > 0)
                .map(line -> new UnitsDeallocated(rerouteId, line.id(), failed, order.unlistedAllocated(line.id(), failed), reason));
        if (freed.isEmpty()) {
            return reject(ProblemCode.NOTHING_TO_DO, "failedLocation", "order " + order.id() + " has no units at "
                    + failed + " that can be re-routed: " + atLocation(order, failed) + "; units on an open pick list, "
                    + "picked or packed stay where they are");
        }
        return Either.right(freed);
    }

    /**
     * Deallocates as {@link #deallocate} does, then allocates the order's pending units as the command's
     * plan says, in one decision. The plan must not reserve at the failed location.
     *
     * @param order the order
     * @param command the failed location and the new plan
     * @return the events, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> reroute(Order order, Reroute command) {
        if (command.reallocation().reservations().exists(r -> r.locationId().equals(command.failedLocation()))) {
            return illegal("the plan reserves at " + command.failedLocation() + ", the location that cannot fulfil");
        }
        return deallocate(order, command.failedLocation(), command.reason()).flatMap(freed -> {
            Order working = freed.foldLeft(order, (o, event) -> OrderEvolution.apply(o, event));
            return AllocationRules.allocatePending(working, command.reallocation()).map(freed::appendAll);
        });
    }

    /**
     * The stock an order's units may be allocated from, pending or filled from its restock queue: none at
     * a location that failed the order before.
     *
     * @param order the order
     * @param stock the stock levels
     * @return the levels at locations that have not failed the order
     */
    public static List<StockLevel> shownTo(Order order, List<StockLevel> stock) {
        return stock.filter(level -> !order.failedLocations().contains(level.locationId()));
    }

    private static String atLocation(Order order, LocationId location) {
        long allocated = order.lines().valuesIterator().map(l -> l.count(Bucket.ALLOCATED, location)).sum().longValue();
        long picked = order.lines().valuesIterator().map(l -> l.count(Bucket.PICKED, location)).sum().longValue();
        long packed = order.lines().valuesIterator().map(l -> l.count(Bucket.PACKED, location)).sum().longValue();
        long listed = allocated - order.lines().valuesIterator().map(Line::id)
                .map(id -> order.unlistedAllocated(id, location)).sum().longValue();
        return allocated + " allocated (" + listed + " on open pick lists), " + picked + " picked, " + packed + " packed";
    }
}
