// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.Shipped;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryCatalog;
import dev.oms.inmemory.InMemoryNotificationSender;
import dev.oms.inmemory.InMemoryPaymentGateway;
import dev.oms.inmemory.InMemoryShippingCarrier;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.joda.money.Money;

/**
 * The facade on {@link PostgresOrderStore}, {@link PostgresInventoryStore} and {@link PostgresHoldStore}
 * holding a stored history of a given number of orders, for {@link GrowthOnPostgresTest}: the design of
 * oms-benchmarks' in-memory {@code GrowthShop}, copied rather than depended on. Payments, carrier,
 * notifications and the catalogue are the in-memory ones; every order goes through the public facade.
 *
 * <p>The history: {@code waiting} one-unit backorders of {@link #BACK_SHORT} (backorderable, no stock) and
 * {@code waiting} one-unit pre-orders of {@link #PRE} (announced, released next year), placed one by one
 * in that order so the oldest backorder is known; {@code cancellable} allocated orders of
 * {@link #BACK_STOCKED}; then plain one-line orders over {@value #HISTORY_SKUS} SKUs, placed by several
 * threads, until the store holds {@code size} orders: {@code deliveredPercent} of them delivered (place,
 * pick list, pick, pack, ship, deliver) and the rest cancelled (place, cancel). The measured SKUs' queues
 * are the same length at every size; only the number of stored orders grows. The shop counts what it
 * stored, so it never lists the store.
 */
final class PostgresGrowthShop {
    static final LocationId WAREHOUSE = LocationId.of("WH-1");
    static final Sku PLAIN = Sku.of("G-PLAIN");
    static final Sku BACK_STOCKED = Sku.of("G-BACK-STOCKED");
    static final Sku BACK_SHORT = Sku.of("G-BACK-SHORT");
    static final Sku PRE = Sku.of("G-PRE");
    static final long BACKORDER_LIMIT = 1_000_000_000L;
    static final int HISTORY_SKUS = 1_000;
    private static final long DEEP = 1_000_000_000_000L;
    private static final Money PRICE = Money.parse("EUR 10.00");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant RELEASE = Instant.parse("2027-03-01T00:00:00Z");
    private static final LineId L1 = LineId.of("L1");
    private static final Address SHIP_TO = Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row")
            .city("London").postalCode("N1 9GU").countryCode("GB").build();

    final PostgresOrderStore orders;
    final OrderManagement oms;
    /** Allocated orders of {@link #BACK_STOCKED}, oldest first, for the cancellation to measure. */
    final ConcurrentLinkedDeque<OrderId> cancellable = new ConcurrentLinkedDeque<>();
    /** Orders waiting for {@link #BACK_SHORT}, oldest first: a receipt must fill the head. */
    private final ConcurrentLinkedDeque<OrderId> backorders = new ConcurrentLinkedDeque<>();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong next = new AtomicLong();

