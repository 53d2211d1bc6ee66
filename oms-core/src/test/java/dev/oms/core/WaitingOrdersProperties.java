// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.event.CancellationEvent;
import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.spi.event.IndentEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.WaitingEvent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.Order;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;

/**
 * Pre-orders, backorders, indent orders and in-stock orders mixed, under random interleavings of
 * placements, receipts, the release, supplier answers, goods received against purchases, shipments and
 * cancellations. After every step: conservation, no oversell, the inventory's
 * reservations match what the orders hold, and no unit is left pending. Each receipt and release also
 * checks the queue (design invariant 3): entries are filled strictly in queue order, and the queue of a
 * released SKU is only left waiting when no stock is left; each placement checks that a new order never
 * takes stock the queue is waiting for; each goods receipt against a purchase checks that its units go
 * to that purchase's order and nobody else's (design invariant 4).
 */
class WaitingOrdersProperties {

    @Property
    void waitingOrdersKeepEveryInvariant(@ForAll("chains") ActionChain<World> chain) {
        World world = chain.withInvariant("conservation", WaitingOrdersProperties::conservation)
                .withInvariant("no oversell", WaitingOrdersProperties::noOversell)
                .withInvariant("reservations match the orders", WaitingOrdersProperties::reservationsMatch)
                .withInvariant("stock on hand is accounted for", WaitingOrdersProperties::stockAccounted)
                .withInvariant("nothing left pending", WaitingOrdersProperties::nothingPending)
                .withInvariant("no stock left ring-fenced", WaitingOrdersProperties::ringFencesSettled)
                .run();
        coverage(world);
    }

    /**
     * The same interleavings with backorder terms per location ({@link World#LOCATED_BACKORDERS}): besides every
     * invariant above, no location ever holds more units waiting than its limit, and each receipt serves the units
     * waiting at its location first (checked by the receipts themselves).
     */
    @Property
    void backordersAtLocationsKeepEveryInvariantAndEachLocationsLimit(@ForAll("locatedBackorders") ActionChain<World> chain) {
        World world = chain.withInvariant("conservation", WaitingOrdersProperties::conservation)
                .withInvariant("no oversell", WaitingOrdersProperties::noOversell)
                .withInvariant("reservations match the orders", WaitingOrdersProperties::reservationsMatch)
                .withInvariant("nothing left pending", WaitingOrdersProperties::nothingPending)
                .withInvariant("stock on hand is accounted for", WaitingOrdersProperties::stockAccounted)
                .withInvariant("each location's backorder limit", WaitingOrdersProperties::locationLimitsHold)
                .run();
        // Transfers take a share of the steps, and stock sent away leaves less to fill from: floors of their own
        // (seen over 1,000 histories: ships 84%, fills 35%, cancels 62%, purchases 20%, waits at a location 30%).
        Coverage.of(world.adapters.orders(), world.orders)
                .require("ships a package", Coverage.event(FulfilmentEvent.PackageShipped.class), 70)
                .require("fills waiting units", Coverage.event(WaitingEvent.WaitingUnitsFilled.class), 25)
                .require("cancels units", Coverage.event(CancellationEvent.UnitsCancelled.class), 50)
                .require("receives goods against a purchase", Coverage.event(IndentEvent.PurchaseGoodsReceived.class), 10)
                .require("backorders units at a location", events -> events.stream().anyMatch(e ->
                        e instanceof WaitingEvent.UnitsBackordered b && b.waitsAt().isPresent()), 20);
    }

    /** The same interleavings with pre-orders charged at placement: money stays exact through prepayments and refunds. */
    @Property
    void preordersChargedAtPlacementAreChargedOnceAndRefundedAtMostOnce(
            @ForAll("chargedAtPlacement") ActionChain<World> chain) {
        World world = chain.withInvariant("conservation", WaitingOrdersProperties::conservation)
                .withInvariant("reservations match the orders", WaitingOrdersProperties::reservationsMatch)
                .withInvariant("nothing left pending", WaitingOrdersProperties::nothingPending)
                .withInvariant("prepaid money is exact", PrepaidMoney::holds)
                .run();
        coverage(world)
                .require("prepays a pre-order", Coverage.event(PaymentEvent.PreorderPrepaid.class), 50)
                .require("refunds a prepayment", Coverage.event(PaymentEvent.PaymentRefunded.class), 25);
    }

    /** A run fails when too few of its histories ship, fill waiting units, cancel, or receive goods against a purchase. */
    private static Coverage coverage(World world) {
        return Coverage.of(world.adapters.orders(), world.orders)
                .require("ships a package", Coverage.event(FulfilmentEvent.PackageShipped.class), 70)
                .require("fills waiting units", Coverage.event(WaitingEvent.WaitingUnitsFilled.class), 35)
                .require("cancels units", Coverage.event(CancellationEvent.UnitsCancelled.class), 55)
                .require("receives goods against a purchase", Coverage.event(IndentEvent.PurchaseGoodsReceived.class), 10);
    }

