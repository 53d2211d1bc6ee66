// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import static dev.oms.core.availability.Checkout.EAST;
import static dev.oms.core.availability.Checkout.PAUSED;
import static dev.oms.core.availability.Checkout.SHOE;
import static dev.oms.core.availability.Checkout.SOCK;
import static dev.oms.core.availability.Checkout.WEST;
import static dev.oms.core.availability.Checkout.hold;
import static dev.oms.core.availability.Checkout.units;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.routing.Destination;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.value.Channel;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checkout holds pinned to one location: every unit there, or the hold is refused and nothing reserved. */
class PinnedHoldTest {
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private static final LocationId COUNTER = LocationId.of("ST-COUNTER");
    private final Checkout shop = new Checkout(3, 5, 2);

    @Test
    void aPinnedHoldSitsWhereItWasPinnedNotWhereRoutingPrefersAndTheOrderShipsFromThere() {
        Hold hold = shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2), units(SOCK, 1)).pinnedTo(WEST)).get();

        assertThat(hold.movements()).extracting(m -> m.sku() + "@" + m.locationId() + "x" + m.quantity())
                .containsExactly("SHOE@WH-WESTx2", "SOCK@WH-WESTx1");
        assertThat(shop.reserved(SHOE, EAST)).isZero();
        PlaceOrder both = TestShop.order("W-1", TestShop.line("SHOE", 2, "EUR 50.00"), TestShop.line("SOCK", 1, "EUR 5.00"));
        Order order = shop.oms.orders().place(PlaceOrder.builder().from(both).hold(HoldId.of("cart-1")).build()).get();
        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(2);
        assertThat(shop.reserved(SHOE, WEST)).isEqualTo(2);
    }

    @Test
    void aPinnedHoldIsRefusedWhereThePinnedLocationIsShortEvenIfAnotherHasTheUnits() {
        var refused = shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 4)).pinnedTo(EAST)).getLeft();

        assertThat(refused.codes()).containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST)).isZero();
        assertThat(shop.adapters.holds().holds()).isEmpty();
    }

    @Test
    void theLocationMustBeListedActiveAndServeTheDestination() {
        shop.adapters.inventory().addLocation(Location.of(COUNTER, "Counter", LocationType.STORE, 3)
                .withCapabilities(Set.of(LocationCapability.PICKUP_IN_STORE)));
        shop.adapters.inventory().setStock(SHOE, COUNTER, 4, "C-1");

        assertThat(shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 1)).pinnedTo(LocationId.of("NOWHERE")))
                .getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_LOCATION);
        assertThat(shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 1)).pinnedTo(PAUSED))
                .getLeft().codes()).containsExactly(ProblemCode.LOCATION_CANNOT_SERVE);
        assertThat(shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 1)).pinnedTo(COUNTER))
                .getLeft().codes()).as("a parcel cannot leave a pickup-only store").containsExactly(ProblemCode.LOCATION_CANNOT_SERVE);
        assertThat(shop.adapters.holds().holds()).isEmpty();

        HoldRequest collect = new HoldRequest(HoldId.of("cart-1"), java.util.List.of(units(SHOE, 4)),
                new Destination.Pickup(COUNTER, false), Channel.WEB, FIFTEEN_MINUTES).pinnedTo(COUNTER);
        assertThat(shop.oms.storefront().placeHold(collect).get().movements()).allMatch(m -> m.locationId().equals(COUNTER));
        assertThat(shop.reserved(SHOE, COUNTER)).isEqualTo(4);
    }

    @Test
    void theSameIdPinnedElsewhereIsAReusedKeyAndPinnedAlikeTheHoldAlreadyPlaced() {
        Hold first = shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2)).pinnedTo(WEST)).get();

        assertThat(shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2)).pinnedTo(WEST)).get()).isEqualTo(first);
        assertThat(shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2)).pinnedTo(EAST)).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2))).get())
                .as("unpinned, where the units sit is the hold's business").isEqualTo(first);
        assertThat(shop.reserved(SHOE, WEST)).isEqualTo(2);
    }

    @Test
    void aPinnedLocationIdIsCheckedAgainstTheInputLimits() {
        assertThat(shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 1)).pinnedTo(LocationId.of("x".repeat(10_000))))
                .getLeft().codes()).containsExactly(ProblemCode.TEXT_TOO_LONG);
    }
}
