// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.PickListsCreated;
import dev.oms.core.order.Order;
import dev.oms.core.order.PickList;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PickListId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/**
 * Pick lists voided in command sequences: the list ends, its units stay allocated where they were. The other
 * actions pick a list as soon as they make it, so this one lists an order's units first when it has no open list.
 */
final class PickListActions {
    private PickListActions() {}

    /** Voids an open pick list of some order (listing its units first if need be); accepted, it moves no unit. */
    static final class Void implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return !candidates(world).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            return Arbitraries.of(candidates(world)).map(id -> Transformer.mutate("void a pick list of " + id, w -> {
                Assume.that(candidates(w).contains(id)); // a shrunk history may not have got this order this far
                Order order = w.oms().queries().find(id).get();
                Option<PickList> open = order.pickLists().values().find(PickList::open);
                if (open.isDefined()) {
                    voidList(w, id, open.get().id());
                    return;
                }
                Either<?, PickListsCreated> listed = w.oms().warehouse().createPickLists(id);
                Assume.that(listed.isRight() && !listed.get().pickListIds().isEmpty());
                voidList(w, id, listed.get().pickListIds().get(0));
            }));
        }

        /** Orders not held for approval with an open pick list, or with allocated units to list (payment cleared). */
        private static List<OrderId> candidates(OmsWorld world) {
            return world.currentOrders().stream().filter(order -> !order.approvals().held())
                    .filter(order -> order.pickLists().values().exists(PickList::open) || order.paymentCleared()
                            && order.lines().keySet().exists(line -> world.stockingLocations().stream()
                                    .anyMatch(location -> dev.oms.core.fulfilment.Fulfillable.units(order, line, location) > 0)))
                    .map(Order::id).toList();
        }

        private static void voidList(OmsWorld world, OrderId id, PickListId list) {
            world.step("void " + list);
            Order before = world.oms().queries().find(id).get();
            Either<?, Order> answer = world.oms().warehouse().voidPickList(id, list, "voided by the sequence");
            List<String> violations = new ArrayList<>();
            if (answer.isLeft()) {
                violations.add("voiding open pick list " + list + " was refused: " + answer.getLeft());
            } else {
                Order after = answer.get();
                if (after.pickLists().get(list).map(PickList::open).getOrElse(true)) {
                    violations.add("pick list " + list + " is still open after voiding");
                }
                for (Bucket bucket : Bucket.values()) {
                    if (after.units(bucket) != before.units(bucket)) {
                        violations.add("voiding " + list + " moved units: " + bucket + " " + before.units(bucket) + " -> "
                                + after.units(bucket));
                    }
                }
            }
            world.found(violations);
        }
    }
}
