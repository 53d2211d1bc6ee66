// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.routing.Destination;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A shop with two warehouses and a paused store, holds on the in-memory hold store, and a clock the test moves. */
final class Checkout {
    static final LocationId EAST = LocationId.of("WH-EAST");
    static final LocationId WEST = LocationId.of("WH-WEST");
    static final LocationId PAUSED = LocationId.of("ST-PAUSED");
    static final Sku SHOE = Sku.of("SHOE");
    static final Sku SOCK = Sku.of("SOCK");

    final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final OrderManagement oms;

    Checkout(long shoesEast, long shoesWest, long socksWest) {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(WEST, "West", LocationType.WAREHOUSE, 2))
                .addLocation(Location.of(PAUSED, "Paused store", LocationType.STORE, 0).withActive(false));
        adapters.catalog().add(new Product(SHOE, "Shoe"));
        adapters.catalog().add(new Product(SOCK, "Sock"));
        adapters.inventory().setStock(SHOE, EAST, shoesEast, "E-1");
        adapters.inventory().setStock(SHOE, WEST, shoesWest, "W-1");
        adapters.inventory().setStock(SOCK, WEST, socksWest, "W-2");
        adapters.inventory().setStock(SHOE, PAUSED, 7, "S-1");
        oms = OrderManagement.builder().ports(adapters.ports(clock)).holds(adapters.holds()).build();
    }

    static HoldRequest hold(String id, Duration ttl, HoldRequest.Units... units) {
        return new HoldRequest(HoldId.of(id), List.of(units), new Destination.ShipTo(TestShop.address()), Channel.WEB, ttl);
    }

    static HoldRequest.Units units(Sku sku, long quantity) {
        return new HoldRequest.Units(sku, quantity);
    }

    static PlaceOrder order(String externalId, String holdId, long shoes) {
        PlaceOrder plain = TestShop.order(externalId, TestShop.line("SHOE", shoes, "EUR 50.00"));
        return holdId == null ? plain : PlaceOrder.builder().from(plain).hold(HoldId.of(holdId)).build();
    }

    long reserved(Sku sku, LocationId location) {
        return adapters.inventory().stockAt(sku, location).get().reserved();
    }
}
