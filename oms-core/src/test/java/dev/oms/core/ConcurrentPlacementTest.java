// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.order.Page;
import dev.oms.core.application.PickListsCreated;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.Shipped;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Many threads placing, and shipping, orders for a few scarce SKUs through one facade on the in-memory
 * default: no unit is ever oversold, and every order ends either fully allocated or rejected.
 */
class ConcurrentPlacementTest {
    private static final int THREADS = 8;
    private static final int ORDERS_PER_THREAD = 60;
    private static final List<Sku> SCARCE = List.of(Sku.of("HOT-1"), Sku.of("HOT-2"), Sku.of("HOT-3"));
    private static final List<LocationId> LOCATIONS = List.of(LocationId.of("WH-1"), LocationId.of("WH-2"));
    private static final long STOCK_PER_LOCATION = 40;

    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final OrderManagement oms;

    ConcurrentPlacementTest() {
        for (int i = 0; i < LOCATIONS.size(); i++) {
            adapters.inventory().addLocation(Location.of(LOCATIONS.get(i), "Warehouse " + i, LocationType.WAREHOUSE, i));
        }
        for (Sku sku : SCARCE) {
            adapters.catalog().add(new Product(sku, "Product " + sku));
            LOCATIONS.forEach(location -> adapters.inventory().setStock(sku, location, STOCK_PER_LOCATION, "BIN"));
        }
        oms = OrderManagement.using(adapters.ports(TestShop.CLOCK));
    }

    @Test
    void racingPlacementsNeverOversellAndEveryOrderIsAllocatedOrRejected() throws Exception {
        AtomicInteger rejectedForStock = new AtomicInteger();
        AtomicInteger otherRejections = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit((Callable<Void>) () -> {
                Random random = new Random(thread); // seeded: a failure replays
                start.await();
                for (int n = 0; n < ORDERS_PER_THREAD; n++) {
                    Either<Rejection, Order> placed = oms.orders().place(randomOrder(random, "T" + thread + "-" + n));
                    if (placed.isLeft()) {
                        (placed.getLeft().has(ProblemCode.INSUFFICIENT_STOCK) ? rejectedForStock : otherRejections).incrementAndGet();
                    } else if (n % 2 == 0) {
                        shipEverything(placed.get());
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(otherRejections.get()).as("rejections other than for stock").isZero();
        assertThat(rejectedForStock.get()).as("scarce stock must run out for the test to mean anything").isPositive();
        List<Order> orders = Page.all(oms.queries()::orderIds).stream().map(id -> oms.queries().find(id).get()).toList();
        for (Order order : orders) {
            boolean allocatedOrBeyond = order.units(Bucket.PENDING) == 0 && order.units(Bucket.CANCELLED) == 0;
            boolean cancelledForStock = order.isFullyCancelled();
            assertThat(allocatedOrBeyond || cancelledForStock).as("order %s is allocated or rejected", order.id()).isTrue();
        }
        for (Sku sku : SCARCE) {
            for (LocationId location : LOCATIONS) {
                StockLevel level = adapters.inventory().stockAt(sku, location).get();
                long shipped = shippedUnits(orders, sku, location);
                long held = orders.stream().flatMap(o -> o.lines().values().filter(l -> l.sku().equals(sku)).toJavaStream())
                        .mapToLong(l -> l.count(Bucket.ALLOCATED, location) + l.count(Bucket.PICKED, location) + l.count(Bucket.PACKED, location))
                        .sum();
                assertThat(level.reserved() + shipped).as("reserved + shipped of %s@%s", sku, location).isLessThanOrEqualTo(STOCK_PER_LOCATION);
                assertThat(level.onHand()).as("on hand of %s@%s", sku, location).isEqualTo(STOCK_PER_LOCATION - shipped);
                assertThat(level.reserved()).as("reserved of %s@%s is what orders hold", sku, location).isEqualTo(held);
            }
        }
    }

    private void shipEverything(Order placed) {
        Order order = oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        for (var list : order.pickLists().values()) {
            order = oms.warehouse().confirmPicked(order.id(), list.id()).get();
            List<PackageItem> items = list.items().map(i -> new PackageItem(i.lineId(), i.quantity())).toJavaList();
            order = oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-" + list.id(), list.location(), items)).map(Packed::order).get();
        }
        for (OrderPackage pkg : order.packages().values()) {
            oms.warehouse().ship(order.id(), pkg.id(), "ground").map(Shipped::order).get();
        }
    }

    private static long shippedUnits(List<Order> orders, Sku sku, LocationId location) {
        long shipped = 0;
        for (Order order : orders) {
            for (OrderPackage pkg : order.packages().values().filter(p -> p.isShipped() && p.location().equals(location))) {
                shipped += pkg.contents().filter(i -> order.line(i.lineId()).get().sku().equals(sku))
                        .map(PackageItem::quantity).sum().longValue();
            }
        }
        return shipped;
    }

    private static PlaceOrder randomOrder(Random random, String externalId) {
        List<LineRequest> lines = new ArrayList<>();
        for (Sku sku : SCARCE) {
            if (lines.isEmpty() || random.nextBoolean()) {
                lines.add(new LineRequest(sku, 1 + random.nextInt(3), Money.parse("EUR 12.00")));
            }
        }
        return PlaceOrder.builder().channel(Channel.WEB).externalId(externalId).customer(CustomerRef.of("C-" + externalId))
                .shipTo(TestShop.address()).paymentMethod(PaymentMethod.card("tok_ok")).lines(lines).build();
    }
}
