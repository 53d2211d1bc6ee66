// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.joda.money.Money;

/** A small shop on the in-memory adapters: two warehouses, a catalogue, a fixed clock. */
public final class TestShop {
    public static final LocationId EAST = LocationId.of("WH-EAST");
    public static final LocationId WEST = LocationId.of("WH-WEST");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    public final InMemoryAdapters adapters = InMemoryAdapters.create();
    public final OrderManagement oms;

    public TestShop() {
        this(dev.oms.spi.pricing.Pricing.asOffered());
    }

    /** A shop whose orders the pricing port prices. */
    public TestShop(dev.oms.spi.pricing.Pricing pricing) {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(WEST, "West warehouse", LocationType.WAREHOUSE, 2));
        oms = OrderManagement.builder().ports(adapters.ports(CLOCK)).pricing(pricing).build();
    }

    /** Adds a product with stock per location: {@code stock(sku, east, west)}. */
    public TestShop stock(String sku, long east, long west) {
        adapters.catalog().add(new Product(Sku.of(sku), "Product " + sku));
        adapters.inventory().setStock(Sku.of(sku), EAST, east, "E-" + sku);
        adapters.inventory().setStock(Sku.of(sku), WEST, west, "W-" + sku);
        return this;
    }

    public static Address address() {
        return Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row").city("London")
                .postalCode("N1 9GU").countryCode("GB").build();
    }

    public static LineRequest line(String sku, long quantity, String price) {
        return LineRequest.of(sku, quantity, Money.parse(price));
    }

    public static PlaceOrder order(String externalId, LineRequest... lines) {
        return order(externalId, PaymentMethod.card("tok_ok"), lines);
    }

    public static PlaceOrder order(String externalId, PaymentMethod method, LineRequest... lines) {
        return PlaceOrder.builder().channel(Channel.WEB).externalId(externalId).customer(CustomerRef.of("C-" + externalId))
                .shipTo(address()).paymentMethod(method).lines(Arrays.asList(lines)).build();
    }

    public static List<LineRequest> lines(LineRequest... lines) {
        return List.of(lines);
    }

    /**
     * {@return an order of two SHOE at EUR 50.00, picked and packed in one package at EAST}, through {@code oms}
     * (which may wrap this shop's ports in failing doubles)
     *
     * @param oms the facade to place it through
     * @param externalId the channel order id
     */
    public static dev.oms.core.order.Order packedShoes(OrderManagement oms, String externalId) {
        dev.oms.core.order.Order order = oms.orders().place(order(externalId, line("SHOE", 2, "EUR 50.00"))).get();
        order = oms.warehouse().createPickLists(order.id()).map(dev.oms.core.application.PickListsCreated::order).get();
        order = oms.warehouse().confirmPicked(order.id(), order.pickLists().keySet().head()).get();
        return oms.warehouse().confirmPacked(order.id(), dev.oms.core.application.PackRequest.of("pack-" + externalId, EAST,
                List.of(new dev.oms.spi.value.PackageItem(dev.oms.spi.value.LineId.of("L1"), 2))))
                .map(dev.oms.core.application.Packed::order).get();
    }
}
