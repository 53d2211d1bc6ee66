// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import static dev.oms.core.availability.Checkout.EAST;
import static dev.oms.core.availability.Checkout.PAUSED;
import static dev.oms.core.availability.Checkout.SHOE;
import static dev.oms.core.availability.Checkout.WEST;
import static dev.oms.core.availability.Checkout.hold;
import static dev.oms.core.availability.Checkout.order;
import static dev.oms.core.availability.Checkout.units;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.routing.RoutedAllocation;
import dev.oms.core.routing.Strategies;
import dev.oms.core.routing.Destination;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LocationId;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Availability without a checkout's own holds is what availability would be with those holds released:
 * for random stock, random holds of three checkouts (some refused, some left to expire) and a random
 * subset of locations, per location and in total. Nobody else's holds are ever counted as available. And
 * availability for a parcel is what placement accepts, whatever a pickup-only store holds.
 */
class AvailabilityQueryProperties {
    private static final List<LocationId> ALL = List.of(EAST, WEST, PAUSED);
    private static final LocationId COUNTER = LocationId.of("ST-COUNTER");
    private static final Destination SHIP = new Destination.ShipTo(TestShop.address());

    @Property(tries = 150)
    void excludingACheckoutsHoldsIsReleasingThem(@ForAll("shops") Setup setup) {
        Checkout shop = new Checkout(setup.east, setup.west, 0);
        Set<HoldId> mine = new HashSet<>();
        for (int i = 0; i < setup.holds.size(); i++) {
            Planned planned = setup.holds.get(i);
            String id = planned.checkout + "-" + i;
            var placed = shop.oms.storefront().placeHold(hold(id, Duration.ofMinutes(planned.minutes), units(SHOE, planned.units)));
            if (planned.checkout.equals("mine")) {
                mine.add(HoldId.of(id));
            }
            Statistics.label("hold").collect(placed.isRight() ? "placed" : "refused");
        }
        shop.clock.advance(Duration.ofMinutes(setup.later));
        AvailabilityQuery query = AvailabilityQuery.of(SHOE).at(setup.locations);
        long othersHeld = shop.adapters.holds().holds().stream()
                .filter(h -> h.liveAt(shop.clock.instant()) && !mine.contains(h.id()))
                .mapToLong(h -> h.movements().stream().mapToLong(m -> m.quantity()).sum()).sum();
        Statistics.label("others hold").collect(othersHeld > 0);

        AvailableToPromise excluding = shop.oms.storefront().availableToPromise(query.excludingHolds(mine));
        mine.forEach(id -> shop.oms.storefront().releaseHold(id));
        AvailableToPromise released = shop.oms.storefront().availableToPromise(query);

        assertThat(excluding).isEqualTo(released);
        assertThat(shop.oms.storefront().availableToPromise(query.excludingHolds(mine))).isEqualTo(released);
        if (setup.locations.containsAll(List.of(EAST, WEST))) {
            assertThat(released.total()).isEqualTo(setup.east + setup.west - othersHeld);
        }
    }

    /**
     * Availability for a parcel agrees with a routed placement (whose strategies ship only from locations
     * serving the destination) where a pickup-only store has stock too: an order for the promised units is
     * accepted and one for a unit more refused, whatever the store holds. (The default allocation,
     * {@code LocationPriorityAllocation}, does not look at capabilities.)
     */
    @Property(tries = 100)
    void aParcelIsPromisedWhatPlacementAcceptsWhateverAPickupOnlyStoreHolds(@ForAll("stocks") long[] stock) {
        Checkout shop = new Checkout(stock[0], stock[1], 0);
        shop.adapters.inventory().addLocation(Location.of(COUNTER, "Counter", LocationType.STORE, 0)
                .withCapabilities(Set.of(LocationCapability.PICKUP_IN_STORE)));
        shop.adapters.inventory().setStock(SHOE, COUNTER, stock[2], "C-1");
        Statistics.label("counter stocked").collect(stock[2] > 0);

        OrderManagement routed = OrderManagement.builder().ports(shop.adapters.ports(shop.clock))
                .allocationPolicy(new RoutedAllocation(Strategies.priority())).build();

        long promised = routed.storefront().availableToPromise(AvailabilityQuery.of(SHOE).to(SHIP)).total();

        assertThat(routed.orders().place(order("W-1", null, promised + 1)).isLeft()).as("%d + 1 refused", promised).isTrue();
        if (promised > 0) {
            assertThat(routed.orders().place(order("W-2", null, promised)).isRight()).as("%d accepted", promised).isTrue();
        }
    }

    @Provide
    Arbitrary<long[]> stocks() {
        return Arbitraries.longs().between(0, 6).array(long[].class).ofSize(3);
    }

    @Provide
    Arbitrary<Setup> shops() {
        Arbitrary<Planned> planned = Combinators.combine(Arbitraries.of("mine", "other-1", "other-2"),
                Arbitraries.longs().between(1, 8), Arbitraries.integers().between(1, 30)).as(Planned::new);
        return Combinators.combine(Arbitraries.longs().between(0, 8), Arbitraries.longs().between(0, 8),
                planned.list().ofMaxSize(6), Arbitraries.integers().between(0, 20),
                Arbitraries.subsetOf(ALL), Arbitraries.of(true, false))
                .as((east, west, holds, later, subset, everywhere) -> new Setup(east, west, holds, later,
                        everywhere ? Set.copyOf(ALL) : Set.copyOf(subset)));
    }

    record Planned(String checkout, long units, int minutes) {}

    record Setup(long east, long west, List<Planned> holds, int later, Set<LocationId> locations) {}
}
