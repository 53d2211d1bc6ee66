// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.order.ForwardingOrderStore;
import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.spi.order.OrderStatus;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.Ports;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** {@code resumeAll} settles every order it can and reports the ones it cannot; one bad order stops nothing. */
class ResumeAllTest {
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final UnloadableOrders orders = new UnloadableOrders(adapters.orders());
    private final AtomicBoolean paymentsDown = new AtomicBoolean(true);
    private final OrderManagement oms;

    ResumeAllTest() {
        adapters.inventory().addLocation(Location.of(TestShop.EAST, "East", LocationType.WAREHOUSE, 1))
                .setStock(Sku.of("MUG"), TestShop.EAST, 10, "A-1");
        adapters.catalog().add(new Product(Sku.of("MUG"), "Mug"));
        Ports ports = adapters.ports(TestShop.CLOCK);
        PaymentGateway flaky = (PaymentGateway) java.lang.reflect.Proxy.newProxyInstance(
                PaymentGateway.class.getClassLoader(), new Class<?>[] {PaymentGateway.class}, (proxy, method, args) -> {
                    if (paymentsDown.get()) {
                        throw new IllegalStateException("payment provider unreachable");
                    }
                    try {
                        return method.invoke(adapters.payments(), args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        oms = OrderManagement.builder().ports(ports).orders(orders).payments(flaky)
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit())).build();
    }

    @Test
    void resumeAllSettlesEveryOtherOrderWhenOneCannotBeLoaded() {
        Order first = oms.orders().place(TestShop.order("W-1", TestShop.line("MUG", 1, "EUR 5.00"))).get();
        Order second = oms.orders().place(TestShop.order("W-2", TestShop.line("MUG", 1, "EUR 5.00"))).get();
        Order third = oms.orders().place(TestShop.order("W-3", TestShop.line("MUG", 1, "EUR 5.00"))).get();
        assertThat(List.of(first, second, third)).allSatisfy(o -> assertThat(o.payment().authorizationInFlight().isDefined()).isTrue());
        paymentsDown.set(false);
        orders.unloadable.add(first.id());

        ResumeReport report = oms.recovery().resumeAll();

        assertThat(report.failed()).extracting(ResumeReport.Failure::orderId).containsExactly(first.id());
        assertThat(report.failed().get(0).reason()).contains("history does not evolve");
        assertThat(report.resumed()).isEqualTo(2);
        assertThat(report.stillOwing()).isEmpty();
        assertThat(oms.queries().find(second.id()).get().status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(oms.queries().find(third.id()).get().status()).isEqualTo(OrderStatus.ALLOCATED);
    }

    @Test
    void aWaitingQueueScanSkipsAnOrderThatCannotBeLoaded() {
        paymentsDown.set(false);
        Order first = oms.orders().place(TestShop.order("W-1", TestShop.line("MUG", 1, "EUR 5.00"))).get();
        orders.unloadable.add(first.id());

        assertThat(oms.storefront().availableToPromise(Sku.of("MUG")).total()).isEqualTo(9);
    }

    /** Answers every order but those listed, whose load throws as a log that no longer evolves would. */
    private static final class UnloadableOrders extends ForwardingOrderStore {
        final Set<OrderId> unloadable = ConcurrentHashMap.newKeySet();

        UnloadableOrders(OrderStore store) {
            super(store);
        }

        @Override
        public Optional<StoredOrder> load(OrderId orderId) {
            failIfUnloadable(orderId);
            return super.load(orderId);
        }

        @Override
        public java.util.List<OrderCommit> commitsAfter(OrderId orderId, long version) {
            failIfUnloadable(orderId);
            return super.commitsAfter(orderId, version);
        }

        private void failIfUnloadable(OrderId orderId) {
            if (unloadable.contains(orderId)) {
                throw new IllegalStateException("order " + orderId + ": history does not evolve");
            }
        }
    }
}
