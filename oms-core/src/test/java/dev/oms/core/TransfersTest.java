// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.availability.AvailabilityQuery;
import dev.oms.core.availability.BackorderHeadroom;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.notification.Notification.Kind;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Stock in transit between locations: promised by date to orders short of stock (they wait at the destination),
 * never picked, and filling those orders first when it arrives.
 */
class TransfersTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku SHOE = Sku.of("SHOE");
    private static final LocalDate APRIL_1 = LocalDate.parse("2026-04-01");

    /** Shoes may wait only for stock on its way: no backorder beyond it. */
    private final WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(SHOE,
            BackorderTerms.allowedWithoutLimit().withLimit(0)))).product("SHOE", 0);

    @Test
    void unitsInTransitArePromisedByDateAndTheirArrivalFillsTheOrdersWaitingAtTheDestination() {
        shop.adapters.inventory().setStock(SHOE, WEST, 5, "W-1");
        StockTransfer transfer = new StockTransfer("T-1", SHOE, WEST, EAST, 5, APRIL_1);
        assertThat(shop.oms.transfers().send(transfer).get()).isEqualTo(transfer);
        assertThat(shop.oms.transfers().inTransit(SHOE)).containsExactly(transfer);

        Order waiting = shop.oms.orders().place(order("W-1", line("SHOE", 3, "EUR 40.00"))).get();

        assertThat(waiting.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(3);
        assertThat(WaitingUnits.waitsAt(waiting, L1)).contains(EAST);
        assertThat(shop.notifications(waiting.id(), Kind.UNITS_BACKORDERED).get(0).details())
                .containsEntry("expectedRestock", "2026-04-01");
        BackorderHeadroom promisable = shop.oms.storefront().availableToPromise(AvailabilityQuery.of(SHOE).forChannel(Channel.WEB))
                .backorderable().get();
        assertThat(promisable.left()).as("5 on their way, 3 promised").contains(2L);
        assertThat(promisable.expectedRestock()).contains(APRIL_1);
        assertThat(shop.oms.orders().place(order("W-2", line("SHOE", 3, "EUR 40.00"))).getLeft().codes())
                .containsExactly(ProblemCode.BACKORDER_LIMIT_EXCEEDED);

        assertThat(shop.oms.transfers().receive(SHOE, "T-1", 5).get()).extracting(Order::id).containsExactly(waiting.id());

        assertThat(shop.order(waiting.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
        assertThat(shop.stock("SHOE").available()).isEqualTo(2);
        assertThat(shop.oms.transfers().inTransit(SHOE)).isEmpty();
    }

    @Test
    void unitsOnTheirWayServeTheOrdersAlreadyWaitingBeforeTheyArePromisedToANewOne() {
        WaitingShop anywhere = new WaitingShop(BackorderPolicy.perSku(HashMap.of(SHOE, BackorderTerms.allowedWithoutLimit())))
                .product("SHOE", 0);
        Order older = anywhere.oms.orders().place(order("W-1", line("SHOE", 2, "EUR 40.00"))).get();
        // Stock found at the west warehouse (set up by hand, so it fills nobody) is sent east.
        anywhere.adapters.inventory().setStock(SHOE, WEST, 2, "W-1");
        anywhere.oms.transfers().send(new StockTransfer("T-1", SHOE, WEST, EAST, 2, APRIL_1)).get();

        Order newer = anywhere.oms.orders().place(order("W-2", line("SHOE", 1, "EUR 40.00"))).get();

        assertThat(WaitingUnits.waitsAt(newer, L1)).as("the 2 on their way are the older order's").isEmpty();
        anywhere.oms.transfers().receive(SHOE, "T-1", 2).get();
        assertThat(anywhere.order(older.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(anywhere.order(newer.id()).line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
    }

    @Test
    void onlyFreeUnitsCanBeSentAndATransferIsReceivedOnce() {
        shop.adapters.inventory().setStock(SHOE, WEST, 2, "W-1");

        assertThat(shop.oms.transfers().send(new StockTransfer("T-1", SHOE, WEST, EAST, 3, APRIL_1)).getLeft().codes())
                .containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(shop.oms.transfers().send(new StockTransfer("T-2", SHOE, WEST, dev.oms.spi.value.LocationId.of("NOWHERE"),
                1, APRIL_1)).getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_LOCATION);
        shop.oms.transfers().send(new StockTransfer("T-3", SHOE, WEST, EAST, 2, APRIL_1)).get();
        assertThat(shop.oms.transfers().send(new StockTransfer("T-3", SHOE, WEST, EAST, 1, APRIL_1)).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);

        assertThat(shop.oms.transfers().receive(SHOE, "T-3", 3).getLeft().codes()).containsExactly(ProblemCode.QUANTITY_TOO_LARGE);
        assertThat(shop.oms.transfers().receive(SHOE, "T-3", 2).get()).isEmpty();
        assertThat(shop.oms.transfers().receive(SHOE, "T-3", 2).getLeft().codes()).containsExactly(ProblemCode.NOTHING_TO_DO);
        assertThat(shop.stock("SHOE").onHand()).isEqualTo(2);
    }
}
