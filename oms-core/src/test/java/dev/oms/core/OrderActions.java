package dev.oms.core;

import dev.oms.core.application.ResumeReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.PackRequest;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent.PackageItem;
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
import java.util.Optional;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;
import org.joda.money.Money;

/**
 * The commands a host sends, as jqwik actions over a {@link World}. Each issues one facade call with
 * generated (sometimes wrong) arguments and checks the promise every command makes: a rejection names a
 * problem and leaves stock, orders, payments, labels and notifications exactly as they were.
 */
final class OrderActions {
    private OrderActions() {}

    private static final List<Money> PRICES = List.of(Money.parse("EUR 10.00"), Money.parse("EUR 25.50"), Money.parse("EUR 3.99"));

    /** Issues a command; a rejection must change nothing. Keyed commands are remembered for replay. */
    static void issue(World world, String description, Supplier<Either<Rejection, Order>> command, boolean keyed) {
        String before = world.footprint();
        String sideEffectsBefore = world.sideEffects();
        Either<Rejection, Order> result = command.get();
        if (result.isLeft()) {
            assertThat(result.getLeft().problems()).isNotEmpty();
            // A carrier's refusal is recorded on the order for the audit trail, and nothing else changes.
            boolean recordedRefusal = result.getLeft().has(ProblemCode.CARRIER_UNAVAILABLE);
            assertThat(recordedRefusal ? world.sideEffects() : world.footprint())
                    .as("rejected %s (%s) changed something", description, result.getLeft())
                    .isEqualTo(recordedRefusal ? sideEffectsBefore : before);
        } else {
            if (!world.orders.contains(result.get().id())) {
                world.orders.add(result.get().id());
            }
            if (keyed) {
                world.lastKeyed = new World.Replayable(description, command, result.get().version());
            }
        }
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
                        w -> issue(w, "place " + x, () -> w.oms.placeOrder(command), true));
            });
        }
    }

    static final class CreatePickLists extends OnSomeOrder {
        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            return Arbitraries.just(Transformer.mutate("pick lists " + id,
                    w -> issue(w, "pick lists " + id, () -> w.oms.createPickLists(id), false)));
        }
    }

    static final class ConfirmPicked extends OnSomeOrder {
        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            List<PickListId> lists = new ArrayList<>(world.order(id).pickLists().keySet().toJavaList());
            lists.add(PickListId.of(id + "-PL99")); // one that does not exist
            return Arbitraries.of(lists).map(list -> Transformer.mutate("picked " + list,
                    w -> issue(w, "picked " + list, () -> w.oms.confirmPicked(id, list), true)));
        }
    }

    static final class Pack extends OnSomeOrder {
        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            Order order = world.order(id);
            Arbitrary<LocationId> location = Arbitraries.of(World.LOCATIONS);
            Arbitrary<LineId> line = Arbitraries.of(order.lines().keySet().toJavaList());
            // Up to one more than is picked anywhere, so over-packing is tried and must be refused.
            Arbitrary<Long> quantity = Arbitraries.longs().between(1, 1 + order.units(Bucket.PICKED));
            Arbitrary<Boolean> gift = Arbitraries.of(true, false);
            return Combinators.combine(location, line, quantity, gift).as((l, li, q, g) -> {
                String key = "pack-" + id + "-v" + order.version() + "-" + li + "x" + q + "@" + l;
                PackRequest request = new PackRequest(key, l, List.of(new PackageItem(li, q)), Optional.of("fragile"),
                        g ? Optional.of("Happy birthday") : Optional.empty());
                return Transformer.mutate("pack " + q + " of " + id + "/" + li + " at " + l,
                        w -> issue(w, key, () -> w.oms.confirmPacked(id, request), true));
            });
        }
    }

    static final class Ship extends OnSomeOrder {
        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            return Combinators.combine(packageOf(world, id), Arbitraries.of("ground", "ground", "express", "teleport"))
                    .as((pkg, service) -> Transformer.mutate("ship " + pkg + " by " + service,
                            w -> issue(w, "ship " + pkg, () -> w.oms.ship(id, pkg, service), true)));
        }
    }

    static final class Deliver extends OnSomeOrder {
        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            return packageOf(world, id).map(pkg -> Transformer.mutate("deliver " + pkg,
                    w -> issue(w, "deliver " + pkg, () -> w.oms.confirmDelivery(id, pkg), true)));
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
                    w -> issue(w, "cancel " + id, () -> w.oms.cancel(id, request), true)));
        }
    }

    static final class RetryPayment extends OnSomeOrder {
        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            String key = "retry-" + id + "-v" + world.order(id).version();
            return Arbitraries.of(World.GOOD_CARD, World.BAD_CARD).map(token -> Transformer.mutate("retry " + id + " with " + token,
                    w -> issue(w, key, () -> w.oms.retryPayment(id, key, Optional.of(PaymentMethod.card(token))), true)));
        }
    }

    static final class Allocate extends OnSomeOrder {
        @Override
        Arbitrary<Transformer<World>> on(World world, OrderId id) {
            return Arbitraries.just(Transformer.mutate("allocate " + id,
                    w -> issue(w, "allocate " + id, () -> w.oms.allocate(id), false)));
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
                    issue(w, key, () -> w.oms.reroute(id, failed, key, "stock count came up short"), true);
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
        assertThat(world.oms.resumeAll()).as("orders still owing effects after recovery").returns(true, ResumeReport::settled);
        WorldInvariants.settled(world);
    }

    /** An action on one of the orders placed so far. */
    abstract static class OnSomeOrder implements Action.Dependent<World> {
        @Override
        public boolean precondition(World world) {
            return !world.orders.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<World>> transformer(World world) {
            return Arbitraries.of(world.orders).flatMap(id -> on(world, id));
        }

        abstract Arbitrary<Transformer<World>> on(World world, OrderId id);
    }

    private static Arbitrary<PackageId> packageOf(World world, OrderId id) {
        List<PackageId> packages = new ArrayList<>(world.order(id).packages().keySet().toJavaList());
        packages.add(PackageId.of(id + "-PK99")); // one that does not exist
        return Arbitraries.of(packages);
    }

    private static String describe(List<LineRequest> lines) {
        return lines.stream().map(l -> l.quantity() + "x" + l.sku()).toList().toString();
    }

    private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> value) {
        return Tuple.of(weight, value);
    }
}
