// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.order.Order;
import dev.oms.core.order.PickList;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import org.junit.jupiter.api.Test;

/** A warehouse lists only its own units: the order's units elsewhere stay free to cancel or list later. */
class PickListsPerLocationTest {
    private static final LineId L1 = LineId.of("L1");
    private static final LineId L2 = LineId.of("L2");

    @Test
    void oneLocationListsItsUnitsAndTheOthersStayCancellable() {
        TestShop shop = new TestShop().stock("A", 2, 0).stock("B", 0, 3);
        Order placed = shop.oms.orders().place(order("P-1", line("A", 2, "EUR 10.00"), line("B", 3, "EUR 5.00"))).get();

        PickListsCreated east = shop.oms.warehouse().createPickLists(placed.id(), EAST).get();

        assertThat(east.order().pickLists().values().map(PickList::location)).containsExactly(EAST);
        assertThat(east.pickListIds()).hasSize(1);
        Order cancelled = shop.oms.orders().cancel(placed.id(), CancelRequest.units("c-1", L2, 3, "out of the west"))
                .map(Cancelled::order).get();
        assertThat(cancelled.line(L2).get().count(Bucket.CANCELLED)).isEqualTo(3);
        assertThat(shop.oms.warehouse().createPickLists(placed.id(), EAST).getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.NOTHING_TO_DO);
        assertThat(shop.oms.warehouse().createPickLists(placed.id(), WEST).getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.NOTHING_TO_DO);
        assertThat(shop.oms.warehouse().createPickLists(placed.id(), LocationId.of("NOWHERE")).getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.UNKNOWN_LOCATION);
        assertThat(cancelled.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
    }
}
