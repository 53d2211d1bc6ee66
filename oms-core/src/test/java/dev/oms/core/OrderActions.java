// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.order.Page;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.Packed;
import dev.oms.core.application.ResumeReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Shipped;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.PickList;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;
import org.joda.money.Money;
import static dev.oms.core.TestShop.line;
import dev.oms.core.application.PurchaseReceipt;
import dev.oms.core.order.Purchase;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.order.Line;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.Sku;
import java.util.HashMap;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/**
 * The one action set of the stateful properties: the commands a host sends, as jqwik actions over the one
 * {@link World}; each property picks its mix. The order state machine's actions ({@link Place} to
 * {@link Replay}) issue one facade call with generated (sometimes wrong) arguments on {@link World#SKUS}
 * and check the promise every command makes: a rejection names a problem and leaves stock, orders,
 * payments, labels and notifications exactly as they were. The waiting-orders actions
 * ({@link PlaceWaitingSku} to {@link CancelWaiting}) act on {@link World#WAITING_SKUS} and check the
 * restock queue (design invariant 3) and the ring-fence (invariant 4) around the step they take.
 */
final class OrderActions {
    private OrderActions() {}

    private static final List<Money> PRICES = List.of(Money.parse("EUR 10.00"), Money.parse("EUR 25.50"), Money.parse("EUR 3.99"));

    /**
     * Issues a command; a rejection must store and send nothing: no order's version moves, no stock, payment,
     * label or notification changes, and the notification port is not even called; a carrier's refusal of a
     * label included. Keyed commands are remembered for replay.
     */
    static Either<Rejection, Order> issue(World world, String description, Supplier<Either<Rejection, Order>> command, boolean keyed) {
        Map<OrderId, Long> versions = world.versions();
        String sideEffectsBefore = world.sideEffects();
        Either<Rejection, Order> result = command.get();
        if (result.isLeft()) {
            assertThat(result.getLeft().problems()).isNotEmpty();
            if (result.getLeft().has(ProblemCode.CARRIER_UNAVAILABLE)) {
                world.carrierRefusals++;
            }
            assertThat(world.sideEffects()).as("rejected %s (%s) stored or sent something", description, result.getLeft())
                    .isEqualTo(sideEffectsBefore);
            for (Map.Entry<OrderId, Long> before : versions.entrySet()) {
                List<OrderCommit> stored = world.adapters.orders().load(before.getKey()).get().commits();
                List<OrderCommit> added = stored.subList(before.getValue().intValue(), stored.size());
                List<Class<?>> kinds = added.stream().flatMap(c -> c.events().stream()).<Class<?>>map(Object::getClass).toList();
                assertThat(kinds.isEmpty())
                        .as("rejected %s (%s) stored on %s: %s", description, result.getLeft(), before.getKey(), added).isTrue();
            }
        } else {
            if (!world.orders.contains(result.get().id())) {
                world.orders.add(result.get().id());
            }
            if (keyed) {
                world.lastKeyed = new World.Replayable(description, command, result.get().version());
            }
        }
        return result;
    }

