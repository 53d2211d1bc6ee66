// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.spi.order.Page;
import static dev.oms.core.availability.Checkout.EAST;
import static dev.oms.core.availability.Checkout.PAUSED;
import static dev.oms.core.availability.Checkout.SHOE;
import static dev.oms.core.availability.Checkout.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.Order;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random checkouts: holds placed (routed or pinned), changed, released and left to expire while the clock moves, orders placed with
 * and without their holds (one or two, for their units or fewer, the rest given back). After every step the stock reserved at each location is exactly the units of
 * live holds plus the units allocated to orders, nothing is oversold, and availability to promise is on
 * hand less that, over active locations.
 */
class CheckoutHoldsProperties {
    private static final List<LocationId> SELLING = List.of(EAST, WEST);

    @Property(tries = 200)
    void holdsCountAgainstAvailabilityWhileTheyLiveAndOnlyThen(@ForAll("steps") List<Step> steps) {
        Checkout shop = new Checkout(6, 9, 0);
        int[] counter = {0};
        for (Step step : steps) {
            step.apply(shop, counter);
            checkInvariants(shop);
        }
    }

    private static void checkInvariants(Checkout shop) {
        long total = 0;
        for (LocationId location : SELLING) {
            StockLevel level = shop.adapters.inventory().stockAt(SHOE, location).get();
            long held = shop.adapters.holds().holds().stream()
                    .filter(h -> h.state() == HoldState.ACTIVE)
                    .flatMap(h -> h.movements().stream())
                    .filter(m -> m.locationId().equals(location))
                    .mapToLong(StockMovement::quantity).sum();
            long allocated = Page.all(shop.oms.queries()::orderIds).stream()
                    .map(id -> shop.oms.queries().find(id).get())
                    .mapToLong(o -> allocatedAt(o, location)).sum();
            assertThat(level.reserved()).as("reserved at %s", location).isEqualTo(held + allocated);
            assertThat(level.reserved()).isLessThanOrEqualTo(level.onHand());
            assertThat(shop.adapters.holds().holds()).as("what a change gave up is back").allMatch(h -> h.givenUp().isEmpty());
            total += level.onHand() - level.reserved();
        }
        // Asking for availability first expires the holds whose time ran out: their units come back.
        long expiring = shop.adapters.holds().holds().stream()
                .filter(h -> h.state() == HoldState.ACTIVE && !h.liveAt(shop.clock.instant()))
                .flatMap(h -> h.movements().stream()).mapToLong(StockMovement::quantity).sum();
        AvailableToPromise atp = shop.oms.storefront().availableToPromise(SHOE);
        assertThat(atp.total()).isEqualTo(total + expiring);
        assertThat(shop.adapters.holds().holds()).noneMatch(h -> h.state() == HoldState.ACTIVE && !h.liveAt(shop.clock.instant()));
        assertThat(atp.availableAt(PAUSED)).isZero();
    }

    private static long allocatedAt(Order order, LocationId location) {
        return order.lines().values().map(l -> l.count(Bucket.ALLOCATED, location)).sum().longValue();
    }

    sealed interface Step {
        void apply(Checkout shop, int[] counter);
    }

    /** A hold routed, or pinned to one of the selling locations when {@code pin} names one. */
    record PlaceHold(long shoes, int minutes, int pin) implements Step {
        @Override
        public void apply(Checkout shop, int[] counter) {
            counter[0]++;
            HoldRequest request = Checkout.hold("cart-" + counter[0], Duration.ofMinutes(minutes), Checkout.units(SHOE, shoes));
            if (pin < SELLING.size()) {
                LocationId at = SELLING.get(pin);
                shop.oms.storefront().placeHold(request.pinnedTo(at))
                        .forEach(hold -> assertThat(hold.movements()).allMatch(m -> m.locationId().equals(at)));
            } else {
                shop.oms.storefront().placeHold(request);
            }
        }
    }

    record Release(int pick) implements Step {
        @Override
        public void apply(Checkout shop, int[] counter) {
            List<Hold> holds = shop.adapters.holds().holds();
            if (!holds.isEmpty()) {
                shop.oms.storefront().releaseHold(holds.get(pick % holds.size()).id());
            }
        }
    }

    /** A change of a hold (live or not) to other quantities, under a key used before when {@code reuse}. */
    record ChangeHold(int pick, long shoes, int minutes, boolean reuse) implements Step {
        @Override
        public void apply(Checkout shop, int[] counter) {
            List<Hold> holds = shop.adapters.holds().holds();
            if (!holds.isEmpty()) {
                counter[0]++;
                String key = reuse ? "change-1" : "change-" + counter[0];
                shop.oms.storefront().changeHold(key, Checkout.hold(holds.get(pick % holds.size()).id().value(),
                        Duration.ofMinutes(minutes), Checkout.units(SHOE, shoes)));
            }
        }
    }

    record Advance(int minutes) implements Step {
        @Override
        public void apply(Checkout shop, int[] counter) {
            shop.clock.advance(Duration.ofMinutes(minutes));
        }
    }

    /**
     * An order with one or two holds for their units less {@code fewer} (at least one), or, when {@code pick}
     * is negative, a plain order.
     */
    record PlaceOrder(int pick, long shoes, int extra, int fewer) implements Step {
        @Override
        public void apply(Checkout shop, int[] counter) {
            counter[0]++;
            List<Hold> holds = shop.adapters.holds().holds();
            if (pick < 0 || holds.isEmpty()) {
                shop.oms.orders().place(Checkout.order("W-" + counter[0], null, shoes));
                return;
            }
            Hold hold = holds.get(pick % holds.size());
            Hold other = holds.get(extra % holds.size());
            java.util.Set<Hold> named = new java.util.LinkedHashSet<>(List.of(hold, other));
            long held = named.stream().filter(h -> h.liveAt(shop.clock.instant()))
                    .flatMap(h -> h.movements().stream()).mapToLong(StockMovement::quantity).sum();
            dev.oms.core.placement.PlaceOrder plain = Checkout.order("W-" + counter[0], hold.id().value(), Math.max(1, held - fewer));
            shop.oms.orders().place(dev.oms.core.placement.PlaceOrder.builder().from(plain)
                    .additionalHolds(named.stream().skip(1).map(Hold::id).toList()).build());
        }
    }

    record Expire() implements Step {
        @Override
        public void apply(Checkout shop, int[] counter) {
            shop.oms.storefront().expireHolds();
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 20);
        List<Arbitrary<? extends Step>> kinds = List.of(
                Combinators.combine(Arbitraries.longs().between(1, 6), Arbitraries.integers().between(1, 30),
                        Arbitraries.integers().between(0, 3)).as(PlaceHold::new),
                pick.map(Release::new),
                Combinators.combine(pick, Arbitraries.longs().between(1, 8), Arbitraries.integers().between(1, 30),
                        Arbitraries.of(true, false)).as(ChangeHold::new),
                Arbitraries.integers().between(1, 20).map(Advance::new),
                Combinators.combine(Arbitraries.integers().between(-5, 20), Arbitraries.longs().between(1, 4), pick,
                        Arbitraries.integers().between(0, 2)).as(PlaceOrder::new),
                Arbitraries.just(new Expire()));
        return Arbitraries.oneOf(kinds).list().ofMaxSize(25);
    }

}
