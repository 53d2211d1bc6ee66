// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.MoveRequest;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/**
 * Allocated units moved to another location in command sequences of a world that allows it
 * ({@link OmsWorld#withMovesTo}): all of them or none. After a move, every reserved
 * unit of the world has exactly one owner, no open pick list at a location covers more than is allocated there
 * (both in {@link OmsWorld#violations()} too), only allocated units changed location, and a refused move changed
 * nothing.
 */
final class MoveActions {
    private MoveActions() {}

    /** Moves every unit of an order that a location can take there. */
    static final class Move implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return !world.moveTargets().isEmpty() && !candidates(world).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            return Combinators.combine(Arbitraries.of(candidates(world)), Arbitraries.of(world.moveTargets()))
                    .as((id, target) -> Transformer.mutate("move " + id + " to " + target, w -> {
                        Assume.that(candidates(w).contains(id)); // a shrunk history may not have got this order this far
                        move(w, id, target);
                    }));
        }

        /** Orders with units allocated somewhere. */
        private static List<OrderId> candidates(OmsWorld world) {
            return world.currentOrders().stream().filter(order -> order.units(Bucket.ALLOCATED) > 0).map(Order::id).toList();
        }

        private static void move(OmsWorld world, OrderId id, LocationId target) {
            world.step("move " + id + " to " + target);
            Order before = world.oms().queries().find(id).get();
            Either<Rejection, Order> answer = world.oms().warehouse().moveAllocation(id, MoveRequest.everything(world.nextKey("move"), target));
            Order after = world.oms().queries().find(id).get();
            List<String> violations = new ArrayList<>();
            if (answer.isLeft()) {
                if (after.version() != before.version()) {
                    violations.add("a refused move of " + id + " changed it: " + answer.getLeft());
                }
            } else {
                for (Line line : after.lines().values()) {
                    Line was = before.line(line.id()).get();
                    for (Bucket bucket : Bucket.values()) {
                        if (line.count(bucket) != was.count(bucket)) {
                            violations.add("moving " + id + " changed " + line.id() + " " + bucket + ": " + was + " -> " + line);
                        }
                    }
                    if (line.count(Bucket.ALLOCATED, target) < was.count(Bucket.ALLOCATED, target)) {
                        violations.add("moving " + id + " to " + target + " took units away from it: " + was + " -> " + line);
                    }
                }
            }
            violations.addAll(OrderInvariants.pickLists(after));
            violations.addAll(oneOwner(world));
            world.found(violations);
        }

        /** Every reserved unit of every catalogue SKU has exactly one owner among the world's orders. */
        private static List<String> oneOwner(OmsWorld world) {
            List<Order> orders = world.currentOrders();
            List<StockLevel> stock = world.stock();
            List<String> violations = new ArrayList<>();
            for (Sku sku : stock.stream().map(StockLevel::sku).distinct().toList()) {
                violations.addAll(OwnershipLedger.violations(sku, stock.stream().filter(l -> l.sku().equals(sku)).toList(), orders,
                        List.of()));
            }
            return violations;
        }
    }
}
