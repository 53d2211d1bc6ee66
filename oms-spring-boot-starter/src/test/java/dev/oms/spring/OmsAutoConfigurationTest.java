// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.dropship.DropshipPolicy;
import io.vavr.control.Option;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryFulfilmentService;
import dev.oms.inmemory.InMemoryInventoryStore;
import dev.oms.inmemory.InMemoryOrderStore;
import dev.oms.spi.fulfilment.FulfilmentService;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.postgres.OmsPostgres;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The auto-configuration's conditions, without a database. */
class OmsAutoConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OmsAutoConfiguration.class))
            .withUserConfiguration(HostPorts.class);

    @Test
    void withoutADataSourceTheStoresAreInMemoryAndEventsArePublishedAsSpringEvents() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(OrderManagement.class).hasSingleBean(OmsCommands.class)
                    .doesNotHaveBean(OmsSchema.class).doesNotHaveBean(OutboxMonitor.class);
            assertThat(context.getBean(OrderStore.class)).isInstanceOf(PublishingOrderStore.class);
            assertThat(context.getBean(InventoryStore.class)).isInstanceOf(InMemoryInventoryStore.class);
            assertThat(context.getBean(OmsScheduler.class).jobs()).extracting(OmsJob::name)
                    .containsExactlyInAnyOrder("expireHolds", "resumeAll");

            HostPorts.stock(context.getBean(InventoryStore.class));
            var placed = context.getBean(OmsCommands.class).place(HostPorts.order("web-1", "MUG", 2));
            assertThat(placed.isRight()).as("placed: %s", placed).isTrue();
            // The scheduler's resumeAll runs from the start and may settle the order's reservation on its own
            // thread, so the commits' deliveries may interleave; each names its version and index.
            var events = context.getBean(HostPorts.ReceivedEvents.class).events;
            assertThat(events).filteredOn(delivery -> delivery.version() == 1 && delivery.index() == 0).singleElement()
                    .satisfies(first -> {
                        assertThat(first.event()).isInstanceOf(OrderPlaced.class);
                        assertThat(first.orderId()).isEqualTo(placed.get().id());
                    });
        });
    }

    @Test
    void aFulfilmentServiceBeanIsSentTheUnitsAllocatedAtALocationRunByOthers() {
        InMemoryFulfilmentService provider = new InMemoryFulfilmentService();
        runner.withBean(FulfilmentService.class, () -> provider).run(context -> {
            InMemoryInventoryStore inventory = (InMemoryInventoryStore) context.getBean(InventoryStore.class);
            inventory.addLocation(Location.of(LocationId.of("FBA-1"), "Marketplace fulfilment", LocationType.THIRD_PARTY, 1))
                    .setStock(Sku.of("MUG"), LocationId.of("FBA-1"), 10, "F-01");

            var placed = context.getBean(OrderManagement.class).orders().place(HostPorts.order("web-3p", "MUG", 2));

            assertThat(placed.isRight()).as("placed: %s", placed).isTrue();
            assertThat(provider.requests()).singleElement().satisfies(request -> {
                assertThat(request.orderId()).isEqualTo(placed.get().id());
                assertThat(request.locationId()).isEqualTo(LocationId.of("FBA-1"));
            });
        });
    }

    @Test
    void aDropshipPolicyBeanSendsItsLinesToTheSupplierThroughTheFulfilmentServiceBean() {
        InMemoryFulfilmentService supplier = new InMemoryFulfilmentService();
        DropshipPolicy mugsFromTheirMaker = (sku, quantity, channel) -> Option.some(LocationId.of("SUP-1"));
        runner.withBean(FulfilmentService.class, () -> supplier).withBean(DropshipPolicy.class, () -> mugsFromTheirMaker).run(context -> {
            InMemoryInventoryStore inventory = (InMemoryInventoryStore) context.getBean(InventoryStore.class);
            inventory.addLocation(Location.of(LocationId.of("SUP-1"), "Mug maker", LocationType.SUPPLIER, 1));

            var placed = context.getBean(OrderManagement.class).orders().place(HostPorts.order("web-ds", "MUG", 2));

            assertThat(placed.isRight()).as("placed: %s", placed).isTrue();
            assertThat(provider(supplier).locationId()).isEqualTo(LocationId.of("SUP-1"));
        });
    }

    @Test
    void aStoreCreditBeanLetsMoneyGoBackAsStoreCreditAndWithoutOneItIsRefused() {
        dev.oms.core.application.ReturnArrival arrival = new dev.oms.core.application.ReturnArrival("in-1",
                dev.oms.spi.value.ReturnId.of("RMA-9"), HostPorts.WAREHOUSE, java.util.List.of(new dev.oms.core.application.ReturnArrival.Line(
                        dev.oms.spi.value.LineId.of("L1"), 1, dev.oms.spi.event.ReturnEvent.Disposition.RESTOCK)),
                dev.oms.spi.payment.RefundTender.STORE_CREDIT);
        runner.run(context -> {
            HostPorts.stock(context.getBean(InventoryStore.class));
            OrderManagement oms = context.getBean(OrderManagement.class);
            var order = oms.orders().place(HostPorts.order("web-sc-1", "MUG", 1)).get();
            assertThat(oms.returns().receive(order.id(), arrival).getLeft().codes())
                    .containsExactly(dev.oms.core.rejection.ProblemCode.STORE_CREDIT_UNAVAILABLE);
        });
        runner.withBean(dev.oms.spi.payment.StoreCredit.class, dev.oms.inmemory.InMemoryStoreCredit::new).run(context -> {
            HostPorts.stock(context.getBean(InventoryStore.class));
            OrderManagement oms = context.getBean(OrderManagement.class);
            var order = oms.orders().place(HostPorts.order("web-sc-2", "MUG", 1)).get();
            assertThat(oms.returns().receive(order.id(), arrival).getLeft().codes()).as("store credit is available; no such return")
                    .containsExactly(dev.oms.core.rejection.ProblemCode.UNKNOWN_RETURN);
        });
    }

    @Test
    void aReturnPolicyBeanSetsTheReturnWindow() {
        dev.oms.inmemory.SettableClock clock = new dev.oms.inmemory.SettableClock(java.time.Instant.parse("2026-03-01T10:00:00Z"));
        runner.withBean(java.time.Clock.class, () -> clock).withBean(dev.oms.core.returns.ReturnPolicy.class,
                () -> dev.oms.core.returns.ReturnPolicy.withinDays(1)).run(context -> {
            OrderManagement oms = context.getBean(OrderManagement.class);
            HostPorts.stock(context.getBean(InventoryStore.class));
            var order = oms.orders().place(HostPorts.order("web-rma", "MUG", 2)).get();
            var lists = oms.warehouse().createPickLists(order.id()).get();
            oms.warehouse().confirmPicked(order.id(), lists.pickListIds().get(0)).get();
            var packed = oms.warehouse().confirmPacked(order.id(), dev.oms.core.application.PackRequest.of("pack-1", HostPorts.WAREHOUSE,
                    java.util.List.of(new dev.oms.spi.value.PackageItem(dev.oms.spi.value.LineId.of("L1"), 2)))).get();
            oms.warehouse().ship(order.id(), packed.packageId(), "ground").get();
            oms.warehouse().confirmDelivery(order.id(), packed.packageId()).get();
            dev.oms.core.application.ReturnRequest request = new dev.oms.core.application.ReturnRequest("rma-1",
                    java.util.List.of(new dev.oms.core.application.ReturnRequest.Line(dev.oms.spi.value.LineId.of("L1"), 1, "too small")));

            clock.advance(java.time.Duration.ofDays(2)); // within the default 30 days, past the bean's one day

            assertThat(oms.returns().request(order.id(), request).getLeft().codes())
                    .containsExactly(dev.oms.core.rejection.ProblemCode.RETURN_WINDOW_CLOSED);
        });
    }

    private static dev.oms.spi.fulfilment.FulfilmentRequest provider(InMemoryFulfilmentService service) {
        assertThat(service.requests()).hasSize(1);
        return service.requests().get(0);
    }

    @Test
    void aPortOmsCannotDefaultIsNamedWhenMissing() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(OmsAutoConfiguration.class))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("payments, carrier, notifications, catalog"));
    }

    @Test
    void theHostsOwnBeansWin() {
        InMemoryOrderStore hostStore = new InMemoryOrderStore();
        runner.withBean("hostOrders", OrderStore.class, () -> hostStore)
                .withBean("hostClock", Clock.class, Clock::systemUTC)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(OrderStore.class)).isSameAs(hostStore);
                    assertThat(context).getBeans(Clock.class).containsOnlyKeys("hostClock");
                });
        runner.withUserConfiguration(HostFacade.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(OrderManagement.class)).isSameAs(context.getBean(HostFacade.class).oms);
        });
    }

    @Test
    void theHostsPolicyBeansAreHandedToTheFacade() {
        dev.oms.core.stockloss.StockLossPolicy holdAll =
                dev.oms.core.stockloss.StockLossPolicy.always(dev.oms.core.stockloss.StockLossResponse.HOLD_FOR_REVIEW);
        runner.withBean(dev.oms.core.stockloss.StockLossPolicy.class, () -> holdAll).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(OmsPolicies.class).stockLoss()).isSameAs(holdAll);
        });
        runner.run(context -> assertThat(context.getBean(OmsPolicies.class).stockLoss()).isNull());
    }

    @Test
    void propertiesSwitchTheBackgroundWorkOff() {
        runner.withPropertyValues("oms.holds.expiry-enabled=false", "oms.recovery.on-startup=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(OmsJob.class);
                    assertThat(context.getBean(OmsScheduler.class).jobs()).isEmpty();
                });
        runner.withPropertyValues("oms.recovery.on-startup=false").run(context ->
                assertThat(context.getBean(OmsScheduler.class).jobs()).extracting(OmsJob::name).containsExactly("expireHolds"));
    }

    @Test
    void aDataSourceWithoutOmsPostgresOrWithPostgresSwitchedOffKeepsTheStoresInMemory() {
        DataSource unused = new DriverManagerDataSource("jdbc:postgresql://localhost:1/never-connected");
        runner.withBean(DataSource.class, () -> unused).withClassLoader(new FilteredClassLoader(OmsPostgres.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(OmsSchema.class);
                    assertThat(context.getBean(OrderStore.class)).isInstanceOf(PublishingOrderStore.class);
                });
        runner.withBean(DataSource.class, () -> unused).withPropertyValues("oms.postgres.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(OmsSchema.class);
                    assertThat(context.getBean(OrderStore.class)).isInstanceOf(PublishingOrderStore.class);
                });
    }

    @Test
    void theHealthIndicatorNeedsSpringBootHealth() {
        runner.run(context -> assertThat(context).hasSingleBean(OmsHealthIndicator.class));
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(OmsHealthIndicator.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class HostFacade {
        final OrderManagement oms = OrderManagement.using(InMemoryAdapters.create().ports());

        @Bean
        OrderManagement hostOms() {
            return oms;
        }
    }
}
