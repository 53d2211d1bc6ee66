// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import static dev.oms.core.availability.Checkout.SHOE;
import static dev.oms.core.availability.Checkout.WEST;
import static dev.oms.core.availability.Checkout.hold;
import static dev.oms.core.availability.Checkout.units;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.routing.Destination;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Pickup;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A click-and-collect order taking over its checkout's holds takes, without transfer, only what is held at its store. */
class PickupHoldTakeoverTest {
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private static final LocationId STORE = LocationId.of("ST-HIGH-STREET");
    private static final LineId L1 = LineId.of("L1");
    private final Checkout shop = new Checkout(3, 5, 2);

    PickupHoldTakeoverTest() {
        shop.adapters.inventory().addLocation(Location.of(STORE, "High Street", LocationType.STORE, 3).withAddress(Address.builder()
                .recipient("High Street store").addLines("12 High Street").city("Bristol").postalCode("BS1 2AA").countryCode("GB").build()));
        shop.adapters.inventory().setStock(SHOE, STORE, 4, "S-1");
    }

    @Test
    void withoutTransferAHoldAtTheWarehouseCannotBeTakenOver() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2)).pinnedTo(WEST)).get();

        var refused = shop.oms.orders().place(collected("CC-H-1", Pickup.atStore(STORE), "cart-1"));

        assertThat(refused.getLeft().codes()).containsExactly(ProblemCode.HOLD_MISMATCH);
        assertThat(shop.reserved(SHOE, WEST)).as("still the hold's").isEqualTo(2);
        assertThat(shop.reserved(SHOE, STORE)).isZero();
    }

    @Test
    void withoutTransferAHoldAtTheStoreIsTakenOver() {
        shop.oms.storefront().placeHold(new HoldRequest(HoldId.of("cart-2"), List.of(units(SHOE, 2)),
                new Destination.Pickup(STORE, false), Channel.WEB, FIFTEEN_MINUTES).pinnedTo(STORE)).get();

        Order order = shop.oms.orders().place(collected("CC-H-2", Pickup.atStore(STORE), "cart-2")).get();

        assertThat(order.line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(2);
        assertThat(shop.reserved(SHOE, STORE)).isEqualTo(2);
    }

    @Test
    void withTransferAHoldAtTheWarehouseIsTakenOverAndItsParcelGoesToTheStore() {
        shop.oms.storefront().placeHold(hold("cart-3", FIFTEEN_MINUTES, units(SHOE, 2)).pinnedTo(WEST)).get();

        Order order = shop.oms.orders().place(collected("CC-H-3", Pickup.withTransfer(STORE), "cart-3")).get();

        assertThat(order.line(L1).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(2);
        assertThat(shop.reserved(SHOE, STORE)).isZero();
    }

    private static PlaceOrder collected(String externalId, Pickup pickup, String holdId) {
        return PlaceOrder.builder().from(TestShop.order(externalId, TestShop.line("SHOE", 2, "EUR 50.00")))
                .shipTo(Optional.empty()).pickup(pickup).hold(HoldId.of(holdId)).build();
    }
}
