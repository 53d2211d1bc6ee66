// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A shop selling one product from two warehouses and a paused store, with the pre-order and backorder
 * policies the test chooses and a clock it moves.
 */
final class Storefront {
    static final LocationId EAST = LocationId.of("WH-EAST");
    static final LocationId WEST = LocationId.of("WH-WEST");
    static final LocationId PAUSED = LocationId.of("ST-PAUSED");
    static final Sku ITEM = Sku.of("ITEM");
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant RELEASE = START.plus(Duration.ofDays(30));

    final SettableClock clock = new SettableClock(START);
    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final OrderManagement oms;
    private int placed;

    Storefront(Product product, BackorderPolicy backorders, PreorderPolicy preorders) {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(WEST, "West", LocationType.WAREHOUSE, 2))
                .addLocation(Location.of(PAUSED, "Paused store", LocationType.STORE, 0).withActive(false));
        adapters.catalog().add(product);
        oms = OrderManagement.builder().ports(adapters.ports(clock))
                .backorderPolicy(backorders).preorderPolicy(preorders).build();
    }

    /** Sets the units on hand at a location, as a host's stock count would, without filling waiting orders. */
    Storefront onHand(LocationId location, long units) {
        adapters.inventory().setStock(ITEM, location, units, "B-" + location);
        return this;
    }

    /** Adds units on hand at a location, as a stock count finding more would. */
    Storefront found(LocationId location, long units) {
        long now = adapters.inventory().stockAt(ITEM, location).map(l -> l.onHand()).getOrElse(0L);
        return onHand(location, now + units);
    }

    Either<Rejection, Order> order(Channel channel, long units) {
        placed++;
        return oms.orders().place(PlaceOrder.builder().channel(channel).externalId("O-" + placed)
                .customer(CustomerRef.of("C-" + placed)).shipTo(TestShop.address()).paymentMethod(PaymentMethod.card("tok_ok"))
                .lines(List.of(TestShop.line(ITEM.code(), units, "EUR 1.00"))).build());
    }

    static long units(Order order, Bucket bucket) {
        return order.lines().values().map(l -> l.count(bucket)).sum().longValue();
    }
}
