// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.notification.NotificationSender;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Commands, rejections, port calls, owed effects, the cache and health, read back from the meter registry. */
class OmsMetricsTest {

    @Test
    void anOrderAndARejectedOrderAreCountedAndEveryPortCallIsTimed() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class, ObservationAutoConfiguration.class, OmsAutoConfiguration.class))
                .withUserConfiguration(HostPorts.class, FailingNotifications.class)
                .withPropertyValues("oms.recovery.on-startup=false", "oms.holds.expiry-enabled=false", "oms.health.max-owing-orders=0")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    HostPorts.stock(context.getBean(InventoryStore.class));
                    OmsCommands oms = context.getBean(OmsCommands.class);

                    var placed = oms.place(HostPorts.order("web-1", "MUG", 2));
                    var rejected = oms.place(HostPorts.order("web-2", "NO-SUCH-SKU", 0));
                    assertThat(placed.isRight()).as("placed: %s", placed).isTrue();
                    assertThat(rejected.getLeft().codes()).contains(ProblemCode.UNKNOWN_SKU, ProblemCode.QUANTITY_NOT_POSITIVE);
                    assertThat(MDC.getCopyOfContextMap()).as("the MDC is cleared after the call").isNullOrEmpty();

                    MeterRegistry meters = context.getBean(MeterRegistry.class);
                    assertThat(meters.get(CommandScope.COMMANDS).tags("command", "place", "outcome", "accepted").counter().count()).isEqualTo(1);
                    assertThat(meters.get(CommandScope.COMMANDS).tags("command", "place", "outcome", "rejected").counter().count()).isEqualTo(1);
                    assertThat(meters.get(CommandScope.REJECTIONS).tags("code", "UNKNOWN_SKU").counter().count()).isEqualTo(1);
                    assertThat(meters.get(CommandScope.REJECTIONS).tags("code", "QUANTITY_NOT_POSITIVE").counter().count()).isEqualTo(1);
                    assertThat(meters.get(CommandScope.OBSERVATION).tags("command", "place", "outcome", "accepted").timer().count())
                            .as("the observation is recorded as a timer").isEqualTo(1);

                    assertThat(meters.get(MeteredPorts.PORT_CALLS).tags("port", "PaymentGateway", "method", "authorize",
                            "outcome", "success").timer().count()).isEqualTo(1);
                    assertThat(meters.get(MeteredPorts.PORT_CALLS).tags("port", "InventoryStore", "method", "reserve",
                            "outcome", "success").timer().count()).isEqualTo(1);
                    assertThat(meters.get(MeteredPorts.PORT_CALLS).tags("port", "NotificationSender", "outcome", "failure",
                            "exception", "IllegalStateException").timer().count()).isGreaterThanOrEqualTo(1);

                    // The confirmation notice failed: the order owes it, which the gauge and the health show.
                    assertThat(meters.get("oms.effects.owing").gauge().value()).isEqualTo(1);
                    oms.oms().queries().find(placed.get().id()); // a read through the evolved-order cache
                    assertThat(meters.get("oms.evolved.cache.hits").functionCounter().count()
                            + meters.get("oms.evolved.cache.misses").functionCounter().count()).isPositive();
                    var health = context.getBean(OmsHealthIndicator.class).health(true);
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsEntry("owingOrders", 1L);

                    // A command about no order (a stock count) is observed too: it once threw on the missing order id.
                    var counted = oms.run("adjustStock", null, "count-1", () -> oms.oms().stocktaking()
                            .adjust(dev.oms.spi.inventory.StockAdjustment.counted(dev.oms.spi.value.Sku.of("MUG"),
                                    dev.oms.spi.value.LocationId.of("WH-1"), 50), "count-1"));
                    assertThat(counted.isRight()).as("counted: %s", counted).isTrue();
                    assertThat(meters.get(CommandScope.COMMANDS).tags("command", "adjustStock", "outcome", "accepted").counter().count())
                            .isEqualTo(1);

                    Map<String, String> seen = context.getBean(FailingNotifications.class).mdcSeen.get(0);
                    assertThat(seen).containsEntry(CommandScope.MDC_COMMAND, "place")
                            .containsEntry(CommandScope.MDC_IDEMPOTENCY_KEY, "web:web-1");
                });
    }

    /** A notification port that is down, and records the MDC it was called under. */
    @Configuration(proxyBeanMethods = false)
    static class FailingNotifications {
        final List<Map<String, String>> mdcSeen = new CopyOnWriteArrayList<>();

        @Bean
        @Primary
        NotificationSender failingSender() {
            return (Notification notification) -> {
                mdcSeen.add(MDC.getCopyOfContextMap());
                throw new IllegalStateException("mail server down");
            };
        }
    }
}
