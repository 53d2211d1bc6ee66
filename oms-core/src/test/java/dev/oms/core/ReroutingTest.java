// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.core.application.PickListsCreated;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.event.AllocationEvent.UnitsDeallocated;
import dev.oms.spi.Ports;
import dev.oms.spi.inventory.ForwardingInventoryStore;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A location cannot fulfil after all: only its units move, the rest of the order stays as it is. */
class ReroutingTest {
    private static final LineId L1 = LineId.of("L1");
    private static final LineId L2 = LineId.of("L2");

    @Test
    void reroutingMovesOnlyTheFailedLocationsUnits() {
        TestShop shop = new TestShop().stock("A", 3, 5).stock("C", 0, 4);
        Order placed = shop.oms.orders().place(order("R-1", line("A", 2, "EUR 10.00"), line("C", 1, "EUR 5.00"))).get();
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(placed.line(L2).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(1);

        Order rerouted = shop.oms.sourcing().reroute(placed.id(), EAST, "count-1", "stock count came up short").get();

        assertThat(rerouted.line(L1).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(2);
        assertThat(rerouted.line(L1).get().count(Bucket.ALLOCATED, EAST)).isZero();
        assertThat(rerouted.line(L2).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(1);
        assertThat(stock(shop, "A", EAST).reserved()).isZero();
        assertThat(stock(shop, "A", WEST).reserved()).isEqualTo(2);
        assertThat(stock(shop, "C", WEST).reserved()).isEqualTo(1);
        assertThat(rerouted.releasesOwed()).isEmpty();
        assertThat(rerouted.payment().authorized()).isEqualTo(placed.payment().authorized());
        // One decision: A's units leave EAST and are asked of WEST; line L2 is not named at all.
        assertThat(rerouted.handled("host/reroute:count-1").get()).containsExactly(
                new UnitsDeallocated(ReleaseId.of(placed.id() + "-R" + placed.version()), L1, EAST, 2, "stock count came up short"),
                new ReservationRequested(placed.reservationAttempts() + 1, java.util.List.of(new Reservation(L1, Sku.of("A"), WEST, 2))));
        assertThat(shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get().pickLists().values().map(p -> p.location()))
                .containsExactly(WEST);
    }

    @Test
    void reroutingALocationHoldingNothingOfTheOrderIsRefusedAndChangesNothing() {
        TestShop shop = new TestShop().stock("A", 3, 5);
        Order placed = shop.oms.orders().place(order("R-2", line("A", 2, "EUR 10.00"))).get();

        Either<Rejection, Order> refused = shop.oms.sourcing().reroute(placed.id(), WEST, "count-1", "store closed");

        assertThat(refused.getLeft().problems()).extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.NOTHING_TO_DO, "failedLocation"));
        assertThat(shop.oms.queries().find(placed.id()).get().version()).isEqualTo(placed.version());
        assertThat(stock(shop, "A", EAST).reserved()).isEqualTo(2);
        assertThat(shop.oms.sourcing().reroute(placed.id(), LocationId.of("NOWHERE"), "count-2", "store closed").getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.UNKNOWN_LOCATION);
    }

    @Test
    void unitsOnAPickListOrPickedStayWhereTheyAre() {
        TestShop shop = new TestShop().stock("A", 3, 5);
        Order placed = shop.oms.orders().place(order("R-3", line("A", 2, "EUR 10.00"))).get();
        Order listed = shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();

        Either<Rejection, Order> onList = shop.oms.sourcing().reroute(placed.id(), EAST, "count-1", "stock count came up short");
        assertThat(onList.getLeft().problems()).extracting(Problem::code).containsExactly(ProblemCode.NOTHING_TO_DO);
        assertThat(onList.getLeft().problems().head().message()).contains("2 allocated (2 on open pick lists)");
        assertThat(shop.oms.queries().find(placed.id()).get().version()).isEqualTo(listed.version());

        shop.oms.warehouse().confirmPicked(placed.id(), listed.pickLists().keySet().head()).get();
        Either<Rejection, Order> picked = shop.oms.sourcing().reroute(placed.id(), EAST, "count-2", "stock count came up short");
        assertThat(picked.getLeft().problems().head().message()).contains("2 picked");
        assertThat(stock(shop, "A", EAST).reserved()).isEqualTo(2);
        assertThat(stock(shop, "A", WEST).reserved()).isZero();
    }

    @Test
    void unitsOnAPickListStayWhileTheUnlistedOnesMove() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(Sku.of("SHOE"), BackorderTerms.allowedWithoutLimit())))
                .product("SHOE", 5);
        Order placed = shop.oms.orders().place(order("R-4", line("SHOE", 8, "EUR 40.00"))).get();
        shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        shop.receive("receipt-1", "SHOE", 3);
        assertThat(shop.order(placed.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(8);

        Order rerouted = shop.oms.sourcing().reroute(placed.id(), EAST, "count-1", "stock count came up short").get();

        // The 5 on the pick list stay; the 3 filled later have nowhere else to go, and the policy backorders them.
        assertThat(rerouted.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(5);
        assertThat(rerouted.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(3);
        assertThat(shop.stock("SHOE").reserved()).isEqualTo(5);
    }

    @Test
    void repeatingARerouteChangesNothing() {
        TestShop shop = new TestShop().stock("A", 3, 5);
        Order placed = shop.oms.orders().place(order("R-5", line("A", 2, "EUR 10.00"))).get();
        Order first = shop.oms.sourcing().reroute(placed.id(), EAST, "count-1", "stock count came up short").get();

        Order again = shop.oms.sourcing().reroute(placed.id(), EAST, "count-1", "stock count came up short").get();

        assertThat(again.version()).isEqualTo(first.version());
        assertThat(again.line(L1).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(2);
        assertThat(stock(shop, "A", WEST).reserved()).isEqualTo(2);
        assertThat(stock(shop, "A", EAST).reserved()).isZero();
        // A new key finds nothing left at the failed location.
        assertThat(shop.oms.sourcing().reroute(placed.id(), EAST, "count-2", "again").getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.NOTHING_TO_DO);
    }

    @Test
    void stockShortElsewhereRefusesTheRerouteWithoutBackorders() {
        TestShop shop = new TestShop().stock("A", 3, 1);
        Order placed = shop.oms.orders().place(order("R-6", line("A", 2, "EUR 10.00"))).get();

        Either<Rejection, Order> refused = shop.oms.sourcing().reroute(placed.id(), EAST, "count-1", "stock count came up short");

        assertThat(refused.getLeft().problems()).extracting(Problem::code, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemCode.INSUFFICIENT_STOCK, "lines[L1]"));
        Order after = shop.oms.queries().find(placed.id()).get();
        assertThat(after.version()).isEqualTo(placed.version());
        assertThat(after.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(stock(shop, "A", EAST).reserved()).isEqualTo(2);
        assertThat(stock(shop, "A", WEST).reserved()).isZero();
    }

    @Test
    void stockShortElsewhereBackordersWhereThePolicyAllows() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(Sku.of("SHOE"), BackorderTerms.allowedWithoutLimit())))
                .product("SHOE", 5);
        Order placed = shop.oms.orders().place(order("R-7", line("SHOE", 3, "EUR 40.00"))).get();

        Order rerouted = shop.oms.sourcing().reroute(placed.id(), EAST, "count-1", "store closed").get();

        assertThat(rerouted.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(3);
        assertThat(shop.stock("SHOE").reserved()).isZero();
        assertThat(rerouted.payment().authorized()).isEqualTo(Money.parse("EUR 120.00"));
        // A later receipt fills the backorder like any other, from stock anywhere but the location that failed it.
        shop.oms.inbound().receiveStock(new StockReceipt("receipt-1", Sku.of("SHOE"), WEST, 3)).get();
        assertThat(shop.order(placed.id()).line(L1).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(3);
    }

    @Test
    void aFillNeverSendsARoutedAwayOrderBackToTheLocationThatFailedIt() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(Sku.of("SHOE"), BackorderTerms.allowedWithoutLimit())))
                .product("SHOE", 5);
        Order placed = shop.oms.orders().place(order("R-9", line("SHOE", 3, "EUR 40.00"))).get();
        Order rerouted = shop.oms.sourcing().reroute(placed.id(), EAST, "count-1", "stock count came up short").get();
        assertThat(rerouted.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(3);

        // A receipt elsewhere triggers a fill of the SKU's queue while the failed location still shows stock.
        shop.oms.inbound().receiveStock(new StockReceipt("receipt-1", Sku.of("SHOE"), WEST, 1)).get();

        Order filled = shop.order(placed.id());
        assertThat(filled.line(L1).get().count(Bucket.ALLOCATED, EAST)).as("units at the failed location").isZero();
        assertThat(filled.line(L1).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(1);
        assertThat(filled.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(2);
    }

    @Test
    void aReleaseLostToAnInventoryOutageIsOwedAndDoneOnceOnResume() {
        TestShop stocked = new TestShop().stock("A", 3, 5);
        FailingRelease inventory = new FailingRelease(stocked.adapters.inventory());
        Ports real = stocked.adapters.ports(TestShop.CLOCK);
        OrderManagement oms = OrderManagement.using(new Ports(real.orders(), inventory, real.payments(), real.carrier(),
                real.notifications(), real.catalog(), real.ids(), real.clock()));
        Order placed = oms.orders().place(order("R-8", line("A", 2, "EUR 10.00"))).get();

        inventory.failing = true;
        Order rerouted = oms.sourcing().reroute(placed.id(), EAST, "count-1", "stock count came up short").get();

        assertThat(rerouted.line(L1).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(2);
        assertThat(rerouted.releasesOwed().values().flatMap(m -> m))
                .containsExactly(new StockMovement(Sku.of("A"), EAST, 2));
        assertThat(stock(stocked, "A", EAST).reserved()).isEqualTo(2);

        inventory.failing = false;
        Order resumed = oms.recovery().resume(placed.id()).get();
        oms.recovery().resume(placed.id());

        assertThat(resumed.releasesOwed()).isEmpty();
        assertThat(stock(stocked, "A", EAST).reserved()).isZero();
        assertThat(stock(stocked, "A", WEST).reserved()).isEqualTo(2);
        assertThat(inventory.releaseKeys).containsExactly(placed.id() + ":release:" + placed.id() + "-R" + placed.version());
    }

    /** The host's inventory, whose release fails while {@link #failing}; remembers the keys of releases that went through. */
    private static final class FailingRelease extends ForwardingInventoryStore {
        private final java.util.List<String> releaseKeys = new java.util.ArrayList<>();
        private boolean failing;

        FailingRelease(InventoryStore inventory) {
            super(inventory);
        }

        @Override
        public void release(String operationKey, java.util.List<StockMovement> movements) {
            if (failing) {
                throw new IllegalStateException("inventory unreachable");
            }
            delegate().release(operationKey, movements);
            releaseKeys.add(operationKey);
        }
    }

    private static StockLevel stock(TestShop shop, String sku, LocationId location) {
        return shop.adapters.inventory().stockAt(Sku.of(sku), location).get();
    }
}
