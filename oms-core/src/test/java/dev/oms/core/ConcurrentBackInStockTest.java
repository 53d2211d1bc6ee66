// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.BackInStockShop.MUG;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.order.Order;
import dev.oms.spi.subscription.BackInStockAlert;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Receipts and cancellations racing on one SKU, released by one gate: together they tell no more subscribers than
 * units came back, nobody twice, and each alert is sent once.
 */
class ConcurrentBackInStockTest {
    private static final int THREADS = 4;
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @RepeatedTest(5)
    void racingReceiptsAndCancellationsTellAtMostTheUnitsBackAndNobodyTwice() throws Exception {
        BackInStockShop shop = new BackInStockShop().product(MUG, 2);
        Order first = shop.oms.orders().place(order("O-1", line("MUG", 1, "EUR 8.00"))).get();
        Order second = shop.oms.orders().place(order("O-2", line("MUG", 1, "EUR 8.00"))).get();
        for (int i = 0; i < 10; i++) {
            shop.subscribe("C-" + i, MUG).get();
        }
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        calls.add(pool.submit(() -> call(gate, () -> shop.receive("receipt-1", MUG, 1))));
        calls.add(pool.submit(() -> call(gate, () -> shop.receive("receipt-2", MUG, 2))));
        calls.add(pool.submit(() -> call(gate, () -> shop.oms.orders().cancel(first.id(), CancelRequest.wholeOrder("c-1", "gone")))));
        calls.add(pool.submit(() -> call(gate, () -> shop.oms.orders().cancel(second.id(), CancelRequest.wholeOrder("c-2", "gone")))));
        gate.countDown();
        for (Future<?> call : calls) {
            call.get();
        }

        List<BackInStockAlert> alerts = shop.alerts();
        assertThat(alerts.size()).as("5 units came back").isBetween(1, 5);
        assertThat(alerts).extracting(BackInStockAlert::customer).doesNotHaveDuplicates();
        alerts.forEach(a -> assertThat(shop.adapters.backInStockAlerts().sendsOf(a.key())).isEqualTo(1));
        assertThat(shop.waiting(MUG)).hasSize(10 - alerts.size());
        assertThat(shop.told()).as("the oldest are told, whichever event told them")
                .containsExactlyInAnyOrderElementsOf(List.of("C-0", "C-1", "C-2", "C-3", "C-4").subList(0, alerts.size()));
    }

    private static void call(CountDownLatch gate, Runnable call) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        call.run();
    }
}
