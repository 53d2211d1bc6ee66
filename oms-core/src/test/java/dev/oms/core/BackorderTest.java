// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.order.Page;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PickListsCreated;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.Shipped;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.spi.order.OrderStatus;
import dev.oms.core.order.WaitingFor;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.notification.Notification.Kind;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class BackorderTest {
    private static final LineId L1 = LineId.of("L1");
    private static final LocalDate NEXT_MONTH = LocalDate.parse("2026-04-01");

    private final WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(
            Sku.of("SHOE"), BackorderTerms.allowedWithoutLimit().expectedOn(NEXT_MONTH),
            Sku.of("BOOT"), BackorderTerms.allowedWithoutLimit().withLimit(5_000))))
            .product("SHOE", 12_000).product("BOOT", 12_000).product("SOCK", 10);

    @Test
    void shoeMakerOrderShipsWhatIsInStockAndBackordersTheRest() {
        Order placed = shop.oms.orders().place(order("LA-RETAIL-1", line("SHOE", 20_000, "EUR 40.00"))).get();
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(12_000);
        assertThat(placed.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(8_000);
        assertThat(placed.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(placed.waitingFor()).containsExactly(WaitingFor.STOCK);
        assertThat(placed.payment().authorized()).isEqualTo(Money.parse("EUR 800000.00"));
        Notification told = shop.notifications(placed.id(), Kind.UNITS_BACKORDERED).get(0);
        assertThat(told.details()).containsEntry("shipsNow", "12000").containsEntry("backordered", "8000")
                .containsEntry("expectedRestock", "2026-04-01");

        Order firstShipment = shipAllocated(placed.id(), "first");
        assertThat(firstShipment.line(L1).get().count(Bucket.SHIPPED)).isEqualTo(12_000);
        assertThat(firstShipment.status()).isEqualTo(OrderStatus.AWAITING_STOCK);

        shop.receive("receipt-april", "SHOE", 4_000);
        Order april = shop.order(placed.id());
        assertThat(april.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(4_000);
        assertThat(april.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(4_000);
        assertThat(shop.notifications(placed.id(), Kind.WAITING_UNITS_FILLED).get(0).details())
                .containsEntry("allocatedNow", "4000").containsEntry("stillWaiting", "4000");
        shipAllocated(placed.id(), "april");

        shop.receive("receipt-may", "SHOE", 4_000);
        Order done = shipAllocated(placed.id(), "may");
        assertThat(done.line(L1).get().count(Bucket.SHIPPED)).isEqualTo(20_000);
        assertThat(done.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(done.waitingFor()).isEmpty();
        assertThat(shop.adapters.payments().captured(placed.id(), CurrencyUnit.EUR)).isEqualTo(Money.parse("EUR 800000.00"));
        assertThat(shop.stock("SHOE").onHand()).isZero();
    }

    @Test
    void withoutABackorderPolicyAShortOrderIsStillRejectedAndNothingIsStored() {
        var rejected = shop.oms.orders().place(order("W-1", line("SOCK", 11, "EUR 5.00")));
        assertThat(rejected.getLeft().codes()).containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(Page.all(shop.oms.queries()::orderIds)).isEmpty();
    }

    @Test
    void backorderedUnitsCanBeCancelledWithoutTouchingWhatShipped() {
        Order placed = shop.oms.orders().place(order("LA-RETAIL-2", line("SHOE", 20_000, "EUR 40.00"))).get();
        shipAllocated(placed.id(), "first");
        Order cancelled = shop.oms.orders().cancel(placed.id(), CancelRequest.units("drop-rest", L1, 8_000, "retailer needs no more")).map(Cancelled::order).get();
        assertThat(cancelled.line(L1).get().count(Bucket.CANCELLED)).isEqualTo(8_000);
        assertThat(cancelled.line(L1).get().count(Bucket.SHIPPED)).isEqualTo(12_000);
        assertThat(cancelled.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(cancelled.payment().captured()).isEqualTo(Money.parse("EUR 480000.00"));
        assertThat(shop.adapters.payments().voided(placed.id(), CurrencyUnit.EUR)).isEqualTo(Money.parse("EUR 320000.00"));

        assertThat(shop.receive("receipt-after-cancel", "SHOE", 4_000)).isEmpty();
        assertThat(shop.stock("SHOE").available()).isEqualTo(4_000);
    }

    @Test
    void receiptsFillTheOldestBackorderFirstAndPartially() {
        shop.oms.orders().place(order("W-STOCK", line("SHOE", 12_000, "EUR 40.00"))).get();
        Order older = shop.oms.orders().place(order("W-OLD", line("SHOE", 300, "EUR 40.00"))).get();
        shop.clock.advance(Duration.ofMinutes(1));
        Order newer = shop.oms.orders().place(order("W-NEW", line("SHOE", 200, "EUR 40.00"))).get();
        assertThat(older.status()).isEqualTo(OrderStatus.AWAITING_STOCK);
        assertThat(newer.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(200);

        shop.receive("r-1", "SHOE", 400);
        assertThat(shop.order(older.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(300);
        assertThat(shop.order(newer.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(100);
        assertThat(shop.order(newer.id()).line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(100);
        assertThat(shop.stock("SHOE").available()).isZero();
    }

    @Test
    void stockFreedByACancellationGoesToTheWaitingBackorderBeforeANewOrder() {
        Order inStock = shop.oms.orders().place(order("W-A", line("SHOE", 12_000, "EUR 40.00"))).get();
        Order waiting = shop.oms.orders().place(order("W-B", line("SHOE", 50, "EUR 40.00"))).get();
        assertThat(waiting.status()).isEqualTo(OrderStatus.AWAITING_STOCK);

        shop.oms.orders().cancel(inStock.id(), CancelRequest.units("free-100", L1, 100, "fewer needed")).map(Cancelled::order).get();
        assertThat(shop.order(waiting.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(50);
        assertThat(shop.stock("SHOE").available()).isEqualTo(50);

        Order newcomer = shop.oms.orders().place(order("W-C", line("SHOE", 60, "EUR 40.00"))).get();
        assertThat(newcomer.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(50);
        assertThat(newcomer.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(10);
    }

    @Test
    void newOrdersDoNotTakeStockThatWaitingPreordersAreOwedBeforeTheReleaseIsRun() {
        WaitingShop launch = new WaitingShop(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit()))
                .announced("BOOK", Instant.parse("2026-03-02T00:00:00Z"), OptionalLong.empty());
        Order preorder = launch.oms.orders().place(order("P-1", line("BOOK", 3, "EUR 20.00"))).get();
        launch.receive("print-run", "BOOK", 4);
        launch.clock.set(Instant.parse("2026-03-02T00:00:00Z"));
        // Released, but nobody ran the release yet: 3 of the 4 copies are the pre-order's.
        Order newcomer = launch.oms.orders().place(order("W-1", line("BOOK", 2, "EUR 20.00"))).get();
        assertThat(newcomer.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(newcomer.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
        launch.oms.inbound().release(Sku.of("BOOK"), "launch").get();
        assertThat(launch.order(preorder.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
    }

    @Test
    void backordersBeyondTheLimitAreRefusedAndNothingIsStored() {
        var rejected = shop.oms.orders().place(order("W-BOOT", line("BOOT", 20_000, "EUR 90.00")));
        assertThat(rejected.getLeft().codes()).containsExactly(ProblemCode.BACKORDER_LIMIT_EXCEEDED);
        assertThat(Page.all(shop.oms.queries()::orderIds)).isEmpty();
        assertThat(shop.stock("BOOT").reserved()).isZero();

        Order within = shop.oms.orders().place(order("W-BOOT-2", line("BOOT", 17_000, "EUR 90.00"))).get();
        assertThat(within.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(5_000);
    }

    @Test
    void aBadReceiptNamesEveryProblemAndAddsNoStock() {
        var rejected = shop.oms.inbound().receiveStock(new StockReceipt("r-bad", Sku.of("SHOE"),
                LocationId.of("NOWHERE"), 0));
        assertThat(rejected.getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_LOCATION, ProblemCode.QUANTITY_NOT_POSITIVE);
        assertThat(shop.stock("SHOE").onHand()).isEqualTo(12_000);
    }

    /** Picks, packs and ships every allocated unit of line L1. */
    private Order shipAllocated(OrderId id, String tag) {
        Order order = shop.oms.warehouse().createPickLists(id).map(PickListsCreated::order).get();
        var list = order.pickLists().values().find(p -> p.open()).get();
        shop.oms.warehouse().confirmPicked(id, list.id()).get();
        long units = shop.order(id).line(L1).get().count(Bucket.PICKED, EAST);
        Order packed = shop.oms.warehouse().confirmPacked(id, PackRequest.of("pack-" + tag, EAST, List.of(new PackageItem(L1, units)))).map(Packed::order).get();
        return shop.oms.warehouse().ship(id, packed.packages().keySet().last(), "ground").map(Shipped::order).get();
    }

    @Test
    void stockAPausedStoreHoldsDoesNotLetANewOrderJumpTheBackorderQueue() {
        LocationId pausedStore = LocationId.of("A-PAUSED-STORE"); // sorts before the warehouses
        shop.adapters.inventory().addLocation(Location.of(pausedStore, "Closed store", LocationType.STORE, 0).withActive(false));
        shop.adapters.inventory().setStock(Sku.of("SHOE"), EAST, 0, "E-SHOE");
        Order waiting = shop.oms.orders().place(order("W-FIRST", line("SHOE", 2, "EUR 40.00"))).get();
        assertThat(waiting.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(2);

        // A stock count finds units at the warehouse and at the closed store without a receipt.
        shop.adapters.inventory().setStock(Sku.of("SHOE"), EAST, 2, "E-SHOE");
        shop.adapters.inventory().setStock(Sku.of("SHOE"), pausedStore, 5, "S-SHOE");
        Order later = shop.oms.orders().place(order("W-LATER", line("SHOE", 2, "EUR 40.00"))).get();

        assertThat(later.line(L1).get().count(Bucket.BACKORDERED))
                .as("the warehouse's units are owed to the earlier backorder; the closed store ships nothing").isEqualTo(2);
        assertThat(later.line(L1).get().count(Bucket.ALLOCATED, EAST)).isZero();
    }
}
