// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.postgres.OmsPostgres;
import dev.oms.postgres.OutboxRelay;
import dev.oms.postgres.PostgresHoldStore;
import dev.oms.postgres.PostgresInventoryStore;
import dev.oms.postgres.PostgresOrderStore;
import dev.oms.postgres.TimeOrderedIdGenerator;
import dev.oms.spi.IdGenerator;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.outbox.OrderEventListener;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The stores on PostgreSQL when oms-postgres is on the class path and the host has a {@code DataSource}.
 * The oms migrations run in {@link OmsSchema}, after every database initializer Spring Boot knows of (the
 * host's Flyway or Liquibase, SQL scripts): the host's migrations see the schema as they left it, and
 * oms keeps its own history table ({@value OmsPostgres#HISTORY_TABLE}). Every store waits for the schema.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(OmsPostgres.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "oms.postgres", name = "enabled", matchIfMissing = true)
@Import(DatabaseInitializationDependencyConfigurer.class)
class OmsPostgresConfiguration {

    @Bean
    @DependsOnDatabaseInitialization
    OmsSchema omsSchema(DataSource dataSource, OmsProperties properties) {
        return OmsSchema.prepare(dataSource, properties.getPostgres().isMigrate());
    }

    @Bean
    @ConditionalOnMissingBean(OrderStore.class)
    PostgresOrderStore omsOrderStore(OmsSchema schema) {
        return new PostgresOrderStore(schema.dataSource());
    }

    @Bean
    @ConditionalOnMissingBean(InventoryStore.class)
    PostgresInventoryStore omsInventoryStore(OmsSchema schema) {
        return new PostgresInventoryStore(schema.dataSource());
    }

    @Bean
    @ConditionalOnMissingBean(HoldStore.class)
    PostgresHoldStore omsHoldStore(OmsSchema schema) {
        return new PostgresHoldStore(schema.dataSource());
    }

    /** Order ids unique across restarts and instances. */
    @Bean
    @ConditionalOnMissingBean(IdGenerator.class)
    TimeOrderedIdGenerator omsIds(Clock clock) {
        return new TimeOrderedIdGenerator(clock);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay omsOutboxRelay(OmsSchema schema, OrderEventListener listener) {
        return new OutboxRelay(schema.dataSource(), listener);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxMonitor omsOutboxMonitor(OmsSchema schema, Clock clock) {
        return new OutboxMonitor(schema.dataSource(), clock);
    }

    @Bean
    @ConditionalOnProperty(prefix = "oms.outbox", name = "enabled", matchIfMissing = true)
    OmsJob omsOutboxRelayJob(OutboxRelay relay, OmsProperties properties) {
        int batch = properties.getOutbox().getBatchSize();
        return OmsJob.every("relayOutbox", properties.getOutbox().getInterval(), () -> relay.relayAll(batch));
    }
}
