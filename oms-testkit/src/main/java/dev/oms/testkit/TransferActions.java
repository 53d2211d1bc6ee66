// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

/**
 * Stock sent between the world's stocking locations in command sequences, and transfers received, some short.
 * A transfer takes only free units (it is refused, changing nothing, when fewer are free), never touches what is
 * reserved, and what arrives goes on hand where it went, serving the orders waiting there first.
 */
final class TransferActions {
    private TransferActions() {}

    /** Sends units of a tracked SKU from one stocking location to another. */
    static final class Send implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return world.stockingLocations().size() >= 2;
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            return Combinators.combine(Arbitraries.of(world.catalogue().stream().filter(Product::stockTracked).toList()),
                            Arbitraries.of(world.stockingLocations()), Arbitraries.of(world.stockingLocations()),
                            Arbitraries.longs().between(1, 5), Arbitraries.integers().between(1, 20))
                    .filter((product, from, to, units, days) -> !from.equals(to))
                    .as((product, from, to, units, days) -> Transformer.mutate("send " + units + " " + product.sku() + " from "
                            + from + " to " + to, w -> send(w, product.sku(), from, to, units, days)));
        }

        private static void send(OmsWorld world, Sku sku, LocationId from, LocationId to, long units, int days) {
            world.step("send " + units + " " + sku + " from " + from + " to " + to);
            StockLevel before = level(world, sku, from);
            StockTransfer transfer = new StockTransfer(world.nextKey("transfer"), sku, from, to, units,
                    LocalDate.ofInstant(world.clock().instant(), java.time.ZoneOffset.UTC).plusDays(days));
            Either<Rejection, StockTransfer> sent = world.oms().transfers().send(transfer);
            Statistics.label("transfers").collect(sent.isRight() ? "sent" : "refused for want of free units");
            StockLevel after = level(world, sku, from);
            List<String> violations = new ArrayList<>();
            if (sent.isRight() != (units <= before.available())) {
                violations.add("sending " + units + " with " + before.available() + " free answered " + sent);
            }
            if (sent.isLeft() && !sent.getLeft().codes().contains(ProblemCode.INSUFFICIENT_STOCK)) {
                violations.add("a transfer refused for another reason than stock: " + sent.getLeft());
            }
            long expectedOnHand = before.onHand() - (sent.isRight() ? units : 0);
            if (after.onHand() != expectedOnHand || after.reserved() != before.reserved() || after.ringFenced() != before.ringFenced()) {
                violations.add("sending " + units + " from " + before + " left " + after);
            }
            world.found(violations);
        }
    }

    /** Receives a transfer in transit, all of it or short. */
    static final class Receive implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return !inTransit(world).isEmpty();
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            return Combinators.combine(Arbitraries.of(inTransit(world)), Arbitraries.longs().between(0, 2))
                    .as((transfer, lost) -> Transformer.mutate("receive transfer " + transfer.transferId(), w -> {
                        Assume.that(inTransit(w).contains(transfer)); // a shrunk history may not have sent it
                        receive(w, transfer, Math.max(0, transfer.quantity() - lost));
                    }));
        }

        private static void receive(OmsWorld world, StockTransfer transfer, long received) {
            world.step("receive " + received + " of transfer " + transfer.transferId() + " at " + transfer.to());
            List<Order> before = world.currentOrders();
            long onHand = level(world, transfer.sku(), transfer.to()).onHand();
            world.oms().transfers().receive(transfer.sku(), transfer.transferId(), received).get();
            Statistics.label("transfers").collect(received == transfer.quantity() ? "received whole" : "received short");
            List<String> violations = new ArrayList<>(OrderInvariants.preorderPriority(transfer.sku(), transfer.to(), before,
                    world.currentOrders()));
            if (level(world, transfer.sku(), transfer.to()).onHand() != onHand + received) {
                violations.add("receiving " + received + " of " + transfer + " did not put them on hand there");
            }
            if (inTransit(world).contains(transfer)) {
                violations.add(transfer + " is still in transit once received");
            }
            world.found(violations);
        }

        private static List<StockTransfer> inTransit(OmsWorld world) {
            return world.catalogue().stream().filter(Product::stockTracked)
                    .flatMap(p -> world.oms().transfers().inTransit(p.sku()).stream()).toList();
        }
    }

    private static StockLevel level(OmsWorld world, Sku sku, LocationId location) {
        return world.inventory().stockOf(sku).stream().filter(l -> l.locationId().equals(location)).findFirst()
                .orElse(new StockLevel(sku, location, 0, 0, 0, "UNASSIGNED"));
    }
}
