// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.routing.Destination;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.PromisedUnits;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.order.Page;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;

/**
 * Placements and checkout holds racing for the last units of a pre-order cap or a backorder limit: the room is
 * taken per SKU while one of them reads the units waiting and adds its own, so the cap and the limit hold.
 * Before, each racer read the same room and all of them took it.
 */
class RoomUnderConcurrencyTest {
    private static final LocationId EAST = LocationId.of("WH-EAST");
    private static final Sku LAMP = Sku.of("LAMP");
    private static final Sku KETTLE = Sku.of("KETTLE");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final int RACERS = 12;
    private static final int ROUNDS = 15;

    @Test
    void racingPreordersAndHoldsNeverPassTheCap() throws Exception {
        racersNeverTakeMoreThan(LAMP, Bucket.PREORDERED, 5);
    }

    @Test
    void racingBackordersAndHoldsNeverPassTheLimit() throws Exception {
        racersNeverTakeMoreThan(KETTLE, Bucket.BACKORDERED, 3);
    }

    /** Half the racers place an order for one unit, half hold one; together they take exactly the room there is. */
    private static void racersNeverTakeMoreThan(Sku sku, Bucket bucket, long room) throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            Shop shop = new Shop();
            race(racer -> {
                if (racer % 2 == 0) {
                    shop.oms.orders().place(TestShop.order("W-" + racer, TestShop.line(sku.code(), 1, "EUR 20.00")));
                } else {
                    shop.oms.storefront().placeHold(shop.hold("cart-" + racer, sku));
                }
            });
            assertThat(shop.units(sku, bucket) + shop.promised(sku)).as("round %d: room %d", round, room).isEqualTo(room);
        }
    }

    private static void race(IntConsumer racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int id = i;
                done.add(pool.submit(() -> {
                    start.await();
                    racer.accept(id);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** An announced lamp (cap 5) and a kettle out of stock that may be backordered up to 3, with holds. */
    private static final class Shop {
        final InMemoryAdapters adapters = InMemoryAdapters.create();
        final OrderManagement oms;

        Shop() {
            adapters.inventory().addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1));
            adapters.catalog().add(Product.announced(LAMP, "Lamp", NOW.plus(Duration.ofDays(10)), OptionalLong.of(5)));
            adapters.catalog().add(new Product(KETTLE, "Kettle"));
            adapters.inventory().setStock(KETTLE, EAST, 0, "E-KETTLE");
            oms = OrderManagement.builder().ports(adapters.ports(new SettableClock(NOW))).holds(adapters.holds())
                    .backorderPolicy(BackorderPolicy.perSku(io.vavr.collection.HashMap.of(KETTLE,
                            BackorderTerms.allowedWithoutLimit().withLimit(3)))).build();
        }

        HoldRequest hold(String id, Sku sku) {
            return new HoldRequest(HoldId.of(id), List.of(new HoldRequest.Units(sku, 1)), new Destination.ShipTo(TestShop.address()),
                    Channel.WEB, Duration.ofMinutes(15));
        }

        long units(Sku sku, Bucket bucket) {
            return Page.all(oms.queries()::orderIds).stream().map(id -> oms.queries().find(id).get())
                    .flatMap(o -> o.lines().values().toJavaList().stream()).filter(l -> l.sku().equals(sku))
                    .mapToLong(l -> l.count(bucket)).sum();
        }

        long promised(Sku sku) {
            return adapters.holds().holds().stream().filter(h -> h.liveAt(NOW)).flatMap(h -> h.promised().stream())
                    .filter(p -> p.sku().equals(sku)).mapToLong(PromisedUnits::quantity).sum();
        }
    }
}
