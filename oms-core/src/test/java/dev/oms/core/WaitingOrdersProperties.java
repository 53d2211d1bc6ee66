package dev.oms.core;

import dev.oms.core.application.Packed;
import dev.oms.core.application.Shipped;
import dev.oms.spi.event.CancellationEvent;
import dev.oms.spi.event.FulfilmentEvent;
import dev.oms.spi.event.IndentEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.WaitingEvent;

import static dev.oms.core.TestShop.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.PurchaseReceipt;
import dev.oms.core.order.Purchase;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.PickList;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashMap;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

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
    void waitingOrdersKeepEveryInvariant(@ForAll("chains") ActionChain<WaitingWorld> chain) {
        WaitingWorld world = chain.withInvariant("conservation", WaitingOrdersProperties::conservation)
                .withInvariant("no oversell", WaitingOrdersProperties::noOversell)
                .withInvariant("reservations match the orders", WaitingOrdersProperties::reservationsMatch)
                .withInvariant("stock on hand is accounted for", WaitingOrdersProperties::stockAccounted)
                .withInvariant("nothing left pending", WaitingOrdersProperties::nothingPending)
                .withInvariant("no stock left ring-fenced", WaitingOrdersProperties::ringFencesSettled)
                .run();
        coverage(world);
    }

    /** The same interleavings with pre-orders charged at placement: money stays exact through prepayments and refunds. */
    @Property
    void preordersChargedAtPlacementAreChargedOnceAndRefundedAtMostOnce(
            @ForAll("chargedAtPlacement") ActionChain<WaitingWorld> chain) {
        WaitingWorld world = chain.withInvariant("conservation", WaitingOrdersProperties::conservation)
                .withInvariant("reservations match the orders", WaitingOrdersProperties::reservationsMatch)
                .withInvariant("nothing left pending", WaitingOrdersProperties::nothingPending)
                .withInvariant("prepaid money is exact", PrepaidMoney::holds)
                .run();
        coverage(world)
                .require("prepays a pre-order", Coverage.event(PaymentEvent.PreorderPrepaid.class), 50)
                .require("refunds a prepayment", Coverage.event(PaymentEvent.PaymentRefunded.class), 25);
    }

    /** A run fails when too few of its histories ship, fill waiting units, cancel, or receive goods against a purchase. */
    private static Coverage coverage(WaitingWorld world) {
        return Coverage.of(world.adapters.orders(), world.orders)
                .require("ships a package", Coverage.event(FulfilmentEvent.PackageShipped.class), 70)
                .require("fills waiting units", Coverage.event(WaitingEvent.WaitingUnitsFilled.class), 35)
                .require("cancels units", Coverage.event(CancellationEvent.UnitsCancelled.class), 55)
                .require("receives goods against a purchase", Coverage.event(IndentEvent.PurchaseGoodsReceived.class), 10);
    }

    @Provide
    Arbitrary<ActionChain<WaitingWorld>> chains() {
        return actions(ActionChain.startWith(WaitingWorld::new)).withAction(2, new PlacePreorderWithStockItem());
    }

    @Provide
    Arbitrary<ActionChain<WaitingWorld>> chargedAtPlacement() {
        return actions(ActionChain.startWith(() -> new WaitingWorld(PreorderPaymentPolicy.chargeAtPlacement())))
                .withAction(2, new PlacePreorderWithStockItem());
    }

    private static ActionChainArbitrary<WaitingWorld> actions(ActionChainArbitrary<WaitingWorld> start) {
        return start
                .withAction(4, new Place())
                .withAction(3, new Receive())
                .withAction(1, new Release())
                .withAction(2, new Ship())
                .withAction(2, new Cancel())
                .withAction(2, new SupplierAnswers())
                .withAction(2, new GoodsArrive())
                .withMaxTransformations(ChainLength.orDefault(20));
    }

    // --- invariants -----------------------------------------------------------------------------

    private static void conservation(WaitingWorld world) {
        for (OrderId id : world.orders) {
            assertThat(WorldInvariants.conservation(world.adapters.orders().load(id).get(), world.order(id)))
                    .as("conservation of %s", id).isEmpty();
        }
    }

    private static void noOversell(WaitingWorld world) {
        for (Sku sku : WaitingWorld.SKUS) {
            for (StockLevel level : world.adapters.inventory().stockOf(sku)) {
                assertThat(level.reserved() + level.ringFenced()).as("promised %s", level).isLessThanOrEqualTo(level.onHand());
            }
        }
    }

    private static void reservationsMatch(WaitingWorld world) {
        for (Sku sku : WaitingWorld.SKUS) {
            for (LocationId location : WaitingWorld.LOCATIONS) {
                assertThat(world.stock(sku, location).reserved()).as("reserved %s at %s", sku, location)
                        .isEqualTo(world.held(sku, location));
            }
        }
    }

    private static void stockAccounted(WaitingWorld world) {
        for (Sku sku : WaitingWorld.SKUS) {
            for (LocationId location : WaitingWorld.LOCATIONS) {
                assertThat(world.stock(sku, location).onHand()).as("on hand %s at %s", sku, location)
                        .isEqualTo(world.stockIn.get(WaitingWorld.key(sku, location)) - world.consumed(sku, location));
            }
        }
    }

    private static void nothingPending(WaitingWorld world) {
        for (Order order : world.allOrders()) {
            assertThat(order.units(Bucket.PENDING)).as("pending units of %s", order.id()).isZero();
            assertThat(order.reservationInFlight()).as("reservation of %s", order.id()).isEmpty();
        }
    }

    private static void ringFencesSettled(WaitingWorld world) {
        for (Sku sku : WaitingWorld.SKUS) {
            for (LocationId location : WaitingWorld.LOCATIONS) {
                assertThat(world.stock(sku, location).ringFenced()).as("ring-fenced %s at %s", sku, location).isZero();
            }
        }
        for (Order order : world.allOrders()) {
            assertThat(order.ringFencesOwed()).as("ring-fences owed by %s", order.id()).isEmpty();
        }
    }

    /** Invariant 3 around one restock: filled strictly in queue order, and the queue waits only on empty shelves. */
    private static void filledInQueueOrder(WaitingWorld world, Sku sku, List<WaitingUnits> before) {
        boolean someoneShort = false;
        for (WaitingUnits entry : before) {
            long left = world.order(entry.orderId()).line(entry.lineId()).get().count(entry.bucket());
            long filled = entry.quantity() - left;
            if (someoneShort) {
                assertThat(filled).as("%s filled although an earlier entry is still short", entry).isZero();
            }
            someoneShort |= left > 0;
        }
        queueWaitsOnlyOnEmptyShelves(world, sku);
    }

    /** After stock arrived or was freed, a released SKU's queue waits only when no stock is left. */
    private static void queueWaitsOnlyOnEmptyShelves(WaitingWorld world, Sku sku) {
        boolean released = !world.clock.instant().isBefore(WaitingWorld.RELEASE) || !sku.equals(WaitingWorld.LAUNCH);
        if (released && !world.queue(sku).isEmpty()) {
            assertThat(world.available(sku)).as("stock of %s left while its queue waits", sku).isZero();
        }
    }

    // --- actions --------------------------------------------------------------------------------

    static final class Place implements Action.Independent<WaitingWorld> {
        @Override
        public Arbitrary<Transformer<WaitingWorld>> transformer() {
            return Combinators.combine(Arbitraries.of(WaitingWorld.SKUS), Arbitraries.longs().between(1, 8),
                            Arbitraries.of(Channel.WEB, Channel.MARKETPLACE))
                    .as((sku, quantity, channel) -> Transformer.mutate("place " + quantity + " " + sku + " on " + channel,
                            world -> place(world, sku, quantity, channel)));
        }

        private static void place(WaitingWorld world, Sku sku, long quantity, Channel channel) {
            long free = Math.max(0, world.available(sku) - world.queue(sku).stream().mapToLong(WaitingUnits::quantity).sum());
            world.clock.advance(Duration.ofMinutes(1)); // distinct placement times rank the queue
            String externalId = "X-" + (++world.placed);
            PlaceOrder command = PlaceOrder.builder().channel(channel).externalId(externalId)
                    .customer(CustomerRef.of("C-" + externalId)).shipTo(TestShop.address())
                    .paymentMethod(PaymentMethod.card("tok_ok")).lines(List.of(line(sku.code(), quantity, "EUR 10.00"))).build();
            int storedBefore = world.adapters.orders().orderIds().size();
            Either<Rejection, Order> result = world.oms.orders().place(command);
            if (result.isLeft()) {
                assertThat(result.getLeft().codes()).isSubsetOf(Set.of(ProblemCode.INSUFFICIENT_STOCK,
                        ProblemCode.PREORDER_CAP_EXCEEDED, ProblemCode.BACKORDER_LIMIT_EXCEEDED));
                assertThat(world.adapters.orders().orderIds()).hasSize(storedBefore);
                return;
            }
            Order order = result.get();
            world.orders.add(order.id());
            long allocated = order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, TestShop.EAST)
                    + order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, TestShop.WEST);
            assertThat(allocated).as("a new order took stock the queue waits for").isLessThanOrEqualTo(free);
        }
    }

    /**
     * A pre-order with a backorderable item on a second line: one order in two restock queues at once
     * (this found fills of two SKUs from one cancellation sharing an idempotency key). Only line L1 is ever
     * shipped, so the second line's authorisation stays open while the pre-order ships: a capture for the
     * prepaid units would find money to take.
     */
    static final class PlacePreorderWithStockItem implements Action.Independent<WaitingWorld> {
        @Override
        public Arbitrary<Transformer<WaitingWorld>> transformer() {
            return Arbitraries.longs().between(1, 4).map(quantity -> Transformer.mutate(
                    "place " + quantity + " " + WaitingWorld.LAUNCH + " with 1 " + WaitingWorld.ON_SALE, world -> {
                        world.clock.advance(Duration.ofMinutes(1));
                        String externalId = "X-" + (++world.placed);
                        PlaceOrder command = PlaceOrder.builder().channel(Channel.WEB).externalId(externalId)
                                .customer(CustomerRef.of("C-" + externalId)).shipTo(TestShop.address())
                                .paymentMethod(PaymentMethod.card("tok_ok"))
                                .lines(List.of(line(WaitingWorld.LAUNCH.code(), quantity, "EUR 10.00"),
                                        line(WaitingWorld.ON_SALE.code(), 1, "EUR 7.00")))
                                .build();
                        world.oms.orders().place(command).peek(order -> world.orders.add(order.id()));
                    }));
        }
    }

    static final class Receive implements Action.Independent<WaitingWorld> {
        @Override
        public Arbitrary<Transformer<WaitingWorld>> transformer() {
            return Combinators.combine(Arbitraries.of(WaitingWorld.SKUS), Arbitraries.of(WaitingWorld.LOCATIONS),
                            Arbitraries.longs().between(1, 10))
                    .as((sku, location, quantity) -> Transformer.mutate("receive " + quantity + " " + sku + " at " + location,
                            world -> {
                                List<WaitingUnits> before = world.queue(sku);
                                String key = "receipt-" + world.stockIn.size() + "-" + (++world.placed);
                                world.oms.inbound().receiveStock(new StockReceipt(key, sku, location, quantity)).get();
                                world.stockIn.merge(WaitingWorld.key(sku, location), quantity, Long::sum);
                                filledInQueueOrder(world, sku, before);
                            }));
        }
    }

    static final class Release implements Action.Independent<WaitingWorld> {
        @Override
        public Arbitrary<Transformer<WaitingWorld>> transformer() {
            return Arbitraries.just(Transformer.mutate("release " + WaitingWorld.LAUNCH, world -> {
                if (world.clock.instant().isBefore(WaitingWorld.RELEASE)) {
                    world.clock.set(WaitingWorld.RELEASE);
                }
                List<WaitingUnits> before = world.queue(WaitingWorld.LAUNCH);
                world.oms.inbound().release(WaitingWorld.LAUNCH, "release-" + (++world.placed)).get();
                filledInQueueOrder(world, WaitingWorld.LAUNCH, before);
            }));
        }
    }

    /** Ships what an order holds of line L1; offered only for an order that holds some, and it must all ship. */
    static final class Ship implements Action.Dependent<WaitingWorld> {
        @Override
        public boolean precondition(WaitingWorld world) {
            return !shippable(world).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<WaitingWorld>> transformer(WaitingWorld world) {
            return Arbitraries.of(shippable(world))
                    .map(id -> Transformer.mutate("ship what " + id + " holds", w -> {
                        // A shrunk history may have dropped what made the order shippable: discard it, not a failure.
                        Assume.that(shippable(w).contains(id));
                        ship(w, id);
                    }));
        }

        /** Orders whose payment is cleared and whose line L1 holds units allocated or picked at a location. */
        private static List<OrderId> shippable(WaitingWorld world) {
            return world.allOrders().stream().filter(Order::paymentCleared).filter(o -> toShip(o) > 0).map(Order::id).toList();
        }

        private static long toShip(Order order) {
            Line line = order.line(LineId.of("L1")).get();
            return WaitingWorld.LOCATIONS.stream()
                    .mapToLong(l -> line.count(Bucket.ALLOCATED, l) + line.count(Bucket.PICKED, l)).sum();
        }

        private static void ship(WaitingWorld world, OrderId id) {
            Order before = world.order(id);
            long shippedBefore = before.line(LineId.of("L1")).get().count(Bucket.SHIPPED);
            if (WaitingWorld.LOCATIONS.stream().anyMatch(l -> before.unlistedAllocated(LineId.of("L1"), l) > 0)) {
                Either<Rejection, Order> lists = world.oms.warehouse().createPickLists(id);
                assertThat(lists.isRight()).as("pick lists for %s: %s", id, lists).isTrue();
            }
            for (PickList list : world.order(id).pickLists().values().filter(p -> !p.picked())) {
                world.oms.warehouse().confirmPicked(id, list.id()).get();
            }
            for (LocationId location : WaitingWorld.LOCATIONS) {
                long picked = world.order(id).line(LineId.of("L1")).get().count(Bucket.PICKED, location);
                if (picked > 0) {
                    Order packed = world.oms.warehouse().confirmPacked(id, PackRequest.of("pack-" + (++world.placed), location,
                            List.of(new PackageItem(LineId.of("L1"), picked)))).map(Packed::order).get();
                    world.oms.warehouse().ship(id, packed.packages().keySet().last(), "ground").map(Shipped::order).get();
                }
            }
            assertThat(world.order(id).line(LineId.of("L1")).get().count(Bucket.SHIPPED))
                    .as("units of %s L1 shipped", id).isEqualTo(shippedBefore + toShip(before));
        }
    }

    static final class SupplierAnswers implements Action.Dependent<WaitingWorld> {
        @Override
        public boolean precondition(WaitingWorld world) {
            return world.purchases().stream().anyMatch(e -> !e.getValue().answered());
        }

        @Override
        public Arbitrary<Transformer<WaitingWorld>> transformer(WaitingWorld world) {
            List<Map.Entry<OrderId, Purchase>> open = world.purchases().stream().filter(e -> !e.getValue().answered()).toList();
            return Arbitraries.of(open).flatMap(e -> Arbitraries.longs().between(0, e.getValue().requested()).map(units ->
                    Transformer.mutate("supplier commits " + units + " of " + e.getValue().id(), w -> {
                        SupplierConfirmation answer = units == 0
                                ? SupplierConfirmation.rejected(e.getValue().id(), "none left")
                                : SupplierConfirmation.committed(e.getValue().id(), units, LocalDate.parse("2026-04-01"));
                        w.oms.inbound().recordSupplierAnswer(e.getKey(), answer).get();
                    })));
        }
    }

    /** Invariant 4: goods received against a purchase go to that purchase's order, and to nobody else. */
    static final class GoodsArrive implements Action.Dependent<WaitingWorld> {
        @Override
        public boolean precondition(WaitingWorld world) {
            return world.purchases().stream().anyMatch(e -> e.getValue().awaitingGoods() > 0);
        }

        @Override
        public Arbitrary<Transformer<WaitingWorld>> transformer(WaitingWorld world) {
            List<Map.Entry<OrderId, Purchase>> open = world.purchases().stream().filter(e -> e.getValue().awaitingGoods() > 0).toList();
            return Combinators.combine(Arbitraries.of(open), Arbitraries.of(WaitingWorld.LOCATIONS), Arbitraries.longs().between(1, 8))
                    .as((e, location, wanted) -> Transformer.mutate("receive " + wanted + " against " + e.getValue().id() + " at " + location,
                            w -> receive(w, e.getKey(), e.getValue(), location, Math.min(wanted, e.getValue().awaitingGoods()))));
        }

        private static void receive(WaitingWorld world, OrderId owner, Purchase purchase, LocationId location, long units) {
            Map<OrderId, Long> heldBefore = new HashMap<>();
            for (Order order : world.allOrders()) {
                heldBefore.put(order.id(), held(order, purchase.lineId(), purchase.sku(), location));
            }
            String key = "GR-" + (++world.placed);
            world.oms.inbound().receivePurchase(owner, new PurchaseReceipt(key, purchase.id(), location, units)).get();
            world.stockIn.merge(WaitingWorld.key(purchase.sku(), location), units, Long::sum);
            for (Order order : world.allOrders()) {
                long expected = heldBefore.get(order.id()) + (order.id().equals(owner) ? units : 0);
                assertThat(held(order, purchase.lineId(), purchase.sku(), location))
                        .as("units of %s held by %s after goods for %s arrived", purchase.sku(), order.id(), owner)
                        .isEqualTo(expected);
            }
        }

        private static long held(Order order, LineId lineId, Sku sku, LocationId location) {
            return order.lines().values().filter(l -> l.sku().equals(sku))
                    .map(l -> l.count(Bucket.ALLOCATED, location) + l.count(Bucket.PICKED, location) + l.count(Bucket.PACKED, location)
                            + l.count(Bucket.SHIPPED) + l.count(Bucket.DELIVERED))
                    .sum().longValue();
        }
    }

    static final class Cancel implements Action.Dependent<WaitingWorld> {
        @Override
        public boolean precondition(WaitingWorld world) {
            return !world.orders.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<WaitingWorld>> transformer(WaitingWorld world) {
            return Combinators.combine(Arbitraries.of(new ArrayList<>(world.orders)), Arbitraries.longs().between(0, 5))
                    .as((id, units) -> Transformer.mutate("cancel " + (units == 0 ? "all" : units) + " of " + id, w -> {
                        CancelRequest request = units == 0
                                ? CancelRequest.wholeOrder("cancel-" + (++w.placed), "changed mind")
                                : new CancelRequest("cancel-" + (++w.placed), Optional.of(LineId.of("L1")), Optional.of(units), "fewer");
                        if (w.oms.orders().cancel(id, request).isRight()) {
                            w.order(id).lines().values().forEach(l -> queueWaitsOnlyOnEmptyShelves(w, l.sku()));
                        }
                    }));
        }
    }
}
