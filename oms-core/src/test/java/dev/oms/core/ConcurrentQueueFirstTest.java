// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.order.Page;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Placements, receipts and cancellations of one backorderable SKU racing on four threads through one
 * facade: once every call has returned, no unit is available where an order waiting for the SKU could
 * take it ({@link QueueFirst}). Each trial is a fresh shop; a few calls per thread, released by one gate.
 */
class ConcurrentQueueFirstTest {
    private static final int TRIALS = 150;
    private static final int THREADS = 4;
    private static final Sku HOT = Sku.of("HOT");
    private static final LineId L1 = LineId.of("L1");

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void onceRacingPlacementsReceiptsAndCancelsReturnNoUnitIsAvailableWhileTheQueueWaits() throws Exception {
        List<String> breaches = new ArrayList<>();
        int trialsBreached = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            List<String> found = trial(trial);
            if (!found.isEmpty()) {
                trialsBreached++;
                breaches.add("trial " + trial + ": " + found);
            }
        }
        System.out.printf("queue first: %d of %d trials breached%n", trialsBreached, TRIALS);
        assertThat(breaches).as("trials ending with units available while the queue waits").isEmpty();
    }

    /** A racing call must be answered, not refused: a refusal fails the test naming the call and every problem. */
    private static <T> T answered(io.vavr.control.Either<dev.oms.core.rejection.Rejection, T> answer, String call) {
        return answer.getOrElseThrow(rejection -> new AssertionError(call + " was refused: " + rejection));
    }

    private List<String> trial(int trial) throws Exception {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        SettableClock clock = new SettableClock(WaitingShop.START);
        adapters.inventory()
                .addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(WEST, "West warehouse", LocationType.WAREHOUSE, 2));
        adapters.catalog().add(new Product(HOT, "Hot item"));
        adapters.inventory().setStock(HOT, EAST, 4, "E-HOT");
        adapters.inventory().setStock(HOT, WEST, 0, "W-HOT");
        OrderManagement oms = OrderManagement.builder().ports(adapters.ports(clock))
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit())).build();
        // Two orders holding the stock, for the cancels to free; placed before the race.
        OrderId first = oms.orders().place(order("T" + trial + "-held-1", line("HOT", 2, "EUR 10.00"))).get().id();
        OrderId second = oms.orders().place(order("T" + trial + "-held-2", line("HOT", 2, "EUR 10.00"))).get().id();

        List<Callable<Void>> racers = List.of(
                () -> {
                    for (int n = 0; n < 3; n++) {
                        answered(oms.orders().place(order("T" + trial + "-a-" + n, line("HOT", 2, "EUR 10.00"))), "placing a-" + n);
                    }
                    return null;
                },
                () -> {
                    for (int n = 0; n < 3; n++) {
                        answered(oms.orders().place(order("T" + trial + "-b-" + n, line("HOT", 1 + n % 2, "EUR 10.00"))), "placing b-" + n);
                    }
                    return null;
                },
                () -> {
                    for (int n = 0; n < 3; n++) {
                        answered(oms.inbound().receiveStock(new StockReceipt("T" + trial + "-r-" + n, HOT, n % 2 == 0 ? EAST : WEST, 1)),
                                "receipt r-" + n);
                    }
                    return null;
                },
                () -> {
                    answered(oms.orders().cancel(first, CancelRequest.units("T" + trial + "-c-1", L1, 1, "one fewer")), "cancel c-1");
                    answered(oms.orders().cancel(second, CancelRequest.wholeOrder("T" + trial + "-c-2", "changed their mind")), "cancel c-2");
                    answered(oms.orders().cancel(first, CancelRequest.units("T" + trial + "-c-3", L1, 1, "none after all")), "cancel c-3");
                    return null;
                });
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Void>> done = new ArrayList<>();
        for (Callable<Void> racer : racers) {
            done.add(pool.submit(() -> {
                gate.await();
                return racer.call();
            }));
        }
        gate.countDown();
        for (Future<Void> future : done) {
            future.get(1, TimeUnit.MINUTES);
        }
        List<Order> orders = Page.all(oms.queries()::orderIds).stream().map(id -> oms.queries().find(id).get()).toList();
        return QueueFirst.violations(adapters.inventory(), adapters.catalog(), orders, clock.instant());
    }
}