    static final class Place implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            Arbitrary<List<LineRequest>> lines = Arbitraries.integers().between(0, World.SKUS.size() - 1).set().ofMinSize(1)
                    .flatMap(skus -> Combinators.combine(skus.stream()
                            .map(s -> Arbitraries.longs().between(1, 4).map(q -> new LineRequest(World.SKUS.get(s), q, PRICES.get(s))))
                            .toList()).as(ArrayList::new));
            Arbitrary<PaymentMethod> payment = Arbitraries.frequencyOf(
                    weighted(7, Arbitraries.just(PaymentMethod.card(World.GOOD_CARD))),
                    weighted(2, Arbitraries.just(PaymentMethod.card(World.BAD_CARD))),
                    weighted(2, Arbitraries.just(PaymentMethod.cashOnDelivery())));
            Arbitrary<String> externalId = Arbitraries.integers().between(1, 15).map(i -> "X" + i);
            Arbitrary<Channel> channel = Arbitraries.of(Channel.WEB, Channel.PHONE);
            return Combinators.combine(lines, payment, externalId, channel).as((l, p, x, c) -> {
                PlaceOrder command = PlaceOrder.builder().channel(c).externalId(x).customer(CustomerRef.of("C-" + x))
                        .shipTo(TestShop.address()).paymentMethod(p).lines(l).build();
                return Transformer.mutate("place " + c + "/" + x + " " + describe(l) + " by " + p,
                        w -> issue(w, "place " + x, () -> w.oms.orders().place(command), true));
            });
        }
    }

    static final class CreatePickLists extends OnSomeOrder {
        @Override
        boolean ready(Order order) {
            return order.paymentCleared() && order.lines().keySet().exists(line ->
                    World.LOCATIONS.stream().anyMatch(location -> order.unlistedAllocated(line, location) > 0));
        }

        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            return Arbitraries.just(Transformer.mutate("pick lists " + id,
                    w -> issue(w, "pick lists " + id, () -> w.oms.warehouse().createPickLists(id).map(PickListsCreated::order), false)));
        }
    }

    static final class ConfirmPicked extends OnSomeOrder {
        @Override
        boolean ready(Order order) {
            return order.pickLists().values().exists(list -> list.open());
        }

        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            List<PickListId> open = world.order(id).pickLists().values().filter(list -> list.open()).map(PickList::id).toJavaList();
            List<PickListId> lists = new ArrayList<>(world.order(id).pickLists().keySet().toJavaList());
            lists.add(PickListId.of(id + "-PL99")); // one that does not exist
            Arbitrary<PickListId> list = open.isEmpty() ? Arbitraries.of(lists)
                    : Arbitraries.frequencyOf(weighted(3, Arbitraries.of(open)), weighted(1, Arbitraries.of(lists)));
            return list.map(l -> Transformer.mutate("picked " + l,
                    w -> issue(w, "picked " + l, () -> w.oms.warehouse().confirmPicked(id, l), true)));
        }
    }

    /** Packs picked units, mostly where they were picked; sometimes more than is picked, or somewhere else, which must be refused. */
    static final class Pack extends OnSomeOrder {
        @Override
        boolean ready(Order order) {
            return order.units(Bucket.PICKED) > 0;
        }

        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            Order order = world.order(id);
            List<Tuple2<LineId, LocationId>> picked = new ArrayList<>();
            for (LineId line : order.lines().keySet()) {
                for (LocationId location : World.LOCATIONS) {
                    if (order.line(line).get().count(Bucket.PICKED, location) > 0) {
                        picked.add(Tuple.of(line, location));
                    }
                }
            }
            // Up to one more than is picked anywhere, so over-packing is tried and must be refused.
            Arbitrary<Tuple2<Tuple2<LineId, LocationId>, Long>> anywhere = Combinators.combine(
                    Arbitraries.of(order.lines().keySet().toJavaList()), Arbitraries.of(World.LOCATIONS),
                    Arbitraries.longs().between(1, 1 + order.units(Bucket.PICKED))).as((li, l, q) -> Tuple.of(Tuple.of(li, l), q));
            Arbitrary<Tuple2<Tuple2<LineId, LocationId>, Long>> what = picked.isEmpty() ? anywhere : Arbitraries.frequencyOf(
                    weighted(3, Arbitraries.of(picked).flatMap(at -> Arbitraries.longs()
                            .between(1, order.line(at.get1()).get().count(Bucket.PICKED, at.get2())).map(q -> Tuple.of(at, q)))),
                    weighted(1, anywhere));
            return Combinators.combine(what, Arbitraries.of(true, false)).as((w, g) -> {
                LineId li = w.get1().get1();
                LocationId l = w.get1().get2();
                long q = w.get2();
                String key = "pack-" + id + "-v" + order.version() + "-" + li + "x" + q + "@" + l;
                PackRequest request = new PackRequest(key, l, List.of(new PackageItem(li, q)), Optional.of("fragile"),
                        g ? Optional.of("Happy birthday") : Optional.empty());
                return Transformer.mutate("pack " + q + " of " + id + "/" + li + " at " + l,
                        world2 -> issue(world2, key, () -> world2.oms.warehouse().confirmPacked(id, request).map(Packed::order), true));
            });
        }
    }

    /** Ships a packed package by a service the carrier offers: accepted, and the package has left. */
    static final class Ship implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return !inState(world, OrderPackage.State.PACKED).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            return Combinators.combine(Arbitraries.of(inState(world, OrderPackage.State.PACKED)), Arbitraries.of("ground", "express"))
                    .as((pkg, service) -> onlyWhileIn(pkg, OrderPackage.State.PACKED, Transformer.mutate("ship " + pkg.get2() + " by " + service, w -> {
                        Either<Rejection, Order> shipped = issue(w, "ship " + pkg.get2(),
                                () -> w.oms.warehouse().ship(pkg.get1(), pkg.get2(), service).map(Shipped::order), true);
                        assertThat(shipped.isRight()).as("ship packed %s by %s: %s", pkg.get2(), service, shipped).isTrue();
                        assertThat(w.order(pkg.get1()).packages().get(pkg.get2()).get().isShipped()).as("%s shipped", pkg.get2()).isTrue();
                    })));
        }
    }

    /** Confirms delivery of a shipped package: accepted, and the package is delivered. */
    static final class Deliver implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return !inState(world, OrderPackage.State.SHIPPED).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            return Arbitraries.of(inState(world, OrderPackage.State.SHIPPED)).map(pkg -> onlyWhileIn(pkg, OrderPackage.State.SHIPPED,
                    Transformer.mutate("deliver " + pkg.get2(), w -> {
                Either<Rejection, Order> delivered = issue(w, "deliver " + pkg.get2(), () -> w.oms.warehouse().confirmDelivery(pkg.get1(), pkg.get2()), true);
                assertThat(delivered.isRight()).as("deliver shipped %s: %s", pkg.get2(), delivered).isTrue();
                assertThat(w.order(pkg.get1()).packages().get(pkg.get2()).get().state()).isEqualTo(OrderPackage.State.DELIVERED);
            })));
        }
    }

    /**
     * Ships or delivers what cannot be: a package that does not exist or is in the wrong state, or by a
     * service the carrier does not offer ("teleport"). Refused, and nothing changes ({@link #issue}).
     */
    static final class Misdirect extends OnSomeOrder {
        @Override
        boolean ready(Order order) {
            return order.packages().values().exists(p -> p.state() == OrderPackage.State.PACKED);
        }

        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            Order order = world.order(id);
            // Shipping or delivering a package again answers as before (the commands are idempotent): not wrong.
            List<PackageId> shippable = order.packages().values().filter(p -> p.state() == OrderPackage.State.PACKED)
                    .filter(p -> p.label().isEmpty() && p.labelRequested().isEmpty()).map(OrderPackage::id).toJavaList();
            List<PackageId> notShippable = List.of(PackageId.of(id + "-PK99")); // one that does not exist
            List<PackageId> notDeliverable = new ArrayList<>(order.packages().values()
                    .filter(p -> p.state() == OrderPackage.State.PACKED).map(OrderPackage::id).toJavaList());
            notDeliverable.add(PackageId.of(id + "-PK99"));
            List<Arbitrary<Transformer<World>>> wrong = new ArrayList<>();
            wrong.add(Combinators.combine(Arbitraries.of(notShippable), Arbitraries.of("ground", "teleport")).as((pkg, service) ->
                    Transformer.mutate("ship " + pkg + " by " + service, w -> refused(w, "ship " + pkg, () -> w.oms.warehouse().ship(id, pkg, service).map(Shipped::order)))));
            wrong.add(Arbitraries.of(notDeliverable).map(pkg -> Transformer.mutate("deliver " + pkg,
                    w -> refused(w, "deliver " + pkg, () -> w.oms.warehouse().confirmDelivery(id, pkg)))));
            if (!shippable.isEmpty()) {
                return Arbitraries.frequencyOf(weighted(2, Arbitraries.of(shippable).map(pkg -> Transformer.mutate("ship " + pkg + " by teleport",
                        w -> refused(w, "ship " + pkg + " by teleport", () -> w.oms.warehouse().ship(id, pkg, "teleport").map(Shipped::order))))),
                        weighted(1, Arbitraries.oneOf(wrong)));
            }
            return Arbitraries.oneOf(wrong);
        }

        private static void refused(World world, String description, Supplier<Either<Rejection, Order>> command) {
            Either<Rejection, Order> answer = issue(world, description, command, false);
            Statistics.label("misdirected").collect(answer.isLeft() ? "refused" : "accepted");
            assertThat(answer.isLeft()).as("%s accepted: %s", description, answer).isTrue();
        }
    }

    static final class Cancel extends OnSomeOrder {
        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            Order order = world.order(id);
            Arbitrary<CancelRequest> whole = Arbitraries.just(CancelRequest.wholeOrder("cancel-" + id + "-v" + order.version(), "changed mind"));
            Arbitrary<CancelRequest> someUnits = Combinators.combine(
                    Arbitraries.of(order.lines().keySet().toJavaList()), Arbitraries.longs().between(0, 4))
                    .as((line, q) -> CancelRequest.units("cancel-" + id + "-v" + order.version() + "-" + line + "x" + q, line, q, "too many"));
            return Arbitraries.oneOf(whole, someUnits).map(request -> Transformer.mutate("cancel " + id + " " + request,
                    w -> issue(w, "cancel " + id, () -> w.oms.orders().cancel(id, request).map(Cancelled::order), true)));
        }
    }

    static final class RetryPayment extends OnSomeOrder {
        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            String key = "retry-" + id + "-v" + world.order(id).version();
            return Arbitraries.of(World.GOOD_CARD, World.BAD_CARD).map(token -> Transformer.mutate("retry " + id + " with " + token,
                    w -> issue(w, key, () -> w.oms.payments().retry(id, key, Optional.of(PaymentMethod.card(token))), true)));
        }
    }

    static final class Allocate extends OnSomeOrder {
        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            return Arbitraries.just(Transformer.mutate("allocate " + id,
                    w -> issue(w, "allocate " + id, () -> w.oms.sourcing().allocate(id), false)));
        }
    }

    /**
     * A location cannot fulfil after all. Accepted, the order's units there that no pick list covers have
     * left it and nothing it holds elsewhere went back; refused, nothing changed ({@link #issue}).
     */
    static final class Reroute extends OnSomeOrder {
        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            long version = world.order(id).version();
            return Arbitraries.of(World.LOCATIONS).map(failed -> {
                String key = "reroute-" + id + "-v" + version + "@" + failed;
                return Transformer.mutate("reroute " + id + " away from " + failed, w -> {
                    Order before = w.order(id);
                    issue(w, key, () -> w.oms.sourcing().reroute(id, failed, key, "stock count came up short"), true);
                    Order after = w.order(id);
                    boolean moved = after.handled("host/reroute:" + key).isDefined() && after.version() > before.version();
                    Statistics.label("reroutes").collect(moved ? "moved units" : "refused");
                    if (moved) {
                        for (LineId line : after.lines().keySet()) {
                            assertThat(after.unlistedAllocated(line, failed)).as("%s %s left at %s", id, line, failed).isZero();
                            for (LocationId other : World.LOCATIONS) {
                                if (!other.equals(failed)) {
                                    assertThat(after.line(line).get().count(Bucket.ALLOCATED, other))
                                            .as("%s %s allocated at %s", id, line, other)
                                            .isGreaterThanOrEqualTo(before.line(line).get().count(Bucket.ALLOCATED, other));
                                }
                            }
                        }
                    }
                });
            });
        }
    }

    /** The payment or notification port starts failing, before or after doing its work. */
    static final class Outage implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.of(Flaky.Mode.values()))
                    .as((calls, mode) -> Transformer.mutate("outage of " + calls + " calls " + mode,
                            w -> w.flaky.failNext(calls, mode)));
        }
    }

    /** Ports recover and the host resumes every order: everything owed gets done, once. */
    static final class Recover implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.just(Transformer.mutate("recover and resume all", OrderActions::recover));
        }
    }

    /** The host sends its last keyed command again: same answer, nothing new (invariant 7). */
    static final class Replay implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return world.lastKeyed != null;
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            World.Replayable last = world.lastKeyed;
            return Arbitraries.just(Transformer.mutate("replay " + last.description(), w -> {
                recover(w);
                String before = w.footprint();
                Either<Rejection, Order> again = last.command().get();
                assertThat(again.isRight()).as("replayed %s: %s", last.description(), again).isTrue();
                assertThat(w.footprint()).as("replaying %s changed something", last.description()).isEqualTo(before);
            }));
        }
    }

    static void recover(World world) {
        world.flaky.heal();
        assertThat(world.oms.recovery().resumeAll()).as("orders still owing effects after recovery").returns(true, ResumeReport::settled);
        WorldInvariants.settled(world);
    }

    /**
     * An action on one of the orders placed so far: mostly one it would take further ({@link #ready}), so
     * that histories reach shipping and beyond, sometimes any order, so that the wrong ones are tried too.
     */
    abstract static class OnSomeOrder implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return !world.orders.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            List<OrderId> ready = world.allOrders().stream().filter(this::ready).map(Order::id).toList();
            Arbitrary<OrderId> order = ready.isEmpty() ? Arbitraries.of(world.orders)
                    : Arbitraries.frequencyOf(weighted(3, Arbitraries.of(ready)), weighted(1, Arbitraries.of(world.orders)));
            return order.flatMap(id -> on(world, id).map(step -> onlyWhilePlaced(id, step)));
        }

        /** Whether the action would take this order further; any order by default. */
        boolean ready(Order order) {
            return true;
        }

        abstract Arbitrary<Transformer<World>> on(World world, OrderId id);
    }

    /**
     * A step for an order drawn from the world it was generated in. Shrinking replays steps after dropping
     * earlier ones, so the order may no longer exist: such a candidate is discarded ({@link Assume}), not
     * reported as a failure of its own. Unshrunk, a step always runs in the world it was drawn from.
     */
    static Transformer<World> onlyWhilePlaced(OrderId id, Transformer<World> step) {
        return Transformer.transform(step.transformation(), w -> {
            Assume.that(w.orders.contains(id));
            return step.apply(w);
        });
    }

    /** Like {@link #onlyWhilePlaced}, for a step on a package that must still be in the state it was drawn in. */
    static Transformer<World> onlyWhileIn(Tuple2<OrderId, PackageId> pkg, OrderPackage.State state, Transformer<World> step) {
        return Transformer.transform(step.transformation(), w -> {
            Assume.that(w.orders.contains(pkg.get1())
                    && w.order(pkg.get1()).packages().get(pkg.get2()).exists(p -> p.state() == state));
            return step.apply(w);
        });
    }

    /** Every package of every order in the given state, with its order. */
    private static List<Tuple2<OrderId, PackageId>> inState(World world, OrderPackage.State state) {
        List<Tuple2<OrderId, PackageId>> found = new ArrayList<>();
        for (Order order : world.allOrders()) {
            order.packages().values().filter(p -> p.state() == state).forEach(p -> found.add(Tuple.of(order.id(), p.id())));
        }
        return found;
    }

    private static String describe(List<LineRequest> lines) {
        return lines.stream().map(l -> l.quantity() + "x" + l.sku()).toList().toString();
    }

    private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> value) {
        return Tuple.of(weight, value);
    }

    // --- the waiting-orders property's actions: waiting SKUs, receipts, the release, supplier answers ---

    static final class PlaceWaitingSku implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Combinators.combine(Arbitraries.of(World.WAITING_SKUS), Arbitraries.longs().between(1, 8),
                            Arbitraries.of(Channel.WEB, Channel.MARKETPLACE))
                    .as((sku, quantity, channel) -> Transformer.mutate("place " + quantity + " " + sku + " on " + channel,
                            world -> place(world, sku, quantity, channel)));
        }

        private static void place(World world, Sku sku, long quantity, Channel channel) {
            long free = Math.max(0, world.available(sku) - world.queue(sku).stream().mapToLong(WaitingUnits::quantity).sum());
            world.clock.advance(Duration.ofMinutes(1)); // distinct placement times rank the queue
            String externalId = "X-" + (++world.placed);
            PlaceOrder command = PlaceOrder.builder().channel(channel).externalId(externalId)
                    .customer(CustomerRef.of("C-" + externalId)).shipTo(TestShop.address())
                    .paymentMethod(PaymentMethod.card("tok_ok")).lines(List.of(line(sku.code(), quantity, "EUR 10.00"))).build();
            int storedBefore = Page.all(world.adapters.orders()::orderIds).size();
            Either<Rejection, Order> result = world.oms.orders().place(command);
            if (result.isLeft()) {
                assertThat(result.getLeft().codes()).isSubsetOf(Set.of(ProblemCode.INSUFFICIENT_STOCK,
                        ProblemCode.PREORDER_CAP_EXCEEDED, ProblemCode.BACKORDER_LIMIT_EXCEEDED));
                assertThat(Page.all(world.adapters.orders()::orderIds)).hasSize(storedBefore);
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
    static final class PlacePreorderWithStockItem implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.longs().between(1, 4).map(quantity -> Transformer.mutate(
                    "place " + quantity + " " + World.LAUNCH + " with 1 " + World.ON_SALE, world -> {
                        world.clock.advance(Duration.ofMinutes(1));
                        String externalId = "X-" + (++world.placed);
                        PlaceOrder command = PlaceOrder.builder().channel(Channel.WEB).externalId(externalId)
                                .customer(CustomerRef.of("C-" + externalId)).shipTo(TestShop.address())
                                .paymentMethod(PaymentMethod.card("tok_ok"))
                                .lines(List.of(line(World.LAUNCH.code(), quantity, "EUR 10.00"),
                                        line(World.ON_SALE.code(), 1, "EUR 7.00")))
                                .build();
                        world.oms.orders().place(command).peek(order -> world.orders.add(order.id()));
                    }));
        }
    }

    static final class Receive implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Combinators.combine(Arbitraries.of(World.WAITING_SKUS), Arbitraries.of(World.LOCATIONS),
                            Arbitraries.longs().between(1, 10))
                    .as((sku, location, quantity) -> Transformer.mutate("receive " + quantity + " " + sku + " at " + location,
                            world -> {
                                List<WaitingUnits> before = world.queue(sku);
                                String key = "receipt-" + world.stockIn.size() + "-" + (++world.placed);
                                world.oms.inbound().receiveStock(new StockReceipt(key, sku, location, quantity)).get();
                                world.stockIn.merge(World.key(sku, location), quantity, Long::sum);
                                WorldInvariants.filledInQueueOrder(world, sku, before, io.vavr.control.Option.some(location));
                            }));
        }
    }

    static final class Release implements Action.Independent<World> {
        @Override
        public Arbitrary<Transformer<World>> transformer() {
            return Arbitraries.just(Transformer.mutate("release " + World.LAUNCH, world -> {
                if (world.clock.instant().isBefore(World.RELEASE)) {
                    world.clock.set(World.RELEASE);
                }
                List<WaitingUnits> before = world.queue(World.LAUNCH);
                world.oms.inbound().release(World.LAUNCH, "release-" + (++world.placed)).get();
                WorldInvariants.filledInQueueOrder(world, World.LAUNCH, before);
            }));
        }
    }

    /** Ships what an order holds of line L1; offered only for an order that holds some, and it must all ship. */
    static final class ShipAllocated implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return !shippable(world).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            return Arbitraries.of(shippable(world))
                    .map(id -> Transformer.mutate("ship what " + id + " holds", w -> {
                        // A shrunk history may have dropped what made the order shippable: discard it, not a failure.
                        Assume.that(shippable(w).contains(id));
                        ship(w, id);
                    }));
        }

        /** Orders whose payment is cleared and whose line L1 holds units allocated or picked at a location. */
        private static List<OrderId> shippable(World world) {
            return world.allOrders().stream().filter(Order::paymentCleared).filter(o -> toShip(o) > 0).map(Order::id).toList();
        }

        private static long toShip(Order order) {
            Line line = order.line(LineId.of("L1")).get();
            return World.LOCATIONS.stream()
                    .mapToLong(l -> line.count(Bucket.ALLOCATED, l) + line.count(Bucket.PICKED, l)).sum();
        }

        private static void ship(World world, OrderId id) {
            Order before = world.order(id);
            long shippedBefore = before.line(LineId.of("L1")).get().count(Bucket.SHIPPED);
            if (World.LOCATIONS.stream().anyMatch(l -> before.unlistedAllocated(LineId.of("L1"), l) > 0)) {
                Either<Rejection, Order> lists = world.oms.warehouse().createPickLists(id).map(PickListsCreated::order);
                assertThat(lists.isRight()).as("pick lists for %s: %s", id, lists).isTrue();
            }
            for (PickList list : world.order(id).pickLists().values().filter(p -> p.open())) {
                world.oms.warehouse().confirmPicked(id, list.id()).get();
            }
            for (LocationId location : World.LOCATIONS) {
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

    static final class SupplierAnswers implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return world.purchases().stream().anyMatch(e -> !e.getValue().answered());
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
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
    static final class GoodsArrive implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return world.purchases().stream().anyMatch(e -> e.getValue().awaitingGoods() > 0);
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            List<Map.Entry<OrderId, Purchase>> open = world.purchases().stream().filter(e -> e.getValue().awaitingGoods() > 0).toList();
            return Combinators.combine(Arbitraries.of(open), Arbitraries.of(World.LOCATIONS), Arbitraries.longs().between(1, 8))
                    .as((e, location, wanted) -> Transformer.mutate("receive " + wanted + " against " + e.getValue().id() + " at " + location,
                            w -> receive(w, e.getKey(), e.getValue(), location, Math.min(wanted, e.getValue().awaitingGoods()))));
        }

        private static void receive(World world, OrderId owner, Purchase purchase, LocationId location, long units) {
            Map<OrderId, Long> heldBefore = new HashMap<>();
            for (Order order : world.allOrders()) {
                heldBefore.put(order.id(), held(order, purchase.lineId(), purchase.sku(), location));
            }
            String key = "GR-" + (++world.placed);
            world.oms.inbound().receivePurchase(owner, new PurchaseReceipt(key, purchase.id(), location, units)).get();
            world.stockIn.merge(World.key(purchase.sku(), location), units, Long::sum);
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

    static final class CancelWaiting implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return !world.orders.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            return Combinators.combine(Arbitraries.of(new ArrayList<>(world.orders)), Arbitraries.longs().between(0, 5))
                    .as((id, units) -> Transformer.mutate("cancel " + (units == 0 ? "all" : units) + " of " + id, w -> {
                        CancelRequest request = units == 0
                                ? CancelRequest.wholeOrder("cancel-" + (++w.placed), "changed mind")
                                : new CancelRequest("cancel-" + (++w.placed), Optional.of(LineId.of("L1")), Optional.of(units), "fewer");
                        if (w.oms.orders().cancel(id, request).map(Cancelled::order).isRight()) {
                            w.order(id).lines().values().forEach(l -> WorldInvariants.queueWaitsOnlyOnEmptyShelves(w, l.sku()));
                        }
                    }));
        }
    }
}
