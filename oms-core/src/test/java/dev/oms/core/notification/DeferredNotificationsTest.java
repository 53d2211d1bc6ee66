// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.notification;

import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.spi.Ports;
import dev.oms.spi.notification.Notification;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * With a notification executor, a command returns before the notification provider is asked: a slow
 * provider never slows a placement, the executor sends what the order owes once, and a notification whose
 * task was lost with the process is sent by recovery.
 */
class DeferredNotificationsTest {
    private final TestShop shop = new TestShop().stock("MUG", 5, 0);
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final OrderManagement oms = OrderManagement.builder().ports(shop.adapters.ports(TestShop.CLOCK))
            .notificationDelivery(tasks::add).build();

    @Test
    void aPlacementReturnsBeforeTheConfirmationIsSentAndTheExecutorSendsItOnce() {
        Order placed = oms.orders().place(order("W-1", line("MUG", 1, "EUR 8.00"))).get();

        assertThat(shop.adapters.notifications().delivered()).isEmpty();
        assertThat(placed.notificationsOwed()).isNotEmpty();
        assertThat(tasks).hasSize(1);

        tasks.poll().run();

        assertThat(shop.adapters.notifications().delivered()).extracting(Notification::orderId).containsExactly(placed.id());
        assertThat(oms.queries().find(placed.id()).get().notificationsOwed()).isEmpty();
        assertThat(oms.recovery().resumeAll().stillOwing()).isEmpty();
        assertThat(shop.adapters.notifications().delivered()).hasSize(1);
    }

    @Test
    void aNotificationWhoseTaskWasLostIsSentByRecovery() {
        Order placed = oms.orders().place(order("W-1", line("MUG", 1, "EUR 8.00"))).get();
        tasks.clear(); // the process stopped before the executor ran

        oms.recovery().resumeAll();

        assertThat(shop.adapters.notifications().delivered()).extracting(Notification::orderId).containsExactly(placed.id());
    }

    @Test
    void aSlowProviderDoesNotSlowAPlacement() throws InterruptedException {
        CountDownLatch providerMayAnswer = new CountDownLatch(1);
        Ports ports = shop.adapters.ports(TestShop.CLOCK);
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            OrderManagement slow = OrderManagement.builder().ports(new Ports(ports.orders(), ports.inventory(),
                    ports.payments(), ports.carrier(), notification -> {
                        awaitQuietly(providerMayAnswer);
                        ports.notifications().send(notification);
                    }, ports.catalog(), ports.ids(), ports.clock())).notificationDelivery(executor).build();

            assertThat(slow.orders().place(order("W-1", line("MUG", 1, "EUR 8.00"))).isRight()).isTrue();
            assertThat(shop.adapters.notifications().delivered()).isEmpty();

            providerMayAnswer.countDown();
            executor.shutdown();
            assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            assertThat(shop.adapters.notifications().delivered()).hasSize(1);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
