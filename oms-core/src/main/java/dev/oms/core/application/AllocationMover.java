// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.AllocationCommand.MoveAllocation;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRefused;
import dev.oms.spi.event.AllocationEvent.AllocationMoveRequested;
import dev.oms.spi.event.AllocationEvent.AllocationMoved;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockView;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves an order's allocated units to a named location: reads the target and what it has available, records the move, then runs it (the target reserved, then the old reservations released, and
 * the stock they free offered to waiting orders) and answers what became of it.
 */
final class AllocationMover {
    private static final Logger LOG = LoggerFactory.getLogger(AllocationMover.class);

    private final Settling settling;

    AllocationMover(Settling settling) {
        this.settling = settling;
    }

    Either<Rejection, Order> move(Order order, MoveRequest request, String key) {
        LinkedHashMap<LineId, Long> units = LinkedHashMap.ofAll(request.units());
        if (order.handled(key).isDefined()) {
            return order.isReplay(key, MoveAllocation.fingerprintOf(request.target(), units))
                    ? answer(settling.resume(order.id()).get(), key) : Rejections.keyReused(key);
        }
        List<Location> locations = List.ofAll(settling.ports().inventory().locations());
        Option<Location> target = locations.find(l -> l.id().equals(request.target()));
        MoveAllocation command = new MoveAllocation(key, request.target(), units, target, available(order, target));
        return settling.execution().execute(order.id(), command).map(settling::settled).flatMap(moved -> answer(moved, key));
    }

    /**
     * Units of each of the order's SKUs available at the target. Waiting orders that could take them there were
     * filled when they became available (queue first), so what is left is free to take.
     */
    private HashMap<Sku, Long> available(Order order, Option<Location> target) {
        if (target.isEmpty()) {
            return HashMap.empty();
        }
        List<Sku> skus = order.lines().valuesIterator().filter(l -> l.count(Bucket.ALLOCATED) > 0).map(Line::sku).distinct().toList();
        StockView view = settling.ports().inventory().stockView(skus.toJavaList());
        return HashMap.ofEntries(List.ofAll(view.stock()).filter(level -> level.locationId().equals(target.get().id()))
                .map(level -> io.vavr.Tuple.of(level.sku(), Math.max(0, level.available()))));
    }

    /** What the move under {@code key} came to: moved, refused by the inventory, or still owed its target's answer. */
    private static Either<Rejection, Order> answer(Order order, String key) {
        if (!order.madeBy(key, AllocationMoved.class).isEmpty()) {
            return Either.right(order);
        }
        AllocationMoveRequested asked = order.madeBy(key, AllocationMoveRequested.class).head();
        String outcomeKey = order.id().value() + ":move:" + asked.moveId();
        if (!order.madeBy(outcomeKey, AllocationMoved.class).isEmpty()) {
            LOG.info("order {}: units moved to {}", order.id(), asked.target());
            return Either.right(order);
        }
        Option<AllocationMoveRefused> refused = order.madeBy(outcomeKey, AllocationMoveRefused.class).headOption();
        if (refused.isDefined()) {
            return Either.left(Rejection.of(ProblemCode.INSUFFICIENT_STOCK, "target", asked.target() + " no longer has the units: "
                    + List.ofAll(refused.get().shortfalls()).map(s -> s.sku() + " " + s.available() + " of " + s.requested()).mkString(", ")
                    + "; they stay allocated where they were"));
        }
        throw new PortFailure("the inventory did not answer the reservation at " + asked.target() + " for order " + order.id()
                + "; the move stays recorded and is retried by resume or by calling again under the same key", null);
    }
}
