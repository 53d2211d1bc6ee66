// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.approval.ApprovalPolicy;
import dev.oms.core.stockloss.StockLossPolicy;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.OrderManagementBuilder;
import dev.oms.core.application.ResumeReport;
import dev.oms.core.availability.AvailabilityPolicy;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.dropship.DropshipPolicy;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.spi.IdGenerator;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.notification.NotificationSender;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.outbox.OrderEventListener;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.payment.StoreCredit;
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.supplier.SupplierGateway;
import dev.oms.spi.fulfilment.FulfilmentService;
import dev.oms.spi.pricing.Pricing;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import dev.oms.core.returns.ReturnPolicy;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Wires oms into a Spring Boot application: the {@link OrderManagement} facade from the host's port beans
 * (payments, carrier, notifications, catalog; a supplier gateway and the policies when present), stores
 * on PostgreSQL when oms-postgres and a {@code DataSource} are there and in memory otherwise, order events
 * as Spring application events ({@link dev.oms.spi.outbox.OrderEventDelivery}), background jobs, metrics,
 * observations and a health indicator. Every bean backs off when the host defines its own.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration"})
@EnableConfigurationProperties(OmsProperties.class)
@Import({OmsPostgresConfiguration.class, OmsInMemoryConfiguration.class, OmsHealthConfiguration.class})
public class OmsAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(OmsAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Clock omsClock() {
        return Clock.systemUTC();
    }

    /** Order events as Spring application events: listen with {@code @EventListener OrderEventDelivery}. */
    @Bean
    @ConditionalOnMissingBean
    OrderEventListener omsEventPublisher(ApplicationEventPublisher publisher) {
        return publisher::publishEvent;
    }

    @Bean
    @ConditionalOnMissingBean
    CommandScope omsCommandScope(ObjectProvider<MeterRegistry> meters, ObjectProvider<ObservationRegistry> observations) {
        return new CommandScope(meters.getIfAvailable(CompositeMeterRegistry::new), observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    @ConditionalOnMissingBean
    OrderManagement orderManagement(OmsProperties properties, OrderStore orders, InventoryStore inventory, IdGenerator ids,
            Clock clock, ObjectProvider<PaymentGateway> payments, ObjectProvider<ShippingCarrier> carrier,
            ObjectProvider<NotificationSender> notifications, ObjectProvider<Catalog> catalog,
            ObjectProvider<HoldStore> holds, ObjectProvider<SupplierGateway> suppliers,
            ObjectProvider<FulfilmentService> fulfilment, ObjectProvider<Pricing> pricing, ObjectProvider<StoreCredit> storeCredit,
            OmsPolicies policies,
            ObjectProvider<MeterRegistry> meters, ObjectProvider<OmsBuilderCustomizer> customizers) {
        PortDecorator decorate = new PortDecorator(properties.getMetrics().isPorts() ? meters.getIfAvailable() : null);
        OrderManagementBuilder builder = OrderManagement.builder()
                .orders(decorate.port(OrderStore.class, orders))
                .inventory(decorate.port(InventoryStore.class, inventory))
                .payments(decorate.port(PaymentGateway.class, payments.getIfAvailable()))
                .carrier(decorate.port(ShippingCarrier.class, carrier.getIfAvailable()))
                .notifications(decorate.port(NotificationSender.class, notifications.getIfAvailable()))
                .catalog(decorate.port(Catalog.class, catalog.getIfAvailable()))
                .ids(ids).clock(clock)
                .evolvedOrdersKept(properties.getEvolvedOrdersKept());
        holds.ifAvailable(store -> builder.holds(decorate.port(HoldStore.class, store)));
        suppliers.ifAvailable(gateway -> builder.supplierGateway(decorate.port(SupplierGateway.class, gateway)));
        fulfilment.ifAvailable(service -> builder.fulfilmentService(decorate.port(FulfilmentService.class, service)));
        pricing.ifAvailable(port -> builder.pricing(decorate.port(Pricing.class, port)));
        storeCredit.ifAvailable(port -> builder.storeCredit(decorate.port(StoreCredit.class, port)));
        policies.applyTo(builder);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        try {
            return builder.build();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + ". The oms starter builds the facade from beans: define one"
                    + " of each port type oms cannot default (PaymentGateway, ShippingCarrier, NotificationSender, Catalog).", e);
        }
    }

    @Bean
    @ConditionalOnMissingBean
    OmsPolicies omsPolicies(ObjectProvider<AllocationPolicy> allocation, ObjectProvider<AvailabilityPolicy> availability,
            ObjectProvider<BackorderPolicy> backorders, ObjectProvider<PreorderPolicy> preorders,
            ObjectProvider<PreorderPaymentPolicy> preorderPayment, ObjectProvider<IndentPolicy> indent,
            ObjectProvider<ApprovalPolicy> approval, ObjectProvider<StockLossPolicy> stockLoss, ObjectProvider<DropshipPolicy> dropship,
            ObjectProvider<ReturnPolicy> returns) {
        return new OmsPolicies(allocation.getIfAvailable(), availability.getIfAvailable(), backorders.getIfAvailable(),
                preorders.getIfAvailable(), preorderPayment.getIfAvailable(), indent.getIfAvailable(), approval.getIfAvailable(),
                stockLoss.getIfAvailable(), dropship.getIfAvailable(), returns.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    OmsCommands omsCommands(OrderManagement oms, CommandScope scope) {
        return new OmsCommands(oms, scope);
    }

    @Bean
    @ConditionalOnMissingBean
    OmsMeters omsMeters(OrderManagement oms, OrderStore orders, ObjectProvider<OutboxMonitor> outbox) {
        return new OmsMeters(oms, orders, java.util.Optional.ofNullable(outbox.getIfAvailable()));
    }

    @Bean
    @ConditionalOnProperty(prefix = "oms.holds", name = "expiry-enabled", matchIfMissing = true)
    OmsJob omsHoldExpiryJob(OrderManagement oms, OmsProperties properties) {
        return OmsJob.every("expireHolds", properties.getHolds().getExpiryInterval(), () -> {
            int expired = oms.storefront().expireHolds();
            if (expired > 0) {
                LOG.info("oms expired {} checkout holds", expired);
            }
        });
    }

    @Bean
    @ConditionalOnProperty(prefix = "oms.recovery", name = "on-startup", matchIfMissing = true)
    OmsJob omsRecoveryJob(OmsCommands commands) {
        return OmsJob.once("resumeAll", () -> {
            ResumeReport report = commands.oms().recovery().resumeAll();
            LOG.info("oms recovery at start-up: {} orders resumed, {} still owing, {} failed",
                    report.resumed(), report.stillOwing().size(), report.failed().size());
        });
    }

    @Bean
    @ConditionalOnMissingBean
    OmsScheduler omsScheduler(ObjectProvider<OmsJob> jobs) {
        return new OmsScheduler(jobs.orderedStream().toList());
    }
}
