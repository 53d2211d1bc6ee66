// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.order.Page;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PurchaseReceipt;
import dev.oms.core.application.Shipped;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.PickList;
import dev.oms.core.order.Purchase;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/** The steps of {@link OmsCommandArbitraries#chains}: each drawn from the world as it stands, each through the facade. */
final class OmsActions {
    private OmsActions() {}

    /** Places an order of any kind; a rejected placement must store nothing (invariant 6). */
    static final class Place implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return world.catalogue().stream().anyMatch(p -> !OmsCommandArbitraries.kinds(p,
                    world.available().getOrDefault(p.sku(), 0L), world.backorderable(), world.clock().instant()).isEmpty());
        }

        @Override public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            return OmsCommandArbitraries.placeOrders(world).map(command -> Transformer.mutate("place " + describe(command), w -> place(w, command)));
        }

        private static void place(OmsWorld world, PlaceOrder generated) {
            world.step("place " + describe(generated));
            world.clock().advance(Duration.ofMinutes(1)); // distinct placement times rank the restock queues
            PlaceOrder command = PlaceOrder.builder().from(generated).externalId(world.nextKey("X")).build();
            int storedBefore = Page.all(world.oms().queries()::orderIds).size();
            Either<Rejection, Order> placed = world.oms().orders().place(command);
            if (placed.isRight()) {
                world.placed(placed.get().id());
                return;
            }
            // Stock that ran out between planning and reserving leaves the order stored as cancelled, for the audit trail.
            for (OrderId stored : Page.all(world.oms().queries()::orderIds).subList(storedBefore, Page.all(world.oms().queries()::orderIds).size())) {
                if (!order(world, stored).isFullyCancelled()) {
                    world.found(List.of("rejected placement " + command.externalId() + " stored live order " + stored
                            + ": " + placed.getLeft()));
                }
            }
        }

        private static String describe(PlaceOrder command) {
            return command.lines().stream().map(l -> l.quantity() + " " + l.sku()).toList() + " on " + command.channel()
                    + command.pickup().map(p -> " collected at " + p.store() + (p.transferAllowed() ? " (transfer)" : "")).orElse("");
        }
    }

    /**
     * Takes an order that has something to pick, pack, ship or deliver as far as pick, pack, ship or
     * deliver. Offered only for such orders, and every step it takes must be accepted: a refusal is a
     * violation, so a sequence cannot pass by never getting anything out of the door.
     */
    static final class Fulfil implements Action.Dependent<OmsWorld> {
        private enum Stage { PICK, PACK, SHIP, DELIVER }

        @Override
        public boolean precondition(OmsWorld world) {
            return !inProgress(world).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            return Combinators.combine(Arbitraries.of(inProgress(world)), Arbitraries.of(Stage.class))
                    .as((id, stage) -> Transformer.mutate(stage.name().toLowerCase() + " " + id, w -> {
                        // A shrunk history may have dropped what this order had to fulfil: discard it, not a failure.
                        Assume.that(inProgress(w).contains(id));
                        fulfil(w, id, stage);
                    }));
        }

        /** Orders not held for approval with units to put on a pick list (payment cleared), a pick list to confirm, units to pack, or a package to ship or deliver. */
        private static List<OrderId> inProgress(OmsWorld world) {
            return world.currentOrders().stream().filter(o -> !o.approvals().held()).filter(o -> toList(world, o) || o.pickLists().values().exists(p -> p.open())
                    || o.units(Bucket.PICKED) > 0 || o.packages().values().exists(p -> p.state() == OrderPackage.State.PACKED
                            || p.state() == OrderPackage.State.SHIPPED)).map(Order::id).toList();
        }

        private static boolean toList(OmsWorld world, Order order) {
            return order.paymentCleared() && order.lines().keySet().exists(line ->
                    world.stockingLocations().stream().anyMatch(location -> dev.oms.core.fulfilment.Fulfillable.units(order, line, location) > 0));
        }

        private static void fulfil(OmsWorld world, OrderId id, Stage stage) {
            world.step(stage + " " + id);
            if (toList(world, order(world, id))) {
                accepted(world, "pick lists for " + id, world.oms().warehouse().createPickLists(id).map(PickListsCreated::order));
            }
            for (PickList list : order(world, id).pickLists().values().filter(p -> p.open())) {
                accepted(world, "picked " + list.id(), world.oms().warehouse().confirmPicked(id, list.id()));
            }
            if (stage == Stage.PICK) {
                return;
            }
            for (LocationId location : world.stockingLocations()) {
                List<PackageItem> picked = order(world, id).lines().values().filter(l -> l.count(Bucket.PICKED, location) > 0)
                        .map(l -> new PackageItem(l.id(), l.count(Bucket.PICKED, location))).toJavaList();
                if (!picked.isEmpty()) {
                    accepted(world, "pack " + picked + " at " + location, world.oms().warehouse().confirmPacked(id,
                            PackRequest.of(world.nextKey("pack"), location, picked)).map(Packed::order));
                }
            }
            if (stage == Stage.PACK) {
                return;
            }
            for (OrderPackage pkg : order(world, id).packages().values().filter(p -> p.state() == OrderPackage.State.PACKED)) {
                accepted(world, "ship " + pkg.id(), world.oms().warehouse().ship(id, pkg.id(), "ground").map(Shipped::order));
            }
            if (stage == Stage.SHIP) {
                return;
            }
            for (OrderPackage pkg : order(world, id).packages().values().filter(p -> p.state() == OrderPackage.State.SHIPPED)) {
                accepted(world, "deliver " + pkg.id(), world.oms().warehouse().confirmDelivery(id, pkg.id()));
            }
        }

        private static void accepted(OmsWorld world, String step, Either<Rejection, Order> answer) {
            if (answer.isLeft()) {
                world.found(List.of(step + " refused: " + answer.getLeft()));
            }
        }
    }

    /**
     * Cancels a whole order or some units of a line. The stock freed goes to the SKUs' queues, so pre-order
     * priority is checked around it, over the other orders (the cancelled units leave the queue themselves).
     */
    static final class Cancel implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return !world.orders().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            return Arbitraries.of(world.orders()).flatMap(id -> {
                List<Line> lines = order(world, id).lines().values().toJavaList();
                return Combinators.combine(Arbitraries.of(lines), Arbitraries.longs().between(0, 3))
                        .as((line, units) -> Transformer.mutate("cancel " + (units == 0 ? "all of " + id : units + " of " + id + " " + line.id()),
                                w -> cancel(w, id, line, units)));
            });
        }

        private static void cancel(OmsWorld world, OrderId id, Line line, long units) {
            world.step("cancel " + units + " of " + id);
            CancelRequest request = units == 0
                    ? CancelRequest.wholeOrder(world.nextKey("cancel"), "changed mind")
                    : CancelRequest.units(world.nextKey("cancel"), line.id(), units, "fewer");
            List<Sku> skus = order(world, id).lines().values().map(Line::sku).distinct().toJavaList();
            List<Order> before = others(world, id);
            if (world.oms().orders().cancel(id, request).map(Cancelled::order).isRight()) {
                List<Order> after = others(world, id);
                skus.forEach(sku -> world.found(OrderInvariants.preorderPriority(sku, before, after)));
            }
        }

        static List<Order> others(OmsWorld world, OrderId id) {
            return world.currentOrders().stream().filter(o -> !o.id().equals(id)).toList();
        }
    }

    /** Receives stock of a catalogue SKU at a stocking location; the queue is filled in priority order. */
    static final class ReceiveStock implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return !world.stockingLocations().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            // Stock of an untracked SKU is never received: the world checks that its records never change.
            return Combinators.combine(Arbitraries.of(world.catalogue().stream().filter(Product::stockTracked).toList()),
                            Arbitraries.of(world.stockingLocations()),
                            Arbitraries.longs().between(1, 10))
                    .as((product, location, units) -> Transformer.mutate("receive " + units + " " + product.sku() + " at " + location,
                            w -> receive(w, product.sku(), location, units)));
        }

        private static void receive(OmsWorld world, Sku sku, LocationId location, long units) {
            world.step("receive " + units + " " + sku + " at " + location);
            List<Order> before = world.currentOrders();
            world.oms().inbound().receiveStock(new StockReceipt(world.nextKey("receipt"), sku, location, units)).get();
            world.found(OrderInvariants.preorderPriority(sku, location, before, world.currentOrders()));
        }
    }

    /** Moves the clock to an announced product's release date (unless past it) and releases it. */
    static final class Release implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return world.catalogue().stream().anyMatch(p -> p.releasesAt().isPresent());
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            List<Product> announced = world.catalogue().stream().filter(p -> p.releasesAt().isPresent()).toList();
            return Arbitraries.of(announced).map(product -> Transformer.mutate("release " + product.sku(), w -> release(w, product)));
        }

        private static void release(OmsWorld world, Product product) {
            world.step("release " + product.sku());
            if (world.clock().instant().isBefore(product.releasesAt().get())) {
                world.clock().set(product.releasesAt().get());
            }
            List<Order> before = world.currentOrders();
            world.oms().inbound().release(product.sku(), world.nextKey("release")).get();
            world.found(OrderInvariants.preorderPriority(product.sku(), before, world.currentOrders()));
        }
    }

    /** A supplier commits all, some or none of an indent purchase not answered yet. */
    static final class SupplierAnswers implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return purchases(world).stream().anyMatch(e -> !e.getValue().answered());
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            List<Map.Entry<OrderId, Purchase>> open = purchases(world).stream().filter(e -> !e.getValue().answered()).toList();
            return Arbitraries.of(open).flatMap(e -> Arbitraries.longs().between(0, e.getValue().requested()).map(units ->
                    Transformer.mutate("supplier commits " + units + " of " + e.getValue().id(), w -> {
                        w.step("supplier commits " + units + " of " + e.getValue().id());
                        w.oms().inbound().recordSupplierAnswer(e.getKey(), units == 0
                                ? SupplierConfirmation.rejected(e.getValue().id(), "none left")
                                : SupplierConfirmation.committed(e.getValue().id(), units, LocalDate.parse("2030-01-01"))).get();
                    })));
        }
    }

    /** Goods arrive against a committed purchase; they must go to its order and nobody else's (invariant 4). */
    static final class GoodsArrive implements Action.Dependent<OmsWorld> {
        @Override public boolean precondition(OmsWorld world) {
            return !world.stockingLocations().isEmpty() && purchases(world).stream().anyMatch(e -> e.getValue().awaitingGoods() > 0);
        }

        @Override public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            List<Map.Entry<OrderId, Purchase>> owed = purchases(world).stream().filter(e -> e.getValue().awaitingGoods() > 0).toList();
            // Goods for an order collected without transfer are received at its store (elsewhere they are refused).
            return Arbitraries.of(owed).flatMap(e -> Combinators.combine(Arbitraries.of(order(world, e.getKey()).pickup().filter(p -> !p.transferAllowed())
                            .map(p -> List.of(p.store())).getOrElse(world.stockingLocations())), Arbitraries.longs().between(1, 8))
                    .as((location, wanted) -> Transformer.mutate("goods for " + e.getValue().id() + " at " + location,
                            w -> receive(w, e.getKey(), e.getValue(), location, Math.min(wanted, e.getValue().awaitingGoods())))));
        }

        private static void receive(OmsWorld world, OrderId owner, Purchase purchase, LocationId location, long units) {
            world.step("receive " + units + " against " + purchase.id() + " at " + location);
            PurchaseReceipt receipt = new PurchaseReceipt(world.nextKey("GR"), purchase.id(), location, units);
            List<Order> before = world.currentOrders();
            world.oms().inbound().receivePurchase(owner, receipt).get();
            world.found(OrderInvariants.ringFence(owner, receipt, before, world.currentOrders()));
        }
    }

    private static List<Map.Entry<OrderId, Purchase>> purchases(OmsWorld world) {
        List<Map.Entry<OrderId, Purchase>> all = new ArrayList<>();
        for (Order order : world.currentOrders()) {
            order.purchases().values().forEach(p -> all.add(Map.entry(order.id(), p)));
        }
        return all;
    }

    private static Order order(OmsWorld world, OrderId id) {
        return world.oms().queries().find(id).get();
    }
}
