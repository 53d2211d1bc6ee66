// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.order.Page;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PickListsCreated;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.Shipped;
import dev.oms.core.order.Order;
import dev.oms.spi.order.OrderStatus;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class OrderLifecycleTest {
    private final TestShop shop = new TestShop().stock("SHOE", 10, 5).stock("SOCK", 0, 8);

    @Test
    void inStockOrderIsReservedPaidPickedPackedShippedAndDelivered() {
        Order placed = shop.oms.orders().place(order("W-1", line("SHOE", 2, "EUR 50.00"), line("SOCK", 3, "EUR 5.00"))).get();
        assertThat(placed.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(placed.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(placed.line(LineId.of("L2")).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(3);
        assertThat(placed.payment().authorized()).isEqualTo(Money.parse("EUR 115.00"));
        assertThat(shop.adapters.inventory().stockAt(Sku.of("SHOE"), EAST).get().reserved()).isEqualTo(2);

        Order picking = shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        assertThat(picking.pickLists()).hasSize(2);
        assertThat(picking.status()).isEqualTo(OrderStatus.PICKING);
        PickListId eastList = picking.pickLists().values().find(p -> p.location().equals(EAST)).get().id();
        PickListId westList = picking.pickLists().values().find(p -> p.location().equals(WEST)).get().id();
        assertThat(picking.pickLists().get(eastList).get().items().head().bin()).isEqualTo("E-SHOE");

        shop.oms.warehouse().confirmPicked(placed.id(), eastList).get();
        shop.oms.warehouse().confirmPicked(placed.id(), westList).get();
        Order packed = shop.oms.warehouse().confirmPacked(placed.id(), new PackRequest("pack-east", EAST,
                List.of(new PackageItem(LineId.of("L1"), 2)), Optional.of("fragile"), Optional.of("Happy birthday"))).map(Packed::order).get();
        packed = shop.oms.warehouse().confirmPacked(placed.id(), PackRequest.of("pack-west", WEST,
                List.of(new PackageItem(LineId.of("L2"), 3)))).map(Packed::order).get();
        assertThat(packed.status()).isEqualTo(OrderStatus.PACKED);
        assertThat(packed.packages().values().head().giftMessage()).contains("Happy birthday");

        var first = packed.packages().keySet().head();
        Order partly = shop.oms.warehouse().ship(placed.id(), first, "ground").map(Shipped::order).get();
        assertThat(partly.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
        assertThat(partly.payment().captured()).isEqualTo(Money.parse("EUR 100.00"));
        assertThat(shop.adapters.inventory().stockAt(Sku.of("SHOE"), EAST).get().onHand()).isEqualTo(8);

        var second = packed.packages().keySet().last();
        Order shipped = shop.oms.warehouse().ship(placed.id(), second, "ground").map(Shipped::order).get();
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.payment().captured()).isEqualTo(Money.parse("EUR 115.00"));

        shop.oms.warehouse().confirmDelivery(placed.id(), first).get();
        Order delivered = shop.oms.warehouse().confirmDelivery(placed.id(), second).get();
        assertThat(delivered.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(dev.oms.core.effects.PendingEffects.of(delivered)).isEmpty();
        assertThat(shop.adapters.notifications().delivered()).extracting(Notification::kind).containsExactly(
                Notification.Kind.ORDER_CONFIRMED, Notification.Kind.ORDER_SHIPPED, Notification.Kind.ORDER_SHIPPED,
                Notification.Kind.ORDER_DELIVERED, Notification.Kind.ORDER_DELIVERED);
        assertThat(shop.adapters.payments().captured(placed.id(), CurrencyUnit.EUR)).isEqualTo(Money.parse("EUR 115.00"));
    }

    @Test
    void placingTheSameChannelOrderTwiceYieldsOneOrder() {
        Order first = shop.oms.orders().place(order("W-2", line("SHOE", 1, "EUR 50.00"))).get();
        Order again = shop.oms.orders().place(order("W-2", line("SHOE", 1, "EUR 50.00"))).get();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(Page.all(shop.oms.queries()::orderIds)).hasSize(1);
        assertThat(shop.adapters.inventory().stockAt(Sku.of("SHOE"), EAST).get().reserved()).isEqualTo(1);
    }

    @Test
    void lineThatCannotBeReservedIsRejectedAndNothingIsStored() {
        var rejected = shop.oms.orders().place(order("W-3", line("SHOE", 16, "EUR 50.00")));
        assertThat(rejected.getLeft().codes()).containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(Page.all(shop.oms.queries()::orderIds)).isEmpty();
        assertThat(shop.adapters.inventory().stockAt(Sku.of("SHOE"), EAST).get().reserved()).isZero();
    }

    @Test
    void lineSplitsOverWarehousesOnlyWhenNoneCoversIt() {
        Order order = shop.oms.orders().place(order("W-4", line("SHOE", 12, "EUR 50.00"))).get();
        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(10);
        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(2);
    }

    @Test
    void declinedCardPutsOrderOnHoldUntilRetriedWithAnotherCard() {
        shop.adapters.payments().declineWhen(r -> r.method().equals(PaymentMethod.card("tok_bad")));
        Order held = shop.oms.orders().place(order("W-5", PaymentMethod.card("tok_bad"), line("SHOE", 1, "EUR 50.00"))).get();
        assertThat(held.status()).isEqualTo(OrderStatus.PAYMENT_HOLD);
        assertThat(shop.oms.warehouse().createPickLists(held.id()).map(PickListsCreated::order).getLeft().codes()).containsExactly(ProblemCode.PAYMENT_NOT_AUTHORIZED);

        Order retried = shop.oms.payments().retry(held.id(), "retry-1", Optional.of(PaymentMethod.card("tok_ok"))).get();
        assertThat(retried.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(retried.payment().authorized()).isEqualTo(Money.parse("EUR 50.00"));
    }

    @Test
    void cancellingReleasesStockAndVoidsTheAuthorisation() {
        Order order = shop.oms.orders().place(order("W-6", line("SHOE", 3, "EUR 50.00"))).get();
        Order cancelled = shop.oms.orders().cancel(order.id(), CancelRequest.wholeOrder("cancel-1", "customer changed mind")).map(Cancelled::order).get();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.payment().voided()).isEqualTo(Money.parse("EUR 150.00"));
        assertThat(shop.adapters.inventory().stockAt(Sku.of("SHOE"), EAST).get().reserved()).isZero();
        assertThat(shop.adapters.payments().voided(order.id(), CurrencyUnit.EUR)).isEqualTo(Money.parse("EUR 150.00"));
        // Same key again: nothing new happens.
        Order again = shop.oms.orders().cancel(order.id(), CancelRequest.wholeOrder("cancel-1", "customer changed mind")).map(Cancelled::order).get();
        assertThat(again.version()).isEqualTo(cancelled.version());
    }

    @Test
    void cancellingPackedUnitsOpensThePackageAndVoidsItsLabel() {
        Order order = shop.oms.orders().place(order("W-7", line("SHOE", 2, "EUR 50.00"))).get();
        order = shop.oms.warehouse().createPickLists(order.id()).map(PickListsCreated::order).get();
        order = shop.oms.warehouse().confirmPicked(order.id(), order.pickLists().keySet().head()).get();
        order = shop.oms.warehouse().confirmPacked(order.id(), PackRequest.of("p", EAST, List.of(new PackageItem(LineId.of("L1"), 2)))).map(Packed::order).get();
        var pkg = order.packages().keySet().head();
        Order labelled = shop.oms.warehouse().label(order.id(), pkg, "ground").get();
        LabelId labelId = labelled.packages().get(pkg).get().label().get().labelId();
        Order partly = shop.oms.orders().cancel(order.id(), CancelRequest.units("c-1", LineId.of("L1"), 1, "one too many")).map(Cancelled::order).get();
        assertThat(partly.line(LineId.of("L1")).get().count(Bucket.CANCELLED)).isEqualTo(1);
        assertThat(partly.line(LineId.of("L1")).get().count(Bucket.PICKED, EAST)).isEqualTo(1);
        assertThat(partly.packages().get(pkg).get().state()).isEqualTo(dev.oms.core.order.OrderPackage.State.OPENED);
        assertThat(partly.packages().get(pkg).get().labelVoided()).isTrue();
        assertThat(shop.adapters.carrier().labelsVoided()).containsExactly(labelId);
        assertThat(shop.adapters.inventory().stockAt(Sku.of("SHOE"), EAST).get().reserved()).isEqualTo(1);
    }

    @Test
    void partialCancelGivesUpTheLeastPreferredLocationFirst() {
        // Named so that alphabetical order and the host's preference disagree.
        LocationId preferred = LocationId.of("A-MAIN");
        LocationId leastPreferred = LocationId.of("Z-OUTLET");
        shop.adapters.inventory()
                .addLocation(Location.of(preferred, "Main warehouse", LocationType.WAREHOUSE, 0))
                .addLocation(Location.of(leastPreferred, "Outlet", LocationType.STORE, 9));
        shop.adapters.catalog().add(new Product(Sku.of("HAT"), "Hat"));
        shop.adapters.inventory().setStock(Sku.of("HAT"), preferred, 3, "M-HAT");
        shop.adapters.inventory().setStock(Sku.of("HAT"), leastPreferred, 3, "O-HAT");
        Order placed = shop.oms.orders().place(order("W-8", line("HAT", 5, "EUR 20.00"))).get();
        assertThat(placed.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, preferred)).isEqualTo(3);
        assertThat(placed.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, leastPreferred)).isEqualTo(2);

        Order partly = shop.oms.orders().cancel(placed.id(), CancelRequest.units("c-1", LineId.of("L1"), 2, "two fewer")).map(Cancelled::order).get();

        assertThat(partly.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, leastPreferred)).isZero();
        assertThat(partly.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, preferred)).isEqualTo(3);
        assertThat(shop.adapters.inventory().stockAt(Sku.of("HAT"), leastPreferred).get().reserved()).isZero();
        assertThat(shop.adapters.inventory().stockAt(Sku.of("HAT"), preferred).get().reserved()).isEqualTo(3);
    }
}
