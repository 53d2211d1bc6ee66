// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.core.TestShop;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageItem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade split by caller: what the composition root's builder refuses, and what commands answer they made. */
class FacadeServicesTest {

    @Test
    void buildingWithoutPortsNamesEveryMissingPort() {
        assertThatThrownBy(() -> OrderManagement.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContainingAll("orders", "inventory", "payments", "carrier", "notifications", "catalog", "ids", "clock");
    }

    @Test
    void buildingWithSomePortsNamesOnlyThoseMissing() {
        TestShop shop = new TestShop();
        assertThatThrownBy(() -> OrderManagement.builder().orders(shop.adapters.orders()).clock(TestShop.CLOCK).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inventory, payments, carrier, notifications, catalog, ids")
                .hasMessageNotContaining("orders,")
                .hasMessageNotContaining("clock");
    }

    @Test
    void packingAnswersThePackageItMadeAndARepeatAnswersTheSamePackage() {
        TestShop shop = new TestShop().stock("SHOE", 10, 0);
        Order picked = picked(shop);
        PackRequest request = PackRequest.of("pack-1", EAST, List.of(new PackageItem(LineId.of("L1"), 2)));

        Packed packed = shop.oms.warehouse().confirmPacked(picked.id(), request).get();

        assertThat(packed.order().packages().keySet()).containsExactly(packed.packageId());
        Packed again = shop.oms.warehouse().confirmPacked(picked.id(), request).get();
        assertThat(again.packageId()).isEqualTo(packed.packageId());
        assertThat(again.order().packages()).hasSize(1);
    }

    @Test
    void shippingAnswersThePackageAndTheLabelItTravelsUnder() {
        TestShop shop = new TestShop().stock("SHOE", 10, 0);
        Order picked = picked(shop);
        Packed packed = shop.oms.warehouse().confirmPacked(picked.id(),
                PackRequest.of("pack-1", EAST, List.of(new PackageItem(LineId.of("L1"), 2)))).get();

        Shipped shipped = shop.oms.warehouse().ship(picked.id(), packed.packageId(), "ground").get();

        assertThat(shipped.packageId()).isEqualTo(packed.packageId());
        assertThat(shipped.order().packages().get(packed.packageId()).get().label()).contains(shipped.label());
        assertThat(shipped.label().trackingNumber()).isNotBlank();
    }

    @Test
    void creatingPickListsAnswersTheListsItMadeOnePerLocation() {
        TestShop shop = new TestShop().stock("SHOE", 10, 0);
        Order placed = shop.oms.orders().place(order("W-1", line("SHOE", 2, "EUR 50.00"))).get();

        PickListsCreated lists = shop.oms.warehouse().createPickLists(placed.id()).get();

        assertThat(lists.pickListIds()).hasSize(1);
        assertThat(lists.order().pickLists().keySet()).containsExactlyElementsOf(lists.pickListIds());
        assertThat(lists.order().pickLists().get(lists.pickListIds().get(0)).get().location()).isEqualTo(EAST);
    }

    @Test
    void cancellingAnswersTheCancellationIdAndARepeatAnswersTheSameId() {
        TestShop shop = new TestShop().stock("SHOE", 10, 0);
        Order placed = shop.oms.orders().place(order("W-1", line("SHOE", 2, "EUR 50.00"))).get();
        CancelRequest request = CancelRequest.wholeOrder("cancel-1", "changed mind");

        Cancelled cancelled = shop.oms.orders().cancel(placed.id(), request).get();

        assertThat(cancelled.order().cancellationIds()).containsExactly(cancelled.cancellationId());
        assertThat(shop.oms.orders().cancel(placed.id(), request).get().cancellationId()).isEqualTo(cancelled.cancellationId());
    }

    @Test
    void aStockReceiptAtAnUnknownLocationIsReportedAtItsLocation() {
        TestShop shop = new TestShop().stock("SHOE", 10, 0);
        var refused = shop.oms.inbound().receiveStock(new StockReceipt("r-1", dev.oms.spi.value.Sku.of("SHOE"),
                dev.oms.spi.value.LocationId.of("NOWHERE"), 0)).getLeft();
        assertThat(refused.problems().map(p -> p.code() + "@" + p.path()))
                .containsExactly(ProblemCode.UNKNOWN_LOCATION + "@location", ProblemCode.QUANTITY_NOT_POSITIVE + "@quantity");
    }

    private static Order picked(TestShop shop) {
        Order placed = shop.oms.orders().place(order("W-1", line("SHOE", 2, "EUR 50.00"))).get();
        Order picking = shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        return shop.oms.warehouse().confirmPicked(placed.id(), picking.pickLists().keySet().head()).get();
    }
}
