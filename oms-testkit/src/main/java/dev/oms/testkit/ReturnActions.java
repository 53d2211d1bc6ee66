// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.ReturnArrival;
import dev.oms.core.application.ReturnDecision;
import dev.oms.core.application.ReturnOpened;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
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
 * Returns in command sequences: a customer sends delivered units of a line back, the return is approved, and the units
 * arrive at a stocking location with a disposition; or, as often, they are exchanged ({@link ExchangeActions}). Checked:
 * the units move to returned, restocked units join that location's stock, and only a cash-on-delivery order, which has no
 * capture to refund, may be refused the receipt.
 */
final class ReturnActions {
    private ReturnActions() {}

    /** Returns some delivered units of one line of some order, from request to receipt. */
    static final class Return implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return !candidates(world).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            Arbitrary<Transformer<OmsWorld>> plain = Combinators.combine(Arbitraries.of(candidates(world)), Arbitraries.of(Disposition.class),
                    Arbitraries.of(world.stockingLocations()), Arbitraries.longs().between(1, 3))
                    .as((id, disposition, location, wanted) -> Transformer.mutate(
                            "return up to " + wanted + " units of " + id + " (" + disposition + " at " + location + ")", w -> {
                                Assume.that(candidates(w).contains(id)); // a shrunk history may not have got this order this far
                                returnUnits(w, id, disposition, location, wanted);
                            }));
            Arbitrary<Transformer<OmsWorld>> exchange = Combinators.combine(Arbitraries.of(candidates(world)),
                    Arbitraries.of(world.catalogue()), Arbitraries.longs().between(0, 5_000), Arbitraries.of(true, false),
                    Arbitraries.of(world.stockingLocations()))
                    .as((id, product, cents, shipFirst, location) -> Transformer.mutate("exchange a unit of " + id + " for "
                            + product.sku() + (shipFirst ? ", shipping first" : "") + " (back at " + location + ")", w -> {
                                Assume.that(candidates(w).contains(id));
                                Order order = w.oms().queries().find(id).get();
                                ExchangeActions.exchange(w, id, returnable(order), 1, product, cents, shipFirst, location);
                            }));
            return Arbitraries.oneOf(plain, exchange);
        }

        /** Orders with units delivered and not yet under return. */
        private static List<OrderId> candidates(OmsWorld world) {
            return world.currentOrders().stream().filter(order -> returnable(order) != null).map(Order::id).toList();
        }

        private static Line returnable(Order order) {
            return order.lines().values().find(l -> l.count(Bucket.DELIVERED) > order.returns().underReturn(l.id())
                    - order.returns().received(l.id())).getOrNull();
        }

        private static void returnUnits(OmsWorld world, OrderId id, Disposition disposition, LocationId location, long wanted) {
            Order before = world.oms().queries().find(id).get();
            Line line = returnable(before);
            long units = Math.min(wanted, line.count(Bucket.DELIVERED) - (before.returns().underReturn(line.id())
                    - before.returns().received(line.id())));
            String key = "rma-" + before.version();
            world.step("return " + units + " of " + id + " " + line.id() + " (" + disposition + " at " + location + ")");
            List<String> violations = new ArrayList<>();
            Either<Rejection, ReturnOpened> opened = world.oms().returns().request(id,
                    new ReturnRequest(key, List.of(new ReturnRequest.Line(line.id(), units, "sequence"))));
            if (opened.isLeft()) {
                // Only the window closes a request for delivered units not under return; the sequence's clock may pass it.
                if (!opened.getLeft().codes().toJavaList().equals(List.of(ProblemCode.RETURN_WINDOW_CLOSED))) {
                    violations.add("returning " + units + " delivered units of " + id + " was refused: " + opened.getLeft());
                }
                world.found(violations);
                return;
            }
            world.oms().returns().approve(id, new ReturnDecision(key, opened.get().returnId().orElseThrow(), "sequence")).get();
            long onHand = onHand(world, line, location);
            Either<Rejection, Order> received = world.oms().returns().receive(id, new ReturnArrival(key, opened.get().returnId().orElseThrow(),
                    location, List.of(new ReturnArrival.Line(line.id(), units, disposition))));
            if (received.isLeft()) {
                if (!(before.payment().method() instanceof PaymentMethod.CashOnDelivery)
                        || !received.getLeft().codes().toJavaList().equals(List.of(ProblemCode.REFUND_NOT_COVERED))) {
                    violations.add("receiving " + units + " returned units of " + id + " was refused: " + received.getLeft());
                }
            } else {
                Order after = world.oms().queries().find(id).get();
                long returned = after.line(line.id()).get().count(Bucket.RETURNED) - before.line(line.id()).get().count(Bucket.RETURNED);
                if (returned != units) {
                    violations.add(id + " " + line.id() + ": " + returned + " units returned, " + units + " received");
                }
                long added = line.stockTracked() && disposition == Disposition.RESTOCK ? units : 0;
                if (onHand(world, line, location) != onHand + added) {
                    violations.add("receiving " + units + " " + disposition + " units of " + line.sku() + " at " + location
                            + " took on-hand from " + onHand + " to " + onHand(world, line, location));
                }
            }
            world.found(violations);
        }

        private static long onHand(OmsWorld world, Line line, LocationId location) {
            return world.inventory().stockOf(line.sku()).stream().filter(l -> l.locationId().equals(location))
                    .mapToLong(StockLevel::onHand).sum();
        }
    }
}
