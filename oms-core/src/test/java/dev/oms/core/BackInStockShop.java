// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;

import dev.oms.core.application.BackInStock;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backinstock.BackInStockPolicy;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.subscription.BackInStockAlert;
import dev.oms.spi.subscription.BackInStockSubscription;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A shop of one warehouse whose customers may subscribe to be told when a SKU is back in stock. */
final class BackInStockShop {
    static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    static final Sku MUG = Sku.of("MUG");

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final SettableClock clock = new SettableClock(START);
    final OrderManagement oms;

    BackInStockShop(BackorderPolicy backorders, BackInStockPolicy policy) {
        adapters.inventory().addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1));
        oms = OrderManagement.builder().ports(adapters.ports(clock)).backorderPolicy(backorders).holds(adapters.holds())
                .backInStock(BackInStock.of(adapters.backInStockSubscriptions(), adapters.backInStockAlerts()).telling(policy))
                .build();
    }

    BackInStockShop() {
        this(BackorderPolicy.none(), BackInStockPolicy.oneCustomerPerUnit());
    }

    BackInStockShop product(Sku sku, long onHand) {
        adapters.catalog().add(new Product(sku, "Product " + sku.code()));
        adapters.inventory().setStock(sku, EAST, onHand, "E-" + sku.code());
        return this;
    }

    /** Subscribes the customer under a key of its own, a minute after the previous subscription. */
    Either<Rejection, BackInStockSubscription> subscribe(String customer, Sku sku) {
        clock.advance(Duration.ofMinutes(1));
        return oms.subscriptions().subscribe("subscribe-" + customer + "-" + sku.code(), sku, CustomerRef.of(customer));
    }

    void receive(String key, Sku sku, long units) {
        oms.inbound().receiveStock(new StockReceipt(key, sku, EAST, units)).get();
    }

    /** {@return the customers told, in the order they were told} */
    List<String> told() {
        return adapters.backInStockAlerts().delivered().stream().map(a -> a.customer().value()).toList();
    }

    List<BackInStockAlert> alerts() {
        return adapters.backInStockAlerts().delivered();
    }

    /** {@return the SKU's waiting customers, oldest first} */
    List<String> waiting(Sku sku) {
        return adapters.backInStockSubscriptions().waiting(sku, 0, 1_000).stream().map(s -> s.customer().value()).toList();
    }

    long promisable(Sku sku) {
        return oms.storefront().availableToPromise(sku).total();
    }
}