    private PostgresGrowthShop(DataSource dataSource) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        orders = new PostgresOrderStore(dataSource);
        PostgresInventoryStore inventory = new PostgresInventoryStore(dataSource)
                .addLocation(Location.of(WAREHOUSE, "Warehouse", LocationType.WAREHOUSE, 1))
                .setStock(PLAIN, WAREHOUSE, DEEP, "BIN-PLAIN")
                .setStock(BACK_STOCKED, WAREHOUSE, DEEP, "BIN-BACK")
                .setStock(BACK_SHORT, WAREHOUSE, 0, "BIN-SHORT");
        InMemoryCatalog catalog = new InMemoryCatalog();
        catalog.add(new Product(PLAIN, "Plain"));
        catalog.add(new Product(BACK_STOCKED, "Backorderable, in stock"));
        catalog.add(new Product(BACK_SHORT, "Backorderable, sold out"));
        catalog.add(Product.announced(PRE, "Announced", RELEASE, OptionalLong.empty()));
        for (int i = 0; i < HISTORY_SKUS; i++) {
            catalog.add(new Product(historySku(i), "History " + i));
            inventory.setStock(historySku(i), WAREHOUSE, DEEP, "BIN-H" + i);
        }
        BackorderPolicy backorderPolicy = BackorderPolicy.perSku(HashMap.of(
                BACK_STOCKED, BackorderTerms.allowedWithoutLimit(),
                BACK_SHORT, BackorderTerms.allowedWithoutLimit().withLimit(BACKORDER_LIMIT)));
        oms = OrderManagement.builder().orders(orders).inventory(inventory).holds(new PostgresHoldStore(dataSource))
                .payments(new InMemoryPaymentGateway()).carrier(InMemoryShippingCarrier.withDefaultServices())
                .notifications(new InMemoryNotificationSender()).catalog(catalog)
                .ids(new TimeOrderedIdGenerator(clock)).clock(clock).backorderPolicy(backorderPolicy).build();
    }

    /** A shop on emptied tables whose store holds {@code size} orders, built as the class comment says. */
    static PostgresGrowthShop populated(DataSource dataSource, int size, int waiting, int cancellable, int deliveredPercent,
            int threads) {
        if (size < 2L * waiting + cancellable) {
            throw new IllegalArgumentException(size + " orders cannot hold " + waiting + " backorders, " + waiting
                    + " pre-orders and " + cancellable + " cancellable orders");
        }
        PostgresGrowthShop shop = new PostgresGrowthShop(dataSource);
        for (int i = 0; i < waiting; i++) {
            shop.expect(shop.place(BACK_SHORT), Bucket.BACKORDERED);
            shop.expect(shop.place(PRE), Bucket.PREORDERED);
        }
        for (int i = 0; i < cancellable; i++) {
            shop.expect(shop.place(BACK_STOCKED), Bucket.ALLOCATED); // place() keeps it for cancelling
        }
        AtomicLong history = new AtomicLong(shop.stored());
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    for (long i = history.getAndIncrement(); i < size; i = history.getAndIncrement()) {
                        Order order = shop.expect(shop.place(historySku((int) (i % HISTORY_SKUS))), Bucket.ALLOCATED);
                        // Of every 100 consecutive history orders, deliveredPercent are delivered, the rest cancelled.
                        if (i % 100 < deliveredPercent) {
                            shop.deliver(order.id());
                        } else {
                            shop.cancel(order.id());
                        }
                    }
                } catch (Throwable failure) {
                    failures.add(failure);
                }
            }, "growth-history-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while populating", e);
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("populating failed", failures.get(0));
        }
        if (shop.stored() != size) {
            throw new IllegalStateException("stored " + shop.stored() + " orders, meant " + size);
        }
        return shop;
    }

    static Sku historySku(int index) {
        return Sku.of("G-H-" + index);
    }

    long stored() {
        return stored.get();
    }

    long backordersWaiting() {
        return backorders.size();
    }

    /** Places a one-unit order of the SKU; counts it when stored. */
    Either<?, Order> place(Sku sku) {
        PlaceOrder command = PlaceOrder.builder().channel(Channel.WEB).externalId("G-" + next.getAndIncrement())
                .customer(CustomerRef.of("C-1")).shipTo(SHIP_TO).paymentMethod(PaymentMethod.card("tok_ok"))
                .lines(List.of(new LineRequest(sku, 1, PRICE))).build();
        Either<?, Order> placed = oms.orders().place(command);
        if (placed.isRight()) {
            stored.incrementAndGet();
            if (placed.get().line(L1).get().count(Bucket.BACKORDERED) > 0) {
                backorders.add(placed.get().id());
            }
            if (sku.equals(BACK_STOCKED)) {
                cancellable.add(placed.get().id());
            }
        }
        return placed;
    }

    /** The placed order, which must hold its one unit in {@code bucket}; anything else stops the run. */
    Order expect(Either<?, Order> placed, Bucket bucket) {
        if (placed.isLeft()) {
            throw new IllegalStateException("placement refused: " + placed.getLeft());
        }
        Order order = placed.get();
        if (order.line(L1).get().count(bucket) != 1) {
            throw new IllegalStateException("order " + order.id() + " does not hold its unit as " + bucket + ": " + order.lines());
        }
        return order;
    }

    /** Cancels the whole order, which must end cancelled. */
    Order cancel(OrderId id) {
        Order order = oms.orders().cancel(id, CancelRequest.wholeOrder("cancel-" + id.value(), "growth history"))
                .getOrElseThrow(r -> new IllegalStateException("cancellation refused: " + r)).order();
        if (order.status() != OrderStatus.CANCELLED) {
            throw new IllegalStateException("order " + id + " is " + order.status() + " after its cancellation");
        }
        return order;
    }

    /** Receipt of one unit of {@link #BACK_SHORT}: the oldest backorder must take it. */
    Order receiveOneBackorderedUnit() {
        List<Order> changed = oms.inbound().receiveStock(new StockReceipt(
                "receipt-" + next.getAndIncrement(), BACK_SHORT, WAREHOUSE, 1))
                .getOrElseThrow(r -> new IllegalStateException("receipt refused: " + r));
        OrderId oldest = backorders.poll();
        if (changed.size() != 1 || !changed.get(0).id().equals(oldest)
                || changed.get(0).line(L1).get().count(Bucket.ALLOCATED) != 1) {
            throw new IllegalStateException("one unit received should fill exactly the oldest backorder " + oldest
                    + ", changed " + changed);
        }
        return changed.get(0);
    }

    private void deliver(OrderId id) {
        Order order = oms.warehouse().createPickLists(id).map(PickListsCreated::order).get();
        order = oms.warehouse().confirmPicked(id, order.pickLists().keySet().head()).get();
        order = oms.warehouse().confirmPacked(id, PackRequest.of("pack-" + id.value(), WAREHOUSE,
                List.of(new PackageItem(L1, 1)))).get().order();
        PackageId pkg = order.packages().keySet().head();
        oms.warehouse().ship(id, pkg, "ground").map(Shipped::order).get();
        order = oms.warehouse().confirmDelivery(id, pkg).get();
        if (order.status() != OrderStatus.DELIVERED) {
            throw new IllegalStateException("order " + id + " ended " + order.status());
        }
    }
}
