// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.Shipped;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.spi.order.OrderStatus;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
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
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import org.joda.money.Money;

/**
 * oms on its in-memory adapters holding a stored history of a given number of orders, for
 * {@link GrowthBenchmark}. Everything goes through the public facade; the shop counts what it stored
 * itself, so it never lists the store.
 *
 * <p>The history is built in this order: {@code waiting} one-unit backorders of {@link #BACK_SHORT}
 * (backorderable, no stock), {@code waiting} one-unit pre-orders of {@link #PRE} (announced, released
 * next year), {@code cancellable} allocated orders of {@link #BACK_STOCKED} (backorderable, deep stock),
 * then plain one-line orders spread over {@value #HISTORY_SKUS} SKUs until the store holds {@code size}
 * orders: {@code deliveredPercent} of them delivered (place, pick list, pick, pack, ship, deliver: six
 * commands), the others cancelled (place, cancel: two commands, so a lower share populates faster). The waiting orders go in first because placing one reads the whole queue, so they cost
 * little while the store is small; the measured SKUs' queues then stay the same length at every size,
 * and only the number of stored orders grows.
 */
final class GrowthShop {
    static final LocationId WAREHOUSE = LocationId.of("WH-1");
    static final Sku PLAIN = Sku.of("G-PLAIN");
    static final Sku BACK_STOCKED = Sku.of("G-BACK-STOCKED");
    static final Sku BACK_SHORT = Sku.of("G-BACK-SHORT");
    static final Sku PRE = Sku.of("G-PRE");
    /** Bounds what may wait for {@link #BACK_SHORT}, so availability to promise reports a headroom that depends on the queue. */
    static final long BACKORDER_LIMIT = 1_000_000_000L;
    static final int HISTORY_SKUS = 1_000;
    private static final long DEEP = 1_000_000_000_000L;
    private static final Money PRICE = Money.parse("EUR 10.00");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant RELEASE = Instant.parse("2027-03-01T00:00:00Z");
    private static final LineId L1 = LineId.of("L1");
    private static final Address SHIP_TO = Address.builder().recipient("Ada Lovelace").addLines("1 Analytical Row")
            .city("London").postalCode("N1 9GU").countryCode("GB").build();

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final OrderManagement oms;
    /** Allocated orders of {@link #BACK_STOCKED}, oldest first, for the cancellation to measure. */
    final Deque<OrderId> cancellable = new ArrayDeque<>();
    /** Orders waiting for {@link #BACK_SHORT}, oldest first: a receipt must fill the head. */
    private final Deque<OrderId> backorders = new ArrayDeque<>();
    private long stored;
    private long next;

    private GrowthShop() {
        adapters.inventory().addLocation(Location.of(WAREHOUSE, "Warehouse", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new Product(PLAIN, "Plain"));
        adapters.catalog().add(new Product(BACK_STOCKED, "Backorderable, in stock"));
        adapters.catalog().add(new Product(BACK_SHORT, "Backorderable, sold out"));
        adapters.catalog().add(Product.announced(PRE, "Announced", RELEASE, OptionalLong.empty()));
        adapters.inventory().setStock(PLAIN, WAREHOUSE, DEEP, "BIN-PLAIN");
        adapters.inventory().setStock(BACK_STOCKED, WAREHOUSE, DEEP, "BIN-BACK");
        adapters.inventory().setStock(BACK_SHORT, WAREHOUSE, 0, "BIN-SHORT");
        for (int i = 0; i < HISTORY_SKUS; i++) {
            adapters.catalog().add(new Product(historySku(i), "History " + i));
            adapters.inventory().setStock(historySku(i), WAREHOUSE, DEEP, "BIN-H" + i);
        }
        BackorderPolicy backorders = BackorderPolicy.perSku(HashMap.of(
                BACK_STOCKED, BackorderTerms.allowedWithoutLimit(),
                BACK_SHORT, BackorderTerms.allowedWithoutLimit().withLimit(BACKORDER_LIMIT)));
        oms = OrderManagement.builder().ports(adapters.ports(Clock.fixed(NOW, ZoneOffset.UTC)))
                .backorderPolicy(backorders).build();
    }

    /** A shop whose store holds {@code size} orders, built as the class comment says. */
    static GrowthShop populated(int size, int waiting, int cancellable, int deliveredPercent) {
        if (size < 2L * waiting + cancellable) {
            throw new IllegalArgumentException(size + " orders cannot hold " + waiting + " backorders, " + waiting
                    + " pre-orders and " + cancellable + " cancellable orders");
        }
        GrowthShop shop = new GrowthShop();
        for (int i = 0; i < waiting; i++) {
            shop.expect(shop.place(BACK_SHORT), Bucket.BACKORDERED);
            shop.expect(shop.place(PRE), Bucket.PREORDERED);
        }
        for (int i = 0; i < cancellable; i++) {
            shop.expect(shop.place(BACK_STOCKED), Bucket.ALLOCATED); // place() keeps it for cancelling
        }
        for (long i = shop.stored; i < size; i++) {
            Order order = shop.expect(shop.place(historySku((int) (i % HISTORY_SKUS))), Bucket.ALLOCATED);
            // Of every 100 consecutive history orders, deliveredPercent are delivered and the rest cancelled.
            if (i % 100 >= deliveredPercent) {
                shop.cancel(order.id());
            } else {
                shop.deliver(order.id());
            }
        }
        return shop;
    }

    static Sku historySku(int index) {
        return Sku.of("G-H-" + index);
    }

    long stored() {
        return stored;
    }

    long backordersWaiting() {
        return backorders.size();
    }

    /** Places a one-unit order of the SKU; counts it when stored. */
    Either<?, Order> place(Sku sku) {
        PlaceOrder command = PlaceOrder.builder().channel(Channel.WEB).externalId("G-" + next++)
                .customer(CustomerRef.of("C-1")).shipTo(SHIP_TO).paymentMethod(PaymentMethod.card("tok_ok"))
                .lines(List.of(new LineRequest(sku, 1, PRICE))).build();
        Either<?, Order> placed = oms.orders().place(command);
        if (placed.isRight()) {
            stored++;
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
        Order order = oms.orders().cancel(id, CancelRequest.wholeOrder("cancel-" + id.value(), "benchmark history"))
                .getOrElseThrow(r -> new IllegalStateException("cancellation refused: " + r)).order();
        if (order.status() != OrderStatus.CANCELLED) {
            throw new IllegalStateException("order " + id + " is " + order.status() + " after its cancellation");
        }
        return order;
    }

    /** Receipt of one unit of {@link #BACK_SHORT}: the oldest backorder must take it. */
    Order receiveOneBackorderedUnit() {
        List<Order> changed = oms.inbound().receiveStock(new StockReceipt(
                "receipt-" + next++, BACK_SHORT, WAREHOUSE, 1)).getOrElseThrow(r -> new IllegalStateException("receipt refused: " + r));
        OrderId oldest = backorders.poll();
        if (changed.size() != 1 || !changed.get(0).id().equals(oldest) || changed.get(0).line(L1).get().count(Bucket.ALLOCATED) != 1) {
            throw new IllegalStateException("one unit received should fill exactly the oldest backorder " + oldest + ", changed " + changed);
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
