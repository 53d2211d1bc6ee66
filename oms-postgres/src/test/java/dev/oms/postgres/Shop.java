// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.OrderManagementBuilder;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryCatalog;
import dev.oms.inmemory.InMemoryNotificationSender;
import dev.oms.inmemory.InMemoryPaymentGateway;
import dev.oms.inmemory.InMemoryShippingCarrier;
import dev.oms.inmemory.SequentialIdGenerator;
import dev.oms.spi.Ports;
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
import java.util.List;
import java.util.concurrent.Executor;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.joda.money.Money;

/** The facade on PostgreSQL storage, with in-memory payments, carrier and notifications: for stress and throughput runs. */
final class Shop {
    static final LocationId WAREHOUSE = LocationId.of("WH-1");
    static final LocationId STORE = LocationId.of("ST-1");

    final PostgresOrderStore orders;
    final PostgresInventoryStore inventory;
    final List<Sku> skus;
    final OrderManagement oms;

    /** {@code skus} products, each with {@code unitsPerLocation} units in a warehouse and a store. */
    Shop(DataSource dataSource, ReservationLocking locking, int skuCount, long unitsPerLocation) {
        this(dataSource, locking, skuCount, unitsPerLocation, null);
    }

    /** The same shop, sending notifications from {@code notificationDelivery} when one is given. */
    Shop(DataSource dataSource, ReservationLocking locking, int skuCount, long unitsPerLocation, Executor notificationDelivery) {
        orders = new PostgresOrderStore(dataSource);
        inventory = new PostgresInventoryStore(dataSource, locking)
                .addLocation(Location.of(WAREHOUSE, "Warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(STORE, "Store", LocationType.STORE, 2));
        skus = IntStream.range(0, skuCount).mapToObj(i -> Sku.of("SKU-" + i)).toList();
        InMemoryCatalog catalog = new InMemoryCatalog();
        for (Sku sku : skus) {
            catalog.add(new Product(sku, "Product " + sku));
            inventory.setStock(sku, WAREHOUSE, unitsPerLocation, "A-" + sku).setStock(sku, STORE, unitsPerLocation, "S-" + sku);
        }
        OrderManagementBuilder builder = OrderManagement.builder().ports(new Ports(orders, inventory, new InMemoryPaymentGateway(),
                InMemoryShippingCarrier.withDefaultServices(), new InMemoryNotificationSender(), catalog,
                new SequentialIdGenerator(), Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC)));
        oms = (notificationDelivery == null ? builder : builder.notificationDelivery(notificationDelivery)).build();
    }

    static PlaceOrder order(String externalId, Sku sku, long quantity) {
        Address address = Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row").city("London")
                .postalCode("N1 9GU").countryCode("GB").build();
        return PlaceOrder.builder().channel(Channel.WEB).externalId(externalId).customer(CustomerRef.of("C-" + externalId))
                .shipTo(address).paymentMethod(PaymentMethod.card("tok_ok"))
                .lines(List.of(LineRequest.of(sku.code(), quantity, Money.parse("EUR 10.00")))).build();
    }
}
