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
import dev.oms.core.routing.Destination;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Availability narrowed to locations and a destination, and without the asking checkout's own holds. */
class AvailabilityQueryTest {
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private static final LocationId COUNTER = LocationId.of("ST-COUNTER");
    private static final Destination SHIP = new Destination.ShipTo(TestShop.address());
    private final Checkout shop = new Checkout(3, 5, 2);

    @Test
    void aCheckoutAskingWithItsOwnHoldsIsToldTheirUnitsToo() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 6))).get();
        shop.oms.storefront().placeHold(hold("cart-2", FIFTEEN_MINUTES, units(SHOE, 1))).get();
        AvailabilityQuery shoes = AvailabilityQuery.of(SHOE);

        assertThat(shop.oms.storefront().availableToPromise(shoes).total()).isEqualTo(1);
        AvailableToPromise mine = shop.oms.storefront().availableToPromise(shoes.excludingHolds(Set.of(HoldId.of("cart-1"))));
        assertThat(mine.total()).isEqualTo(7);
        assertThat(mine.availableAt(EAST)).isEqualTo(3);
        assertThat(mine.availableAt(WEST)).isEqualTo(4);
        assertThat(shop.oms.storefront().availableToPromise(shoes.excludingHolds(Set.of(HoldId.of("cart-1"), HoldId.of("cart-2"))))
                .total()).isEqualTo(8);
        assertThat(shop.oms.storefront().availableToPromise(shoes.excludingHolds(Set.of(HoldId.of("never-placed"))))
                .total()).isEqualTo(1);
    }

    @Test
    void aHoldThatEndedIsNoLongerTheCheckoutsToCount() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 6))).get();
        shop.oms.orders().place(order("W-1", "cart-1", 6)).get();
        AvailabilityQuery mine = AvailabilityQuery.of(SHOE).excludingHolds(Set.of(HoldId.of("cart-1")));

        assertThat(shop.oms.storefront().availableToPromise(mine).total()).as("the order owns the units now").isEqualTo(2);

        shop.oms.storefront().placeHold(hold("cart-2", FIFTEEN_MINUTES, units(SHOE, 2))).get();
        shop.clock.advance(FIFTEEN_MINUTES);
        assertThat(shop.oms.storefront().availableToPromise(AvailabilityQuery.of(SHOE).excludingHolds(Set.of(HoldId.of("cart-2"))))
                .total()).as("expired: its units are everyone's again, counted once").isEqualTo(2);
    }

    @Test
    void onlyTheLocationsAskedAboutAreCounted() {
        AvailableToPromise west = shop.oms.storefront().availableToPromise(AvailabilityQuery.of(SHOE).at(Set.of(WEST, PAUSED)));

        assertThat(west.total()).isEqualTo(5);
        assertThat(west.byLocation()).extracting(LocationAvailability::locationId).containsExactly(PAUSED, WEST);
        assertThat(west.availableAt(EAST)).isZero();
        assertThat(shop.oms.storefront().availableToPromise(AvailabilityQuery.of(SHOE).at(Set.of())).total()).isZero();
    }

    @Test
    void aShippingOrderIsNotPromisedAPickupOnlyStoresUnitsAndAPickupOnlyItsStoresAndTransfers() {
        shop.adapters.inventory().addLocation(Location.of(COUNTER, "Counter", LocationType.STORE, 3)
                .withCapabilities(Set.of(LocationCapability.PICKUP_IN_STORE)));
        shop.adapters.inventory().setStock(SHOE, COUNTER, 4, "C-1");
        AvailabilityQuery shoes = AvailabilityQuery.of(SHOE).forChannel(Channel.WEB);

        assertThat(shop.oms.storefront().availableToPromise(shoes).total()).as("every location").isEqualTo(12);
        AvailableToPromise shipped = shop.oms.storefront().availableToPromise(shoes.to(SHIP));
        assertThat(shipped.total()).isEqualTo(8);
        assertThat(shipped.at(COUNTER)).isEmpty();
        assertThat(shop.oms.storefront().availableToPromise(shoes.to(new Destination.Pickup(COUNTER, false))).total()).isEqualTo(4);
        assertThat(shop.oms.storefront().availableToPromise(shoes.to(new Destination.Pickup(COUNTER, true))).total()).isEqualTo(12);
        assertThat(shop.oms.storefront().availableToPromise(shoes.to(new Destination.Pickup(EAST, false))).total())
                .as("a warehouse is no pickup store").isZero();
        assertThat(shop.oms.storefront().availableToPromise(shoes.to(SHIP).at(Set.of(EAST, COUNTER))).total()).isEqualTo(3);
    }

    @Test
    void theNarrowedQueryWithoutNarrowingAnswersAsTheSkuAndChannelMethodsDo() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2))).get();

        assertThat(shop.oms.storefront().availableToPromise(AvailabilityQuery.of(SHOE)))
                .isEqualTo(shop.oms.storefront().availableToPromise(SHOE));
        assertThat(shop.oms.storefront().availableToPromise(AvailabilityQuery.of(SHOE).forChannel(Channel.MARKETPLACE)))
                .isEqualTo(shop.oms.storefront().availableToPromise(SHOE, Channel.MARKETPLACE));
    }
}
