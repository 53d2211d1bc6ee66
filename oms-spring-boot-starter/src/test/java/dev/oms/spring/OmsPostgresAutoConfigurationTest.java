// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.postgres.OutboxRelay;
import dev.oms.postgres.PostgresInventoryStore;
import dev.oms.postgres.PostgresOrderStore;
import dev.oms.postgres.TimeOrderedIdGenerator;
import dev.oms.spi.IdGenerator;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.order.OrderStore;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;

/** The PostgreSQL stores when the host has a DataSource, and the oms migrations after the host's Flyway. */
class OmsPostgresAutoConfigurationTest {

    @Test
    void aDataSourceBringsThePostgresStoresAndTheOutboxRelayPublishesStoredEvents() {
        DataSource dataSource = EmbeddedDatabases.dataSource(EmbeddedDatabases.create());
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(OmsAutoConfiguration.class))
                .withUserConfiguration(HostPorts.class)
                .withBean(DataSource.class, () -> dataSource)
                .withPropertyValues("oms.outbox.interval=50ms")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(OmsSchema.class).hasSingleBean(OutboxRelay.class);
                    assertThat(context.getBean(OrderStore.class)).isInstanceOf(PostgresOrderStore.class);
                    assertThat(context.getBean(InventoryStore.class)).isInstanceOf(PostgresInventoryStore.class);
                    assertThat(context.getBean(IdGenerator.class)).isInstanceOf(TimeOrderedIdGenerator.class);
                    assertThat(context.getBean(OmsScheduler.class).jobs()).extracting(OmsJob::name)
                            .containsExactlyInAnyOrder("relayOutbox", "expireHolds", "resumeAll");

                    HostPorts.stock(context.getBean(InventoryStore.class));
                    var placed = context.getBean(OmsCommands.class).place(HostPorts.order("web-1", "MUG", 2));
                    assertThat(placed.isRight()).as("placed: %s", placed).isTrue();
                    // The scheduled relay (every 50 ms) publishes what the append stored in the outbox.
                    var events = context.getBean(HostPorts.ReceivedEvents.class).events;
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (events.isEmpty() && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    assertThat(events).isNotEmpty();
                    assertThat(events.get(0).event()).isInstanceOf(OrderPlaced.class);
                    assertThat(events.get(0).orderId()).isEqualTo(placed.get().id());
                    assertThat(events.get(0).deliveryKey()).isEqualTo(placed.get().id().value() + ":1:0");
                });
    }

    @Test
    void omsMigratesAfterTheHostsFlywayWithItsOwnHistoryTable() {
        String database = EmbeddedDatabases.create();
        ApplicationContextRunner host = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                        OmsAutoConfiguration.class))
                // A host service that needs oms is made before any auto-configured bean: oms must still wait for Flyway.
                .withUserConfiguration(HostPorts.class, HostService.class)
                .withPropertyValues("spring.datasource.url=" + EmbeddedDatabases.jdbcUrl(database),
                        "spring.datasource.username=postgres", "oms.recovery.on-startup=false",
                        "oms.outbox.enabled=false", "oms.holds.expiry-enabled=false");
        // Started twice: a first deployment, then a restart on the same database.
        for (int start = 1; start <= 2; start++) {
            host.run(context -> {
                assertThat(context).hasNotFailed();
                JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                List<String> hostHistory = jdbc.queryForList(
                        "SELECT version || ' ' || description || ' ' || success FROM flyway_schema_history ORDER BY installed_rank", String.class);
                assertThat(hostHistory).as("the host's Flyway applied its V1 itself, no baseline").containsExactly("1 host customers true");
                assertThat(jdbc.queryForObject("SELECT count(*) FROM host_customer", Long.class)).isZero();
                List<String> omsHistory = jdbc.queryForList(
                        "SELECT version FROM oms_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank", String.class);
                assertThat(omsHistory).contains("1", "2", "3", "4", "5");
                assertThat(jdbc.queryForObject("SELECT count(*) FROM oms_order", Long.class)).isZero();
            });
        }
    }

    /** A host bean using oms, registered (and so made) before the auto-configured beans. */
    static class HostService {
        final OmsCommands oms;

        HostService(OmsCommands oms) {
            this.oms = oms;
        }
    }
}
