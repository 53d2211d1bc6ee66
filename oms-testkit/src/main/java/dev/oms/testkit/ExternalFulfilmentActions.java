// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.order.ExternalRequest;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryFulfilmentService;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;

/**
 * The provider of a third-party location answering in command sequences: it ships some of a request's open units
 * in up to two parcels and rejects some of the rest, and its webhooks arrive twice each, shuffled. Every answer is
 * accepted, and the order moves exactly as much as the answers say, once.
 */
final class ExternalFulfilmentActions {
    private ExternalFulfilmentActions() {}

    /** A request the provider was sent and still has units of. */
    private record Open(OrderId orderId, FulfilmentRequestId requestId) {}

    /** Makes the provider answer one open request; needs a world {@link OmsWorld#withProvider with a provider}. */
    static final class Answer implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return !open(world).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            return Combinators.combine(Arbitraries.of(open(world)), Arbitraries.integers().between(0, 100),
                    Arbitraries.integers().between(0, 100), Arbitraries.longs())
                    .as((open, shipPercent, rejectPercent, seed) -> Transformer.mutate("provider answers " + open.requestId()
                            + ": ships " + shipPercent + "%, rejects " + rejectPercent + "% of the rest",
                            w -> answer(w, open, shipPercent, rejectPercent, seed)));
        }

        private static void answer(OmsWorld world, Open open, int shipPercent, int rejectPercent, long seed) {
            Assume.that(open(world).contains(open)); // a shrunk history may not have got this request this far
            InMemoryFulfilmentService provider = world.provider().get();
            Order before = world.oms().queries().find(open.orderId()).get();
            ExternalRequest request = before.externalRequests().get(open.requestId()).get();
            List<PackageItem> first = new ArrayList<>();
            List<PackageItem> second = new ArrayList<>();
            List<PackageItem> rejected = new ArrayList<>();
            for (LineId line : request.items().map(PackageItem::lineId).distinct()) {
                long units = request.openUnits(line);
                long shipped = units * shipPercent / 100;
                add(first, line, (shipped + 1) / 2);
                add(second, line, shipped / 2);
                add(rejected, line, (units - shipped) * rejectPercent / 100);
            }
            Assume.that(!first.isEmpty() || !rejected.isEmpty());
            world.step("provider of " + request.location() + " answers " + open.requestId() + " of " + open.orderId()
                    + ": ships " + first + " and " + second + ", rejects " + rejected + ", twice each, shuffled by " + seed);
            if (!first.isEmpty()) {
                provider.ship(open.requestId(), world.nextKey("shipment"), world.clock().instant(), first.toArray(PackageItem[]::new));
            }
            if (!second.isEmpty()) {
                provider.ship(open.requestId(), world.nextKey("shipment"), world.clock().instant(), second.toArray(PackageItem[]::new));
            }
            if (!rejected.isEmpty()) {
                provider.reject(open.requestId(), world.nextKey("rejection"), "not eligible", rejected.toArray(PackageItem[]::new));
            }
            List<String> violations = new ArrayList<>();
            for (InMemoryFulfilmentService.Answer answer : provider.takeAnswersTwiceOutOfOrder(seed)) {
                Either<Rejection, Order> result = answer instanceof InMemoryFulfilmentService.Shipped s
                        ? world.oms().externalFulfilment().recordShipment(s.orderId(), s.confirmation())
                        : world.oms().externalFulfilment().recordRejection(answer.orderId(),
                                ((InMemoryFulfilmentService.Rejected) answer).rejection());
                if (result.isLeft()) {
                    violations.add("the provider's " + answer + " was refused: " + result.getLeft());
                }
            }
            Order after = world.oms().queries().find(open.orderId()).get();
            ExternalRequest now = after.externalRequests().get(open.requestId()).get();
            for (LineId line : request.items().map(PackageItem::lineId).distinct()) {
                long shipped = units(first, line) + units(second, line);
                long gone = after.line(line).get().count(Bucket.SHIPPED) - before.line(line).get().count(Bucket.SHIPPED);
                if (gone != shipped) {
                    violations.add(line + " of " + open.orderId() + ": " + shipped + " units shipped by the provider, " + gone + " recorded");
                }
                long answered = request.openUnits(line) - now.openUnits(line);
                if (answered != shipped + units(rejected, line)) {
                    violations.add(line + " of " + open.requestId() + ": " + answered + " units answered, expected "
                            + (shipped + units(rejected, line)));
                }
            }
            world.found(violations);
        }

        private static void add(List<PackageItem> items, LineId line, long units) {
            if (units > 0) {
                items.add(new PackageItem(line, units));
            }
        }

        private static long units(List<PackageItem> items, LineId line) {
            return items.stream().filter(i -> i.lineId().equals(line)).mapToLong(PackageItem::quantity).sum();
        }

        /** The requests sent to the world's provider that still have units open; none without a provider. */
        private static List<Open> open(OmsWorld world) {
            if (world.provider().isEmpty()) {
                return List.of();
            }
            return world.currentOrders().stream().flatMap(order -> order.externalRequests().values()
                    .filter(r -> r.sent() && r.open()).map(r -> new Open(order.id(), r.id())).toJavaStream()).toList();
        }
    }
}
