// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.spi.order.Page;
import static dev.oms.core.availability.Checkout.EAST;
import static dev.oms.core.availability.Checkout.SHOE;
import static dev.oms.core.availability.Checkout.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.availability.HoldState;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many checkouts at once over scarce stock: holds placed, released and consumed by orders, plain orders
 * in between. Nothing is oversold, and afterwards the stock reserved is exactly what live holds and
 * orders keep.
 */
class CheckoutHoldsConcurrencyTest {
    private static final int THREADS = 8;
    private static final int CHECKOUTS_PER_THREAD = 25;

    @Test
    void concurrentCheckoutsNeverOversellAndLeaveReservationsExactlyAccountedFor() throws Exception {
        Checkout shop = new Checkout(20, 20, 0);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < CHECKOUTS_PER_THREAD; i++) {
                        checkout(shop, thread, i);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        accountedFor(shop);
        assertThat(shop.adapters.holds().holds()).anyMatch(h -> h.state() == HoldState.CONSUMED);
    }

    @Test
    void changesRacingOrdersReleasesAndEachOtherLeaveEveryReservedUnitWithOneOwner() throws Exception {
        // Stock for every round: with a dozen shoes the orders of the first rounds took them all, later rounds
        // placed no hold, and whether any change ever won its race came down to the first few rounds' timing.
        Checkout shop = new Checkout(100, 100, 0);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 40; round++) {
                String cart = "cart-" + round;
                shop.oms.storefront().placeHold(Checkout.hold(cart, Duration.ofMinutes(15), Checkout.units(SHOE, 2)));
                CountDownLatch start = new CountDownLatch(1);
                int r = round;
                List<Future<?>> runs = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int racer = t;
                    runs.add(pool.submit(() -> {
                        start.await();
                        switch ((racer + r) % 4) {
                            case 0 -> shop.oms.orders().place(Checkout.order("W-" + cart, cart, 1 + r % 4));
                            case 1 -> shop.oms.storefront().releaseHold(dev.oms.spi.availability.HoldId.of(cart));
                            default -> shop.oms.storefront().changeHold("c-" + racer,
                                    Checkout.hold(cart, Duration.ofMinutes(15), Checkout.units(SHOE, 1 + (racer + r) % 4)));
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
                shop.oms.storefront().releaseHold(dev.oms.spi.availability.HoldId.of(cart)); // the next round starts afresh
            }
        } finally {
            pool.shutdownNow();
        }
        accountedFor(shop);
        assertThat(shop.adapters.holds().holds()).allMatch(h -> h.givenUp().isEmpty());
        assertThat(shop.adapters.holds().holds()).anyMatch(h -> !h.changes().isEmpty());
    }

    private static void accountedFor(Checkout shop) {
        for (LocationId location : List.of(EAST, WEST)) {
            StockLevel level = shop.adapters.inventory().stockAt(SHOE, location).get();
            long held = shop.adapters.holds().holds().stream().filter(h -> h.state() == HoldState.ACTIVE)
                    .flatMap(h -> h.movements().stream()).filter(m -> m.locationId().equals(location))
                    .mapToLong(StockMovement::quantity).sum();
            long allocated = Page.all(shop.oms.queries()::orderIds).stream().map(id -> shop.oms.queries().find(id).get())
                    .mapToLong(o -> o.lines().values().map(l -> l.count(Bucket.ALLOCATED, location)).sum().longValue()).sum();
            assertThat(level.reserved()).as("reserved at %s", location).isEqualTo(held + allocated).isLessThanOrEqualTo(level.onHand());
        }
    }

    /** One shopper: holds 1 to 3 shoes, then buys with the hold, lets it go, or walks away. */
    private static void checkout(Checkout shop, int thread, int i) {
        String cart = "cart-" + thread + "-" + i;
        long shoes = 1 + (thread + i) % 3;
        var hold = shop.oms.storefront().placeHold(Checkout.hold(cart, Duration.ofMinutes(15), Checkout.units(SHOE, shoes)));
        switch ((thread * 7 + i) % 4) {
            case 0, 1 -> shop.oms.orders().place(Checkout.order("W-" + cart, hold.isRight() ? cart : null, shoes));
            case 2 -> shop.oms.storefront().releaseHold(dev.oms.spi.availability.HoldId.of(cart));
            default -> shop.oms.orders().place(Checkout.order("P-" + cart, null, 1));
        }
    }
}
