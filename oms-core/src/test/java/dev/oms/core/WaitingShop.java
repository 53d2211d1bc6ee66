// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.order.Order;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** A shop on the in-memory adapters with a clock the test moves and the waiting policies it chooses. */
final class WaitingShop {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final SettableClock clock = new SettableClock(START);
    final OrderManagement oms;

    WaitingShop(BackorderPolicy backorders) {
        this(backorders, PreorderPolicy.catalogueCapOnly());
    }

    WaitingShop(BackorderPolicy backorders, PreorderPolicy preorders) {
        this(backorders, preorders, PreorderPaymentPolicy.defaults());
    }

    WaitingShop(BackorderPolicy backorders, PreorderPolicy preorders, PreorderPaymentPolicy payment) {
        this(backorders, preorders, payment, dev.oms.spi.pricing.Pricing.asOffered());
    }

    WaitingShop(BackorderPolicy backorders, PreorderPolicy preorders, PreorderPaymentPolicy payment,
            dev.oms.spi.pricing.Pricing pricing) {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(WEST, "West warehouse", LocationType.WAREHOUSE, 2));
        oms = OrderManagement.builder().ports(adapters.ports(clock))
                .backorderPolicy(backorders).preorderPolicy(preorders).preorderPayment(payment).pricing(pricing).build();
    }

    WaitingShop product(String sku, long east) {
        adapters.catalog().add(new Product(Sku.of(sku), "Product " + sku));
        adapters.inventory().setStock(Sku.of(sku), EAST, east, "E-" + sku);
        return this;
    }

    WaitingShop announced(String sku, Instant releasesAt, OptionalLong cap) {
        adapters.catalog().add(Product.announced(Sku.of(sku), "Product " + sku, releasesAt, cap));
        return this;
    }

    List<Order> receive(String key, String sku, long units) {
        return oms.inbound().receiveStock(new StockReceipt(key, Sku.of(sku), EAST, units)).get();
    }

    Order order(OrderId id) {
        return oms.queries().find(id).get();
    }

    StockLevel stock(String sku) {
        return adapters.inventory().stockAt(Sku.of(sku), EAST).get();
    }

    List<Notification> notifications(OrderId id, Notification.Kind kind) {
        return adapters.notifications().delivered().stream()
                .filter(n -> n.orderId().equals(id) && n.kind() == kind).toList();
    }
}
