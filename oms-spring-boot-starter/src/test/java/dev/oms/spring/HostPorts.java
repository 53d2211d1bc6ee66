// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryCatalog;
import dev.oms.inmemory.InMemoryInventoryStore;
import dev.oms.inmemory.InMemoryNotificationSender;
import dev.oms.inmemory.InMemoryPaymentGateway;
import dev.oms.inmemory.InMemoryShippingCarrier;
import dev.oms.postgres.PostgresInventoryStore;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.outbox.OrderEventDelivery;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.joda.money.Money;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** What a host defines: the ports oms cannot default, and a listener for order events. */
@Configuration(proxyBeanMethods = false)
class HostPorts {
    static final LocationId WAREHOUSE = LocationId.of("WH-1");

    @Bean
    InMemoryPaymentGateway paymentGateway() {
        return new InMemoryPaymentGateway();
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
        return new InMemoryCatalog().add(new Product(Sku.of("MUG"), "Enamel mug"));
    }

    @Bean
    ReceivedEvents receivedEvents() {
        return new ReceivedEvents();
    }

    /** Collects the order events published as Spring application events. */
    static final class ReceivedEvents {
        final List<OrderEventDelivery> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(OrderEventDelivery delivery) {
            events.add(delivery);
        }
    }

    /** Puts 100 mugs in the warehouse, whichever store the auto-configuration chose. */
    static void stock(InventoryStore inventory) {
        Location location = Location.of(WAREHOUSE, "Main warehouse", LocationType.WAREHOUSE, 1);
        if (inventory instanceof InMemoryInventoryStore memory) {
            memory.addLocation(location).setStock(Sku.of("MUG"), WAREHOUSE, 100, "A-01");
        } else if (inventory instanceof PostgresInventoryStore postgres) {
            postgres.addLocation(location).setStock(Sku.of("MUG"), WAREHOUSE, 100, "A-01");
        } else {
            throw new IllegalStateException("unexpected inventory store " + inventory);
        }
    }

    /** A web order for {@code quantity} units of {@code sku}. */
    static PlaceOrder order(String externalId, String sku, long quantity) {
        return PlaceOrder.builder()
                .channel(Channel.WEB).externalId(externalId).customer(CustomerRef.of("C-42"))
                .shipTo(Address.builder().recipient("Ada Lovelace").addLines("12 Analytical Row")
                        .city("London").postalCode("N1 9GU").countryCode("GB").build())
                .paymentMethod(PaymentMethod.card("tok_test"))
                .addLines(LineRequest.of(sku, quantity, Money.parse("EUR 12.50")))
                .build();
    }
}