    @Provide
    Arbitrary<ActionChain<World>> chains() {
        return actions(ActionChain.startWith(World::new)).withAction(2, new OrderActions.PlacePreorderWithStockItem());
    }

    @Provide
    Arbitrary<ActionChain<World>> locatedBackorders() {
        return actions(ActionChain.startWith(() -> new World(PreorderPaymentPolicy.defaults(), World.LOCATED_BACKORDERS)))
                .withAction(2, new TransferActions.Send()).withAction(2, new TransferActions.Receive());
    }

    @Provide
    Arbitrary<ActionChain<World>> chargedAtPlacement() {
        return actions(ActionChain.startWith(() -> new World(PreorderPaymentPolicy.chargeAtPlacement())))
                .withAction(2, new OrderActions.PlacePreorderWithStockItem());
    }

    private static ActionChainArbitrary<World> actions(ActionChainArbitrary<World> start) {
        return start
                .withAction(4, new OrderActions.PlaceWaitingSku())
                .withAction(3, new OrderActions.Receive())
                .withAction(1, new OrderActions.Release())
                .withAction(2, new OrderActions.ShipAllocated())
                .withAction(2, new OrderActions.CancelWaiting())
                .withAction(2, new OrderActions.SupplierAnswers())
                .withAction(2, new OrderActions.GoodsArrive())
                .withMaxTransformations(ChainLength.orDefault(20));
    }

    // --- invariants -----------------------------------------------------------------------------

    private static void conservation(World world) {
        for (OrderId id : world.orders) {
            assertThat(WorldInvariants.conservation(world.adapters.orders().load(id).get(), world.order(id)))
                    .as("conservation of %s", id).isEmpty();
        }
    }

    private static void noOversell(World world) {
        for (Sku sku : World.WAITING_SKUS) {
            for (StockLevel level : world.adapters.inventory().stockOf(sku)) {
                assertThat(level.reserved() + level.ringFenced()).as("promised %s", level).isLessThanOrEqualTo(level.onHand());
            }
        }
    }

    /**
     * Units waiting at a location stay within its limit plus the units on their way there: stock in transit is
     * promised beyond the host's terms, and a transfer received short may leave some of them waiting on.
     */
    private static void locationLimitsHold(World world) {
        for (LocationId location : World.LOCATIONS) {
            long comingOrCame = world.oms.transfers().inTransit(World.ON_SALE).stream().filter(t -> t.to().equals(location))
                    .mapToLong(StockTransfer::quantity).sum() + world.transferredTo.getOrDefault(location, 0L);
            long waiting = world.allOrders().stream().flatMap(o -> o.lines().values().toJavaStream()
                            .filter(l -> l.sku().equals(World.ON_SALE) && WaitingUnits.waitsAt(o, l.id()).contains(location))
                            .map(l -> l.count(Bucket.BACKORDERED)))
                    .mapToLong(Long::longValue).sum();
            assertThat(waiting).as("units of %s waiting at %s", World.ON_SALE, location)
                    .isLessThanOrEqualTo(World.LOCATED_LIMITS.get(location).get() + comingOrCame);
        }
    }

    private static void reservationsMatch(World world) {
        for (Sku sku : World.WAITING_SKUS) {
            for (LocationId location : World.LOCATIONS) {
                assertThat(world.stock(sku, location).reserved()).as("reserved %s at %s", sku, location)
                        .isEqualTo(world.held(sku, location));
            }
        }
    }

    private static void stockAccounted(World world) {
        for (Sku sku : World.WAITING_SKUS) {
            for (LocationId location : World.LOCATIONS) {
                assertThat(world.stock(sku, location).onHand()).as("on hand %s at %s", sku, location)
                        .isEqualTo(world.stockIn.get(World.key(sku, location)) - world.consumed(sku, location));
            }
        }
    }

    private static void nothingPending(World world) {
        for (Order order : world.allOrders()) {
            assertThat(order.units(Bucket.PENDING)).as("pending units of %s", order.id()).isZero();
            assertThat(order.reservationInFlight()).as("reservation of %s", order.id()).isEmpty();
        }
    }

    private static void ringFencesSettled(World world) {
        for (Sku sku : World.WAITING_SKUS) {
            for (LocationId location : World.LOCATIONS) {
                assertThat(world.stock(sku, location).ringFenced()).as("ring-fenced %s at %s", sku, location).isZero();
            }
        }
        for (Order order : world.allOrders()) {
            assertThat(order.ringFencesOwed()).as("ring-fences owed by %s", order.id()).isEmpty();
        }
    }
}
