// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.StockReceipt;
import dev.oms.core.availability.AvailabilityQuery;
import dev.oms.core.availability.BackorderHeadroom;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.notification.Notification.Kind;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Backorder terms per SKU, location and channel: units wait at the location whose terms take them (earliest
 * expected date first), count against its limit only, and that location's receipts fill them first.
 */
class BackordersAtLocationsTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku SHOE = Sku.of("SHOE");
    private static final LocalDate APRIL_1 = LocalDate.parse("2026-04-01");
    private static final LocalDate APRIL_10 = LocalDate.parse("2026-04-10");

    /** West expects stock sooner but takes only 2 units; east takes 10; marketplace orders may not wait at all. */
    private static final BackorderPolicy TERMS = BackorderPolicy.perLocation((sku, location, channel) -> {
        if (channel.equals(Channel.MARKETPLACE)) {
            return Option.none();
        }
        return location.equals(WEST) ? Option.some(BackorderTerms.allowedWithoutLimit().withLimit(2).expectedOn(APRIL_1))
                : Option.some(BackorderTerms.allowedWithoutLimit().withLimit(10).expectedOn(APRIL_10));
    });

    private final WaitingShop shop = new WaitingShop(TERMS).product("SHOE", 0);

    @Test
    void unitsWaitWhereStockIsExpectedFirstAndEachLocationsReceiptFillsItsOwnQueueFirst() {
        Order older = shop.oms.orders().place(order("W-OLD", line("SHOE", 2, "EUR 40.00"))).get();
        Order newer = shop.oms.orders().place(order("W-NEW", line("SHOE", 3, "EUR 40.00"))).get();

        assertThat(WaitingUnits.waitsAt(older, L1)).as("west expects stock first").contains(WEST);
        assertThat(WaitingUnits.waitsAt(newer, L1)).as("west's limit of 2 is taken").contains(EAST);
        assertThat(shop.notifications(older.id(), Kind.UNITS_BACKORDERED).get(0).details())
                .containsEntry("expectedRestock", "2026-04-01");
        assertThat(shop.notifications(newer.id(), Kind.UNITS_BACKORDERED).get(0).details())
                .containsEntry("expectedRestock", "2026-04-10");
        assertThat(shop.adapters.orders().waitingFor(SHOE)).extracting(WaitingLine::waitsAt)
                .containsExactly(Optional.of(WEST), Optional.of(EAST));

        receive("east-1", EAST, 3);
        assertThat(shop.order(newer.id()).line(L1).get().count(Bucket.ALLOCATED, EAST))
                .as("east's receipt serves east's queue, though the other order is older").isEqualTo(3);
        assertThat(shop.order(older.id()).line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(2);

        receive("west-1", WEST, 2);
        assertThat(shop.order(older.id()).line(L1).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(2);
        assertThat(shop.adapters.orders().waitingFor(SHOE)).isEmpty();
    }

    @Test
    void stockAtOneLocationStillFillsUnitsWaitingAtAnotherWhenNobodyWaitsThere() {
        Order waiting = shop.oms.orders().place(order("W-1", line("SHOE", 2, "EUR 40.00"))).get();
        assertThat(WaitingUnits.waitsAt(waiting, L1)).contains(WEST);

        receive("east-1", EAST, 5);

        assertThat(shop.order(waiting.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(shop.stock("SHOE").available()).isEqualTo(3);
    }

    @Test
    void eachLocationsLimitCountsTheUnitsWaitingThereAndARefusalNamesEveryLimit() {
        shop.oms.orders().place(order("W-1", line("SHOE", 2, "EUR 40.00"))).get();
        shop.oms.orders().place(order("W-2", line("SHOE", 10, "EUR 40.00"))).get();

        Either<Rejection, Order> refused = shop.oms.orders().place(order("W-3", line("SHOE", 1, "EUR 40.00")));

        assertThat(refused.getLeft().codes()).containsExactly(ProblemCode.BACKORDER_LIMIT_EXCEEDED);
        assertThat(refused.getLeft().problems().get(0).message())
                .contains(WEST + " has 2 backordered, limit 2").contains(EAST + " has 10 backordered, limit 10");
    }

    @Test
    void aChannelWithoutTermsAnywhereCannotBackorder() {
        PlaceOrder marketplace = PlaceOrder.builder().from(order("M-1", line("SHOE", 1, "EUR 40.00"))).channel(Channel.MARKETPLACE).build();

        Either<Rejection, Order> refused = shop.oms.orders().place(marketplace);

        assertThat(refused.getLeft().codes()).containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(shop.oms.orders().place(order("W-1", line("SHOE", 1, "EUR 40.00"))).isRight()).isTrue();
    }

    @Test
    void moreUnitsOfALineWaitWhereItsFirstUnitsWait() {
        Order placed = shop.oms.orders().place(order("W-1", line("SHOE", 1, "EUR 40.00"))).get();
        assertThat(WaitingUnits.waitsAt(placed, L1)).contains(WEST);
        receive("west-1", WEST, 1);
        shop.oms.orders().place(order("W-2", line("SHOE", 1, "EUR 40.00"))).get();

        assertThat(WaitingUnits.waitsAt(shop.order(placed.id()), L1)).as("filled: waits nowhere").isEmpty();
        assertThat(shop.oms.queries().find(shop.adapters.orders().waitingFor(SHOE).get(0).orderId()).get().externalId())
                .isEqualTo("W-2");
    }

    @Test
    void theStorefrontPromisesWhatEveryLocationsTermsLeaveForItsChannel() {
        BackorderHeadroom before = backorderable(Channel.WEB);
        assertThat(before.left()).contains(12L);
        assertThat(before.expectedRestock()).contains(APRIL_1);

        shop.oms.orders().place(order("W-1", line("SHOE", 2, "EUR 40.00"))).get();

        BackorderHeadroom after = backorderable(Channel.WEB);
        assertThat(after.left()).contains(10L);
        assertThat(after.expectedRestock()).as("west is full: east's date").contains(APRIL_10);
        assertThat(shop.oms.storefront().availableToPromise(AvailabilityQuery.of(SHOE).forChannel(Channel.MARKETPLACE))
                .backorderable()).isEmpty();
    }

    /** A restock reads the stock once per fill, not once per unit waiting where nothing is left. */
    @Test
    void manyOrdersWaitingWhereNothingIsLeftCostARestockNoExtraStockReads() {
        BackorderPolicy westOnly = BackorderPolicy.perLocation((sku, location, channel) -> location.equals(WEST)
                ? Option.some(BackorderTerms.allowedWithoutLimit()) : Option.none());
        WaitingShop counted = new WaitingShop(westOnly).product("SHOE", 0);
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        dev.oms.spi.inventory.InventoryStore counting = new dev.oms.spi.inventory.ForwardingInventoryStore(counted.adapters.inventory()) {
            @Override public java.util.List<dev.oms.spi.inventory.StockLevel> stockOf(Sku sku) {
                reads.incrementAndGet();
                return super.stockOf(sku);
            }
        };
        dev.oms.spi.Ports real = counted.adapters.ports(counted.clock);
        dev.oms.core.application.OrderManagement oms = dev.oms.core.application.OrderManagement.builder()
                .ports(new dev.oms.spi.Ports(real.orders(), counting, real.payments(), real.carrier(), real.notifications(),
                        real.catalog(), real.ids(), real.clock())).backorderPolicy(westOnly).build();
        for (int i = 0; i < 50; i++) {
            oms.orders().place(order("W-" + i, line("SHOE", 1, "EUR 40.00"))).get();
        }

        reads.set(0);
        oms.inbound().receiveStock(new StockReceipt("east-1", SHOE, EAST, 1)).get();

        assertThat(counted.adapters.orders().waitingFor(SHOE)).hasSize(49);
        assertThat(reads.get()).as("stock reads for one receipt with 50 orders waiting at the west warehouse").isLessThan(15);
    }

    private BackorderHeadroom backorderable(Channel channel) {
        return shop.oms.storefront().availableToPromise(AvailabilityQuery.of(SHOE).forChannel(channel)).backorderable().get();
    }

    private void receive(String key, LocationId location, long units) {
        shop.oms.inbound().receiveStock(new StockReceipt(key, SHOE, location, units)).get();
    }
}
