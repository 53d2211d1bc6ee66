// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.spi.order.OrderStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code oms} health indicator, when Spring Boot's health support is on the class path. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
class OmsHealthConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "omsHealthIndicator")
    OmsHealthIndicator omsHealthIndicator(OrderStore orders, ObjectProvider<OutboxMonitor> outbox, OmsProperties properties) {
        return new OmsHealthIndicator(orders, java.util.Optional.ofNullable(outbox.getIfAvailable()), properties.getHealth());
    }
}
