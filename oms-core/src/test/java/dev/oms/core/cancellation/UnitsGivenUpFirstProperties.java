// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LocationId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * A cancellation naming how many units to give up first at which locations takes them there, as many as each location
 * can cancel (allocated on no pick list, then picked), and cancels the number asked in all; other units as usual.
 */
class UnitsGivenUpFirstProperties {
    private static final List<LocationId> LOCATIONS = List.of(TestShop.EAST, TestShop.WEST);

    @Property(tries = 150)
    void unitsNamedAtALocationAreGivenUpThereAsFarAsItCanCancelThem(
            @ForAll @IntRange(min = 0, max = 4) int east, @ForAll @IntRange(min = 1, max = 4) int west,
            @ForAll @IntRange(min = 1, max = 8) int ordered, @ForAll @IntRange(max = 2) int picking,
            @ForAll @IntRange(max = 8) int cancel, @ForAll @IntRange(max = 8) int firstEast, @ForAll @IntRange(max = 8) int firstWest) {
        TestShop shop = new TestShop().stock("MUG", east, west);
        Order placed = shop.oms.orders().place(TestShop.order("W-1", TestShop.line("MUG", Math.min(ordered, east + west), "EUR 5.00"))).get();
        Order before = picked(shop, placed, picking);
        Line line = before.lines().values().head();
        long cancellable = CancellationRules.cancellableNow(before, line.id());
        long quantity = Math.max(1, Math.min(cancel, cancellable));
        long atEast = Math.min(firstEast, quantity);
        long atWest = Math.min(firstWest, quantity - atEast);
        CancelRequest request = CancelRequest.units("cancel-1", line.id(), quantity, "fewer");
        request = atEast > 0 ? request.firstAt(TestShop.EAST, atEast) : request;
        request = atWest > 0 ? request.firstAt(TestShop.WEST, atWest) : request;

        var cancelled = shop.oms.orders().cancel(before.id(), request);

        if (cancellable == 0) {
            assertThat(cancelled.isLeft()).isTrue();
            return;
        }
        Order after = cancelled.get().order();
        assertThat(after.lines().get(line.id()).get().count(Bucket.CANCELLED)).isEqualTo(quantity);
        long[] named = {atEast, atWest};
        for (int i = 0; i < LOCATIONS.size(); i++) {
            LocationId at = LOCATIONS.get(i);
            long cancellableThere = before.unlistedAllocated(line.id(), at) + line.count(Bucket.PICKED, at);
            assertThat(held(before, at) - held(after, at)).as("units given up at %s", at)
                    .isGreaterThanOrEqualTo(Math.min(named[i], cancellableThere));
        }
    }

    /** Nothing picked, the lists created and EAST's picked (WEST's open), or every list picked. */
    private static Order picked(TestShop shop, Order order, int picking) {
        if (picking == 0) {
            return order;
        }
        var lists = shop.oms.warehouse().createPickLists(order.id()).get();
        Order now = lists.order();
        for (var list : lists.pickListIds()) {
            boolean east = now.pickLists().get(list).get().location().equals(TestShop.EAST);
            if (picking == 2 || east) {
                now = shop.oms.warehouse().confirmPicked(order.id(), list).get();
            }
        }
        return now;
    }

    private static long held(Order order, LocationId at) {
        Line line = order.lines().values().head();
        return line.count(Bucket.ALLOCATED, at) + line.count(Bucket.PICKED, at);
    }
}
