// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.routing.Destination;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A hold made live again after its order was not stored keeps only the promises the room still has: while it was
 * consumed, another placement may have used its room. Before, the reopened hold promised its units again on top
 * of the orders that had taken the room, and the cap counted more than it allows (found by the concurrent
 * histories: two submissions of one checkout, the loser reopening the hold the winner's plain allocation had
 * not counted).
 */
class ReopenedPromiseTest {
    private static final LocationId EAST = LocationId.of("WH-EAST");
    private static final Sku LAMP = Sku.of("LAMP");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void aHoldReopenedAfterItsRoomWasUsedKeepsNoPromiseBeyondTheCap() {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(Product.announced(LAMP, "Lamp", NOW.plus(Duration.ofDays(10)), OptionalLong.of(3)));
        CompetingWhenConsumed holds = new CompetingWhenConsumed(adapters.holds());
        OrderManagement oms = OrderManagement.builder().ports(adapters.ports(new SettableClock(NOW))).holds(holds).build();
        // While the checkout's order consumes its hold, another customer pre-orders the whole cap.
        holds.competitor = () -> assertThat(oms.orders().place(TestShop.order("OTHER", TestShop.line("LAMP", 3, "EUR 20.00")))
                .get().units(Bucket.PREORDERED)).isEqualTo(3);
        oms.storefront().placeHold(new HoldRequest(HoldId.of("cart"), List.of(new HoldRequest.Units(LAMP, 2)),
                new Destination.ShipTo(TestShop.address()), Channel.WEB, Duration.ofMinutes(15))).get();

        var placed = oms.orders().place(PlaceOrder.builder().from(TestShop.order("MINE", TestShop.line("LAMP", 2, "EUR 20.00")))
                .hold(HoldId.of("cart")).build());

        assertThat(placed.getLeft().codes()).containsExactly(ProblemCode.PREORDER_CAP_EXCEEDED);
        Hold cart = adapters.holds().find(HoldId.of("cart")).get();
        assertThat(cart.state()).as("no room is left to promise, and it holds nothing else").isEqualTo(HoldState.RELEASED);
        assertThat(adapters.holds().livePromising(LAMP, NOW)).isEmpty();
        assertThat(oms.storefront().availableToPromise(LAMP).preorderable().get().left()).contains(0L);
    }

    /** A hold store that runs a competing placement right after a hold is consumed. */
    private static final class CompetingWhenConsumed implements HoldStore {
        private final HoldStore real;
        Runnable competitor;

        CompetingWhenConsumed(HoldStore real) {
            this.real = real;
        }

        @Override
        public Optional<Hold> end(HoldId id, HoldState state, Optional<String> consumedBy) {
            Optional<Hold> ended = real.end(id, state, consumedBy);
            if (state == HoldState.CONSUMED && competitor != null) {
                Runnable once = competitor;
                competitor = null;
                once.run();
            }
            return ended;
        }

        @Override public Hold create(Hold hold) { return real.create(hold); }
        @Override public Optional<Hold> find(HoldId id) { return real.find(id); }
        @Override public Optional<Hold> reopen(HoldId id, String consumedBy) { return real.reopen(id, consumedBy); }
        @Override public Optional<Hold> change(HoldId id, String key, Hold changed) { return real.change(id, key, changed); }
        @Override public void givenUpReturned(HoldId id, String key) { real.givenUpReturned(id, key); }
        @Override public List<Hold> livePromising(Sku sku, Instant now) { return real.livePromising(sku, now); }
        @Override public List<Hold> expiredBy(Instant now) { return real.expiredBy(now); }
        @Override public List<Hold> owingStock() { return real.owingStock(); }
        @Override public void stockReturned(HoldId id) { real.stockReturned(id); }
    }
}
