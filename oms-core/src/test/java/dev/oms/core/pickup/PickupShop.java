// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.pickup;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Pickup;
import dev.oms.spi.value.Sku;
import java.util.Arrays;

/** A shop with a warehouse (EAST, preferred) and a high-street store (STORE) where customers collect. */
final class PickupShop {
    static final LocationId EAST = TestShop.EAST;
    static final LocationId STORE = LocationId.of("ST-HIGH-STREET");
    static final Address STORE_ADDRESS = Address.builder().recipient("High Street store").addLines("12 High Street")
            .city("Bristol").postalCode("BS1 2AA").countryCode("GB").build();

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final OrderManagement oms;

    PickupShop(BackorderPolicy backorders) {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(STORE, "High Street", LocationType.STORE, 2).withAddress(STORE_ADDRESS));
        oms = OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).backorderPolicy(backorders).build();
    }

    PickupShop() {
        this(BackorderPolicy.none());
    }

    /** Adds a product with stock at the warehouse and the store. */
    PickupShop stock(String sku, long east, long store) {
        adapters.catalog().add(new Product(Sku.of(sku), "Product " + sku));
        adapters.inventory().setStock(Sku.of(sku), EAST, east, "E-" + sku);
        adapters.inventory().setStock(Sku.of(sku), STORE, store, "S-" + sku);
        return this;
    }

    StockLevel stock(String sku, LocationId location) {
        return adapters.inventory().stockAt(Sku.of(sku), location).get();
    }

    /** An order collected at {@code pickup}, with no ship-to address. */
    static PlaceOrder collected(String externalId, Pickup pickup, LineRequest... lines) {
        return PlaceOrder.builder().channel(Channel.WEB).externalId(externalId).customer(CustomerRef.of("C-" + externalId))
                .pickup(pickup).paymentMethod(PaymentMethod.card("tok_ok")).lines(Arrays.asList(lines)).build();
    }
}
