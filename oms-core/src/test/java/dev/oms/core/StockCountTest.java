// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.AdjustmentReport;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.stockloss.StockLossPolicy;
import dev.oms.core.stockloss.StockLossResponse;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.AdjustmentReason;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import org.junit.jupiter.api.Test;

/** Stock counts and other adjustments: reality wins, the newest orders give their units up, the policy settles them. */
class StockCountTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku MUG = Sku.of("MUG");
    private static final java.time.LocalDate APRIL_10 = java.time.LocalDate.parse("2026-04-10");

    @Test
    void aCycleCountFindsTwoOfFiveReservedUnitsMissingAndTheNewestOrderIsBackordered() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit())))
                .product("MUG", 5);
        Order oldest = shop.oms.orders().place(order("C-1", line("MUG", 3, "EUR 8.00"))).get();
        shop.clock.advance(java.time.Duration.ofMinutes(5));
        Order newest = shop.oms.orders().place(order("C-2", line("MUG", 2, "EUR 8.00"))).get();
        assertThat(shop.stock("MUG").reserved()).isEqualTo(5);

        AdjustmentReport report = shop.oms.stocktaking().adjust(StockAdjustment.counted(MUG, EAST, 3), "count-1").get();

        assertThat(report.stock().shortfall()).isEqualTo(2);
        assertThat(report.ordersShort()).extracting(Order::id).containsExactly(newest.id());
        assertThat(report.unsettled()).isZero();
        assertThat(shop.order(oldest.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
        assertThat(shop.order(newest.id()).line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(2);
        assertThat(shop.order(newest.id()).line(L1).get().count(Bucket.ALLOCATED)).isZero();
        assertThat(shop.stock("MUG")).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(3L, 3L);
        assertThat(shop.notifications(newest.id(), Notification.Kind.UNITS_BACKORDERED)).hasSize(1);
        assertThat(shop.notifications(oldest.id(), Notification.Kind.UNITS_BACKORDERED)).isEmpty();

        // Units found later go to the order that lost its units, as to any waiting order.
        AdjustmentReport found = shop.oms.stocktaking()
                .adjust(new StockAdjustment(MUG, EAST, AdjustmentReason.FOUND, 2), "found-1").get();
        assertThat(found.ordersFilled()).extracting(Order::id).containsExactly(newest.id());
        assertThat(shop.order(newest.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(shop.stock("MUG")).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(5L, 5L);
    }

    @Test
    void unitsLostWaitAtTheirLocationUnderItsTermsAndTheCustomerIsToldItsDate() {
        BackorderPolicy eastOnly = BackorderPolicy.perLocation((sku, location, channel) -> location.equals(EAST)
                ? io.vavr.control.Option.some(BackorderTerms.allowedWithoutLimit().withLimit(0).expectedOn(APRIL_10))
                : io.vavr.control.Option.none());
        WaitingShop shop = new WaitingShop(eastOnly).product("MUG", 5);
        OrderManagement oms = OrderManagement.builder().ports(shop.adapters.ports(shop.clock)).backorderPolicy(eastOnly)
                .stockLossPolicy(StockLossPolicy.always(StockLossResponse.BACKORDER)).build();
        Order placed = oms.orders().place(order("C-1", line("MUG", 5, "EUR 8.00"))).get();

        oms.stocktaking().adjust(StockAdjustment.counted(MUG, EAST, 3), "count-1").get();

        Order lost = oms.queries().find(placed.id()).get();
        assertThat(lost.line(L1).get().count(Bucket.BACKORDERED)).as("beyond a limit of 0: reality wins").isEqualTo(2);
        assertThat(dev.oms.core.restock.WaitingUnits.waitsAt(lost, L1)).contains(EAST);
        assertThat(shop.notifications(placed.id(), Notification.Kind.UNITS_BACKORDERED).get(0).details())
                .containsEntry("expectedRestock", "2026-04-10");
    }

    @Test
    void theNewestOrderGivesUpOnlyWhatIsMissing() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit())))
                .product("MUG", 5);
        Order oldest = shop.oms.orders().place(order("C-1", line("MUG", 3, "EUR 8.00"))).get();
        shop.clock.advance(java.time.Duration.ofMinutes(5));
        Order newest = shop.oms.orders().place(order("C-2", line("MUG", 2, "EUR 8.00"))).get();

        shop.oms.stocktaking().adjust(new StockAdjustment(MUG, EAST, AdjustmentReason.DAMAGE, 1), "damage-1").get();

        assertThat(shop.order(newest.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(shop.order(newest.id()).line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
        assertThat(shop.order(oldest.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
        assertThat(shop.stock("MUG")).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(4L, 4L);
    }

    @Test
    void lostUnitsAreRoutedToAnotherLocationThatHasThem() {
        TestShop shop = new TestShop().stock("A", 3, 5);
        Order placed = shop.oms.orders().place(order("R-1", line("A", 2, "EUR 10.00"))).get();
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);

        AdjustmentReport report = shop.oms.stocktaking().adjust(StockAdjustment.counted(Sku.of("A"), EAST, 0), "count-1").get();

        Order rerouted = report.ordersShort().get(0);
        assertThat(rerouted.line(L1).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(2);
        assertThat(level(shop, "A", EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(0L, 0L);
        assertThat(level(shop, "A", WEST).reserved()).isEqualTo(2);
        assertThat(rerouted.releasesOwed()).isEmpty();
    }

    @Test
    void lostUnitsThatCannotWaitAnywhereAreCancelledAndTheCustomerIsTold() {
        TestShop shop = new TestShop().stock("A", 3, 0);
        Order placed = shop.oms.orders().place(order("R-1", line("A", 2, "EUR 10.00"))).get();

        Order settled = shop.oms.stocktaking().adjust(StockAdjustment.counted(Sku.of("A"), EAST, 1), "count-1").get()
                .ordersShort().get(0);

        assertThat(settled.line(L1).get().count(Bucket.CANCELLED)).isEqualTo(1);
        assertThat(settled.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(level(shop, "A", EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(1L, 1L);
        assertThat(shop.adapters.notifications().delivered()).anyMatch(n -> n.orderId().equals(placed.id())
                && n.kind() == Notification.Kind.ORDER_CANCELLED);
    }

    @Test
    void aPolicyMayHoldTheOrderForAPerson() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit())));
        OrderManagement oms = OrderManagement.builder().ports(shop.adapters.ports(shop.clock))
                .backorderPolicy(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit())))
                .stockLossPolicy(StockLossPolicy.always(StockLossResponse.HOLD_FOR_REVIEW)).build();
        shop.product("MUG", 4);
        Order placed = oms.orders().place(order("H-1", line("MUG", 4, "EUR 8.00"))).get();

        Order held = oms.stocktaking().adjust(new StockAdjustment(MUG, EAST, AdjustmentReason.SHRINKAGE, 1), "shrink-1").get()
                .ordersShort().get(0);

        assertThat(held.approvals().isOpen(ApprovalReason.STOCK_SHORTAGE)).isTrue();
        assertThat(held.status()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(held.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
        assertThat(oms.warehouse().createPickLists(placed.id()).getLeft().problems()).extracting(Problem::code)
                .containsExactly(ProblemCode.ON_APPROVAL_HOLD);
    }

    @Test
    void unitsOnAPickListAreNotTakenAndTheShortfallIsReportedUnsettled() {
        TestShop shop = new TestShop().stock("A", 3, 0);
        Order placed = shop.oms.orders().place(order("P-1", line("A", 2, "EUR 10.00"))).get();
        shop.oms.warehouse().createPickLists(placed.id()).get();

        AdjustmentReport report = shop.oms.stocktaking().adjust(StockAdjustment.counted(Sku.of("A"), EAST, 0), "count-1").get();

        assertThat(report.ordersShort()).isEmpty();
        assertThat(report.unsettled()).isEqualTo(2);
        assertThat(shop.oms.queries().find(placed.id()).get().line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(level(shop, "A", EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(0L, 2L);
    }

    @Test
    void repeatingTheKeyChangesNothingAndAReusedKeyOrUnknownLocationIsRefused() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit())))
                .product("MUG", 5);
        Order placed = shop.oms.orders().place(order("C-1", line("MUG", 5, "EUR 8.00"))).get();
        AdjustmentReport first = shop.oms.stocktaking().adjust(StockAdjustment.counted(MUG, EAST, 3), "count-1").get();
        long version = shop.order(placed.id()).version();

        AdjustmentReport again = shop.oms.stocktaking().adjust(StockAdjustment.counted(MUG, EAST, 3), "count-1").get();

        assertThat(again.stock()).isEqualTo(first.stock());
        assertThat(again.ordersShort()).isEmpty();
        assertThat(shop.order(placed.id()).version()).isEqualTo(version);
        assertThat(shop.stock("MUG")).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(3L, 3L);
        assertThat(shop.oms.stocktaking().adjust(StockAdjustment.counted(MUG, EAST, 2), "count-1").getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(shop.oms.stocktaking().adjust(StockAdjustment.counted(MUG, LocationId.of("NOWHERE"), 2), "count-2")
                .getLeft().problems()).extracting(Problem::code).containsExactly(ProblemCode.UNKNOWN_LOCATION);
        assertThat(shop.stock("MUG").onHand()).isEqualTo(3);
    }

    private static StockLevel level(TestShop shop, String sku, LocationId location) {
        return shop.adapters.inventory().stockAt(Sku.of(sku), location).get();
    }
}
