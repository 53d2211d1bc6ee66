// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
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
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A hold made live again by a reopen whose answer was lost keeps only the promises the room still has, as one
 * whose answer arrived does ({@link ReopenedPromiseTest}). Asked again, the reopen answers empty (the hold is no
 * longer consumed by the order), and the fitting used to hang on that answer: the hold promised its units again on
 * top of the duplicate placement that had taken their room (found by the concurrent histories with seed
 * -5581163006222540508: two submissions of one checkout naming a pre-order hold, the reopen failing after it
 * succeeded, 5 pre-ordered and 2 promised against a cap of 6).
 */
class ReopenAnswerLostTest {
    private static final LocationId EAST = LocationId.of("WH-EAST");
    private static final Sku LAMP = Sku.of("LAMP");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final long CAP = 2;

    @Test
    void aDuplicateSubmissionWhoseReopenAnswerIsLostLeavesNoPromiseBeyondTheCap() {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(Product.announced(LAMP, "Lamp", NOW.plus(Duration.ofDays(10)), OptionalLong.of(CAP)));
        DuplicateWhenConsumed holds = new DuplicateWhenConsumed(adapters.holds());
        OrderManagement oms = OrderManagement.builder().ports(adapters.ports(new SettableClock(NOW))).holds(holds).build();
        oms.storefront().placeHold(new HoldRequest(HoldId.of("cart"), List.of(new HoldRequest.Units(LAMP, 2)),
                new Destination.ShipTo(TestShop.address()), Channel.WEB, Duration.ofMinutes(15))).get();
        PlaceOrder checkout = PlaceOrder.builder().from(TestShop.order("CART-1", TestShop.line("LAMP", 2, "EUR 20.00")))
                .hold(HoldId.of("cart")).build();
        // While the first submission has the hold consumed, the second finds it not live and pre-orders the room itself.
        AtomicReference<Either<?, Order>> duplicate = new AtomicReference<>();
        holds.whenConsumed = () -> duplicate.set(oms.orders().place(checkout));

        Either<?, Order> first = oms.orders().place(checkout);

        assertThat(duplicate.get().get().units(Bucket.PREORDERED)).isEqualTo(CAP);
        assertThat(first.get().id()).as("the duplicate won; the first submission answers its order").isEqualTo(duplicate.get().get().id());
        assertThat(holds.reopensAnswerLost).as("the reopen succeeded and its answer was lost").isEqualTo(1);
        assertThat(adapters.holds().livePromising(LAMP, NOW)).as("the cap's room is the winner's").isEmpty();
        assertThat(adapters.holds().find(HoldId.of("cart")).get().state())
                .as("promising nothing and holding nothing, the reopened hold is released").isEqualTo(HoldState.RELEASED);
        assertThat(oms.storefront().availableToPromise(LAMP).preorderable().get().left()).contains(0L);
    }

    /** A hold store that runs a duplicate placement right after a hold is consumed, and loses its first reopen's answer. */
    private static final class DuplicateWhenConsumed implements HoldStore {
        private final HoldStore real;
        Runnable whenConsumed;
        int reopensAnswerLost;

        DuplicateWhenConsumed(HoldStore real) {
            this.real = real;
        }

        @Override
        public Optional<Hold> end(HoldId id, HoldState state, Optional<String> consumedBy) {
            Optional<Hold> ended = real.end(id, state, consumedBy);
            if (state == HoldState.CONSUMED && whenConsumed != null) {
                Runnable once = whenConsumed;
                whenConsumed = null;
                once.run();
            }
            return ended;
        }

        @Override
        public Optional<Hold> reopen(HoldId id, String consumedBy) {
            Optional<Hold> reopened = real.reopen(id, consumedBy);
            if (reopened.isPresent() && reopensAnswerLost == 0) {
                reopensAnswerLost++;
                throw new IllegalStateException("connection reset after the reopen of " + id + " was committed");
            }
            return reopened;
        }

        @Override public Hold create(Hold hold) { return real.create(hold); }
        @Override public Optional<Hold> find(HoldId id) { return real.find(id); }
        @Override public Optional<Hold> change(HoldId id, String key, Hold changed) { return real.change(id, key, changed); }
        @Override public void givenUpReturned(HoldId id, String key) { real.givenUpReturned(id, key); }
        @Override public List<Hold> livePromising(Sku sku, Instant now) { return real.livePromising(sku, now); }
        @Override public List<Hold> expiredBy(Instant now) { return real.expiredBy(now); }
        @Override public List<Hold> owingStock() { return real.owingStock(); }
        @Override public void stockReturned(HoldId id) { real.stockReturned(id); }
    }
}
