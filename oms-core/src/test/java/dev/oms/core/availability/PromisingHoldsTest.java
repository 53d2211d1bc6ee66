// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.routing.Destination;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.PromisedUnits;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Checkout holds that promise units without stock: pre-orders counted against the caps, and units beyond free
 * stock where backorders are allowed; the order that takes such a hold over gets the room it was promised.
 */
class PromisingHoldsTest {
    private static final LocationId EAST = LocationId.of("WH-EAST");
    private static final Sku MUG = Sku.of("MUG");
    private static final Sku LAMP = Sku.of("LAMP");
    private static final Sku KETTLE = Sku.of("KETTLE");
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private final SettableClock clock = new SettableClock(NOW);
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final OrderManagement oms;

    PromisingHoldsTest() {
        adapters.inventory().addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new Product(MUG, "Mug"));
        adapters.catalog().add(Product.announced(LAMP, "Lamp", NOW.plus(Duration.ofDays(10)), OptionalLong.of(3)));
        adapters.catalog().add(new Product(KETTLE, "Kettle"));
        adapters.inventory().setStock(MUG, EAST, 5, "E-MUG");
        adapters.inventory().setStock(KETTLE, EAST, 1, "E-KETTLE");
        oms = OrderManagement.builder().ports(adapters.ports(clock)).holds(adapters.holds())
                .backorderPolicy(BackorderPolicy.perSku(io.vavr.collection.HashMap.of(KETTLE, BackorderTerms.allowedWithoutLimit().withLimit(4)))).build();
    }

    @Test
    void aCartMixingAPreorderAndAnInStockItemIsHeldWholeAndItsOrderTakesTheHoldOver() {
        Hold hold = oms.storefront().placeHold(hold("cart", LAMP, 2, MUG, 1)).get();

        assertThat(hold.movements()).containsExactly(new StockMovement(MUG, EAST, 1));
        assertThat(hold.promised()).containsExactly(new PromisedUnits(LAMP, Bucket.PREORDERED, Channel.WEB, Optional.empty(), 2));
        Order order = oms.orders().place(withHold(TestShop.order("W-1", line(LAMP, 2), line(MUG, 1)), "cart")).get();

        assertThat(order.line(dev.oms.spi.value.LineId.of("L1")).get().count(Bucket.PREORDERED)).isEqualTo(2);
        assertThat(order.line(dev.oms.spi.value.LineId.of("L2")).get().count(Bucket.ALLOCATED)).isEqualTo(1);
        assertThat(adapters.holds().find(HoldId.of("cart")).get().state()).isEqualTo(HoldState.CONSUMED);
        assertThat(adapters.inventory().stockAt(MUG, EAST).get().reserved()).isEqualTo(1);
    }

    @Test
    void preorderedUnitsAHoldPromisesCountAgainstTheCapUntilItsOrderTakesThemOver() {
        oms.storefront().placeHold(hold("cart-a", LAMP, 2)).get();

        assertThat(oms.storefront().placeHold(hold("cart-b", LAMP, 2)).getLeft().codes()).containsExactly(ProblemCode.PREORDER_CAP_EXCEEDED);
        assertThat(oms.orders().place(TestShop.order("W-0", line(LAMP, 2))).getLeft().codes()).containsExactly(ProblemCode.PREORDER_CAP_EXCEEDED);
        assertThat(oms.storefront().availableToPromise(LAMP).preorderable().get().left()).contains(1L);
        assertThat(oms.storefront().availableToPromise(AvailabilityQuery.of(LAMP).excludingHolds(Set.of(HoldId.of("cart-a"))))
                .preorderable().get().left()).as("the asking checkout's own promise is its room").contains(3L);

        oms.orders().place(TestShop.order("W-1", line(LAMP, 1))).get();
        Order fromHold = oms.orders().place(withHold(TestShop.order("W-2", line(LAMP, 2)), "cart-a")).get();

        assertThat(fromHold.units(Bucket.PREORDERED)).as("the room the hold was promised").isEqualTo(2);
        assertThat(oms.storefront().availableToPromise(LAMP).preorderable().get().left()).contains(0L);
    }

    @Test
    void aPromiseTheOrderLeavesOrTheClockEndsGivesItsRoomBack() {
        oms.storefront().placeHold(hold("cart-a", LAMP, 2)).get();
        oms.storefront().placeHold(hold("cart-b", LAMP, 1)).get();

        oms.orders().place(withHold(TestShop.order("W-1", line(LAMP, 1)), "cart-a")).get();
        assertThat(adapters.holds().find(HoldId.of("cart-a")).get().promised()).extracting(PromisedUnits::quantity).containsExactly(1L);
        assertThat(oms.storefront().availableToPromise(LAMP).preorderable().get().left()).contains(1L);

        clock.advance(FIFTEEN_MINUTES.plusSeconds(1));
        assertThat(oms.orders().place(TestShop.order("W-2", line(LAMP, 2))).get().units(Bucket.PREORDERED)).isEqualTo(2);
    }

    @Test
    void aHoldBeyondFreeStockPromisesTheRestAsBackorderedWithinTheLimit() {
        Hold hold = oms.storefront().placeHold(hold("cart-a", KETTLE, 3)).get();

        assertThat(hold.movements()).containsExactly(new StockMovement(KETTLE, EAST, 1));
        assertThat(hold.promised()).containsExactly(new PromisedUnits(KETTLE, Bucket.BACKORDERED, Channel.WEB, Optional.empty(), 2));
        assertThat(oms.storefront().placeHold(hold("cart-b", KETTLE, 3)).getLeft().codes())
                .as("2 promised and 3 more would pass the limit of 4").containsExactly(ProblemCode.BACKORDER_LIMIT_EXCEEDED);
        assertThat(oms.orders().place(TestShop.order("W-0", line(KETTLE, 3))).getLeft().codes())
                .containsExactly(ProblemCode.BACKORDER_LIMIT_EXCEEDED);

        Order order = oms.orders().place(withHold(TestShop.order("W-1", line(KETTLE, 3)), "cart-a")).get();

        assertThat(order.units(Bucket.ALLOCATED)).isEqualTo(1);
        assertThat(order.units(Bucket.BACKORDERED)).isEqualTo(2);
        assertThat(oms.orders().place(TestShop.order("W-2", line(KETTLE, 2))).get().units(Bucket.BACKORDERED)).isEqualTo(2);
    }

    @Test
    void aSkuThatMayNotBeBackorderedIsStillRefusedBeyondFreeStock() {
        adapters.catalog().add(new Product(Sku.of("TOASTER"), "Toaster"));
        adapters.inventory().setStock(Sku.of("TOASTER"), EAST, 1, "E-TOASTER");

        assertThat(oms.storefront().placeHold(hold("cart", Sku.of("TOASTER"), 2)).getLeft().codes())
                .containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(adapters.inventory().stockAt(Sku.of("TOASTER"), EAST).get().reserved()).as("a refused hold reserves nothing").isZero();
    }

    @Test
    void changingAHoldPromisesMoreOrFewerWithinTheCap() {
        oms.storefront().placeHold(hold("cart", LAMP, 1)).get();

        Hold more = oms.storefront().changeHold("more", hold("cart", LAMP, 3)).get();
        assertThat(more.promised()).extracting(PromisedUnits::quantity).containsExactly(3L);
        assertThat(oms.storefront().placeHold(hold("other", LAMP, 1)).getLeft().codes()).containsExactly(ProblemCode.PREORDER_CAP_EXCEEDED);

        Hold fewer = oms.storefront().changeHold("fewer", hold("cart", LAMP, 2, MUG, 1)).get();
        assertThat(fewer.promised()).extracting(PromisedUnits::quantity).containsExactly(2L);
        assertThat(fewer.movements()).containsExactly(new StockMovement(MUG, EAST, 1));
        assertThat(oms.storefront().placeHold(hold("other", LAMP, 1)).get().promised()).hasSize(1);
        assertThat(oms.storefront().changeHold("too-many", hold("cart", LAMP, 3)).getLeft().codes())
                .containsExactly(ProblemCode.PREORDER_CAP_EXCEEDED);
    }

    @Test
    void aHoldAskedAgainWithItsUnitsAnswersTheSameHoldAndReleasingOneThatOnlyPromisesFreesItsRoom() {
        Hold first = oms.storefront().placeHold(hold("cart", LAMP, 3)).get();

        assertThat(oms.storefront().placeHold(hold("cart", LAMP, 3)).get()).isEqualTo(first);
        assertThat(oms.storefront().placeHold(hold("cart", LAMP, 2)).getLeft().codes()).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(oms.storefront().releaseHold(HoldId.of("cart")).get().state()).isEqualTo(HoldState.RELEASED);
        assertThat(oms.storefront().availableToPromise(LAMP).preorderable().get().left()).contains(3L);
        assertThat(adapters.holds().owingStock()).isEmpty();
    }

    private static HoldRequest hold(String id, Sku sku, long quantity) {
        return new HoldRequest(HoldId.of(id), List.of(new HoldRequest.Units(sku, quantity)), new Destination.ShipTo(TestShop.address()),
                Channel.WEB, FIFTEEN_MINUTES);
    }

    private static HoldRequest hold(String id, Sku sku, long quantity, Sku other, long otherQuantity) {
        return new HoldRequest(HoldId.of(id), List.of(new HoldRequest.Units(sku, quantity), new HoldRequest.Units(other, otherQuantity)),
                new Destination.ShipTo(TestShop.address()), Channel.WEB, FIFTEEN_MINUTES);
    }

    private static LineRequest line(Sku sku, long quantity) {
        return TestShop.line(sku.code(), quantity, "EUR 20.00");
    }

    private static PlaceOrder withHold(PlaceOrder order, String holdId) {
        return PlaceOrder.builder().from(order).hold(HoldId.of(holdId)).build();
    }
}
