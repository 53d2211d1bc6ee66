// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.inmemory.InMemoryHoldStore;
import dev.oms.inmemory.InMemoryInventoryStore;
import dev.oms.inmemory.InMemoryOrderStore;
import dev.oms.inmemory.SequentialIdGenerator;
import dev.oms.spi.IdGenerator;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.outbox.OrderEventListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stores when neither the host nor {@link OmsPostgresConfiguration} defined them: in memory, for
 * development and tests. The order store publishes each appended event to the {@link OrderEventListener}.
 */
@Configuration(proxyBeanMethods = false)
class OmsInMemoryConfiguration {

    @Bean
    @ConditionalOnMissingBean(OrderStore.class)
    PublishingOrderStore omsOrderStore(OrderEventListener listener) {
        return new PublishingOrderStore(new InMemoryOrderStore(), listener);
    }

    @Bean
    @ConditionalOnMissingBean(InventoryStore.class)
    InMemoryInventoryStore omsInventoryStore() {
        return new InMemoryInventoryStore();
    }

    @Bean
    @ConditionalOnMissingBean(HoldStore.class)
    InMemoryHoldStore omsHoldStore() {
        return new InMemoryHoldStore();
    }

    @Bean
    @ConditionalOnMissingBean(IdGenerator.class)
    SequentialIdGenerator omsIds() {
        return new SequentialIdGenerator();
    }
}
