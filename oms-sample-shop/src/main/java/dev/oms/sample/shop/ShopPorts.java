// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.sample.shop;

import dev.oms.inmemory.InMemoryCatalog;
import dev.oms.inmemory.InMemoryInventoryStore;
import dev.oms.inmemory.InMemoryNotificationSender;
import dev.oms.inmemory.InMemoryPaymentGateway;
import dev.oms.inmemory.InMemoryShippingCarrier;
import dev.oms.postgres.PostgresInventoryStore;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.Set;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ports a real shop would connect to its payment provider, carrier, mailer and product database. The
 * sample uses oms-inmemory's stand-ins: the card token {@value #DECLINED_CARD} is declined, every other is
 * authorised; the carrier sells {@code ground} and {@code express} labels. The stores come from the starter
 * (PostgreSQL); the warehouse {@value #WAREHOUSE_ID} and the collection counter {@value #COUNTER_ID} (a store where
 * customers collect orders, which ships no parcels) are stocked at the first start.
 */
@Configuration(proxyBeanMethods = false)
class ShopPorts {
    static final String DECLINED_CARD = "tok_declined";
    static final String WAREHOUSE_ID = "WH-1";
    static final String COUNTER_ID = "ST-1";

    @Bean
    InMemoryPaymentGateway paymentGateway() {
        return new InMemoryPaymentGateway(InMemoryPaymentGateway.cardTokens(Set.of(DECLINED_CARD)));
    }

    @Bean
    InMemoryShippingCarrier shippingCarrier() {
        return InMemoryShippingCarrier.withDefaultServices();
    }

    @Bean
    InMemoryNotificationSender notificationSender() {
        return new InMemoryNotificationSender();
    }

    @Bean
    InMemoryCatalog catalog() {
        return new InMemoryCatalog().add(new Product(Sku.of("MUG"), "Enamel mug"),
                new Product(Sku.of("TEAPOT"), "Cast-iron teapot"), new Product(Sku.of("SPOON"), "Tea spoon"));
    }

    /** Stocks the warehouse when the inventory has no location yet (a new database). */
    @Bean
    ApplicationRunner stockTheWarehouse(InventoryStore inventory) {
        return args -> {
            if (!inventory.locations().isEmpty()) {
                return;
            }
            LocationId warehouse = LocationId.of(WAREHOUSE_ID);
            Location location = Location.of(warehouse, "Main warehouse", LocationType.WAREHOUSE, 1);
            LocationId counter = LocationId.of(COUNTER_ID);
            Location store = Location.of(counter, "Collection counter", LocationType.STORE, 2)
                    .withCapabilities(Set.of(LocationCapability.PICKUP_IN_STORE)).withAddress(Address.builder()
                            .recipient("oms sample shop").addLines("1 Market Square").city("London").postalCode("EC1A 1AA")
                            .countryCode("GB").build());
            if (inventory instanceof PostgresInventoryStore postgres) {
                postgres.addLocation(location).setStock(Sku.of("MUG"), warehouse, 500, "A-01")
                        .setStock(Sku.of("TEAPOT"), warehouse, 50, "A-02").setStock(Sku.of("SPOON"), warehouse, 1_000, "A-03")
                        .addLocation(store).setStock(Sku.of("TEAPOT"), counter, 2, "C-01");
            } else if (inventory instanceof InMemoryInventoryStore memory) {
                memory.addLocation(location).setStock(Sku.of("MUG"), warehouse, 500, "A-01")
                        .setStock(Sku.of("TEAPOT"), warehouse, 50, "A-02").setStock(Sku.of("SPOON"), warehouse, 1_000, "A-03")
                        .addLocation(store).setStock(Sku.of("TEAPOT"), counter, 2, "C-01");
            }
        };
    }
}
