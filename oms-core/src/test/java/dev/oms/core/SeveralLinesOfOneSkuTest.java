// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.Shipped;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.order.PickList;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Several lines of one SKU in one order (one unit gift-wrapped, one not; two prices after a promotion), as
 * marketplaces send them: each line is routed, cancelled, waits and ships on its own.
 */
class SeveralLinesOfOneSkuTest {
    private static final LineId L1 = LineId.of("L1");
    private static final LineId L2 = LineId.of("L2");
    private static final Sku MUG = Sku.of("MUG");

    @Test
    void twoLinesOfOneSkuAreTakenPricedAndShippedEachOnItsOwn() {
        TestShop shop = new TestShop().stock("MUG", 2, 5);
        Order placed = shop.oms.orders().place(order("M-1", line("MUG", 2, "EUR 12.00"), line("MUG", 3, "EUR 9.00"))).get();

        assertThat(placed.lines().values().map(l -> l.sku())).containsExactly(MUG, MUG);
        assertThat(placed.line(L1).get().unitPrice()).isEqualTo(Money.parse("EUR 12.00"));
        assertThat(placed.line(L2).get().unitPrice()).isEqualTo(Money.parse("EUR 9.00"));
        assertThat(placed.payment().authorized()).isEqualTo(Money.parse("EUR 51.00"));
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED) + placed.line(L2).get().count(Bucket.ALLOCATED)).isEqualTo(5);
        assertThat(reserved(shop, EAST) + reserved(shop, WEST)).isEqualTo(5);

        Order cancelled = shop.oms.orders().cancel(placed.id(), CancelRequest.units("c-1", L2, 1, "changed mind"))
                .map(Cancelled::order).get();
        assertThat(cancelled.line(L2).get().count(Bucket.CANCELLED)).isEqualTo(1);
        assertThat(cancelled.line(L1).get().count(Bucket.CANCELLED)).isZero();
        assertThat(reserved(shop, EAST) + reserved(shop, WEST)).isEqualTo(4);

        Order listed = shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        for (PickList list : listed.pickLists().values()) {
            listed = shop.oms.warehouse().confirmPicked(placed.id(), list.id()).get();
        }
        Order packed = listed;
        for (var location : List.of(EAST, WEST)) {
            List<PackageItem> items = packed.lines().values().filter(l -> l.count(Bucket.PICKED, location) > 0)
                    .map(l -> new PackageItem(l.id(), l.count(Bucket.PICKED, location))).toJavaList();
            if (!items.isEmpty()) {
                packed = shop.oms.warehouse().confirmPacked(placed.id(), PackRequest.of("pack-" + location, location, items))
                        .map(Packed::order).get();
            }
        }
        Order shipped = packed;
        for (var pkg : packed.packages().keySet()) {
            shipped = shop.oms.warehouse().ship(placed.id(), pkg, "ground").map(Shipped::order).get();
        }
        assertThat(shipped.line(L1).get().count(Bucket.SHIPPED)).isEqualTo(2);
        assertThat(shipped.line(L2).get().count(Bucket.SHIPPED)).isEqualTo(2);
        assertThat(shop.adapters.inventory().stockAt(MUG, EAST).get().onHand()
                + shop.adapters.inventory().stockAt(MUG, WEST).get().onHand()).isEqualTo(3);
    }

    @Test
    void twoLinesOfOneAnnouncedSkuShareItsPreorderCap() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.none())
                .announced("LAMP", WaitingShop.START.plus(java.time.Duration.ofDays(10)), java.util.OptionalLong.of(3));

        assertThat(shop.oms.orders().place(order("L-1", line("LAMP", 2, "EUR 12.00"), line("LAMP", 2, "EUR 9.00"))).getLeft().codes())
                .as("4 units to pre-order under a cap of 3").containsExactly(ProblemCode.PREORDER_CAP_EXCEEDED);
        assertThat(shop.oms.orders().place(order("L-2", line("LAMP", 2, "EUR 12.00"), line("LAMP", 1, "EUR 9.00"))).get()
                .units(Bucket.PREORDERED)).isEqualTo(3);
    }

    @Test
    void twoLinesOfOneSkuShareItsBackorderLimit() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit().withLimit(3))))
                .product("MUG", 0);

        assertThat(shop.oms.orders().place(order("M-1", line("MUG", 2, "EUR 12.00"), line("MUG", 2, "EUR 9.00"))).getLeft().codes())
                .as("4 units to backorder under a limit of 3").contains(ProblemCode.BACKORDER_LIMIT_EXCEEDED);
        assertThat(shop.oms.orders().place(order("M-2", line("MUG", 2, "EUR 12.00"), line("MUG", 1, "EUR 9.00"))).get()
                .units(Bucket.BACKORDERED)).isEqualTo(3);
    }

    @Test
    void theSecondLineWaitsAndIsFilledOnItsOwn() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit())))
                .product("MUG", 3);
        Order placed = shop.oms.orders().place(order("M-2", line("MUG", 2, "EUR 12.00"), line("MUG", 2, "EUR 9.00"))).get();

        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, EAST) + placed.line(L2).get().count(Bucket.ALLOCATED, EAST))
                .isEqualTo(3);
        assertThat(placed.line(L1).get().count(Bucket.BACKORDERED) + placed.line(L2).get().count(Bucket.BACKORDERED))
                .isEqualTo(1);

        shop.receive("r-1", "MUG", 1);

        Order filled = shop.order(placed.id());
        assertThat(filled.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(filled.line(L2).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(shop.stock("MUG").reserved()).isEqualTo(4);
    }

    @Test
    void aCountTakesUnitsFromTheOrdersLastLineFirst() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit())))
                .product("MUG", 4);
        Order placed = shop.oms.orders().place(order("M-3", line("MUG", 2, "EUR 12.00"), line("MUG", 2, "EUR 9.00"))).get();

        Order settled = shop.oms.stocktaking().adjust(StockAdjustment.counted(MUG, EAST, 1), "count-1").get().ordersShort().get(0);

        assertThat(settled.id()).isEqualTo(placed.id());
        assertThat(settled.line(L2).get().count(Bucket.BACKORDERED)).isEqualTo(2);
        assertThat(settled.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(settled.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
        assertThat(shop.stock("MUG").reserved()).isEqualTo(1);
    }

    private static long reserved(TestShop shop, dev.oms.spi.value.LocationId location) {
        return shop.adapters.inventory().stockAt(MUG, location).get().reserved();
    }
}
