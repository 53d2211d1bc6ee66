// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.EditRequest;
import dev.oms.core.edit.ChangeSet;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;
import org.joda.money.Money;

/**
 * Order edits in command sequences: random change-sets (catalogue lines added, units of a line taken off, a new
 * address, another shipping service) confirmed on random orders, then confirmed again under the same key. Checked: a refused edit changes neither
 * the order nor any stock; a confirmed one adds exactly its lines, cancels exactly the units it took off, leaves an
 * order that was authorised covered by its authorisations, and freed stock serves waiting orders first; the replay
 * changes nothing.
 */
final class EditActions {
    private EditActions() {}

    private static final Address OFFICE = Address.builder().recipient("Ada Lovelace").addLines("12 Difference Engine Row")
            .city("London").postalCode("N1 7AA").countryCode("GB").build();

    /** Confirms a random change-set on some order, then replays it. */
    static final class Edit implements Action.Dependent<OmsWorld> {
        @Override
        public boolean precondition(OmsWorld world) {
            return !world.orders().isEmpty();
        }

        @Override
        public Arbitrary<Transformer<OmsWorld>> transformer(OmsWorld world) {
            return Arbitraries.of(world.orders()).flatMap(id -> {
                Order order = world.oms().queries().find(id).get();
                Arbitrary<LineRequest> added = Combinators.combine(Arbitraries.of(world.catalogue()), Arbitraries.longs().between(1, 3),
                        Arbitraries.longs().between(0, 5_000)).as((Product p, Long units, Long cents) ->
                        new LineRequest(p.sku(), units, Money.ofMinor(order.currency(), cents)));
                Arbitrary<PackageItem> removed = Combinators.combine(Arbitraries.of(order.lines().keySet().toJavaList()),
                        Arbitraries.longs().between(1, 2)).as(PackageItem::new);
                return Combinators.combine(added.list().ofMaxSize(2), removed.list().ofMaxSize(1), Arbitraries.of(true, false)
                        .map(b -> b ? Optional.of(OFFICE) : Optional.<Address>empty()),
                        Arbitraries.of(Optional.<String>empty(), Optional.<String>empty(), Optional.of("express")))
                        .as((adds, removes, shipTo, service) -> new ChangeSet(adds, removes, shipTo, service, "sequence"))
                        .map(changes -> Transformer.mutate("edit " + id + ": add " + changes.add().size() + " lines, take off "
                                + changes.remove() + (changes.shipTo().isPresent() ? ", new address" : ""), w -> edit(w, id, changes)));
            });
        }

        private static void edit(OmsWorld world, OrderId id, ChangeSet changes) {
            world.step("edit " + id);
            Order before = world.oms().queries().find(id).get();
            List<StockLevel> stockBefore = world.stock();
            List<Sku> freed = changes.remove().stream().flatMap(i -> before.line(i.lineId()).map(Line::sku).toJavaStream()).toList();
            List<Order> othersBefore = OmsActions.Cancel.others(world, id);
            String key = world.nextKey("edit");
            Either<Rejection, Order> answer = world.oms().edits().confirm(id, new EditRequest(key, changes));
            List<String> violations = new ArrayList<>();
            Order after = world.oms().queries().find(id).get();
            if (answer.isLeft()) {
                if (after.version() != before.version() || !world.stock().equals(stockBefore)) {
                    violations.add("the refused edit of " + id + " (" + answer.getLeft() + ") changed the order or the stock");
                }
                world.found(violations);
                return;
            }
            violations.addAll(confirmed(before, after, changes));
            List<Order> othersAfter = OmsActions.Cancel.others(world, id);
            freed.stream().distinct().forEach(sku -> violations.addAll(OrderInvariants.preorderPriority(sku, othersBefore, othersAfter)));
            Either<Rejection, Order> replay = world.oms().edits().confirm(id, new EditRequest(key, changes));
            if (replay.isLeft() || world.oms().queries().find(id).get().version() != after.version()) {
                violations.add("replaying the edit of " + id + " under " + key + " was answered " + replay);
            }
            world.found(violations);
        }

        private static List<String> confirmed(Order before, Order after, ChangeSet changes) {
            List<String> violations = new ArrayList<>();
            long addedLines = after.lines().size() - before.lines().size();
            if (addedLines != changes.add().size() || after.edits() != before.edits() + 1) {
                violations.add(before.id() + ": the edit added " + addedLines + " lines of " + changes.add().size()
                        + ", edits " + before.edits() + " -> " + after.edits());
            }
            long takenOff = changes.remove().stream().mapToLong(PackageItem::quantity).sum();
            long cancelled = before.lines().keySet().toJavaList().stream().mapToLong(l -> after.line(l).get().count(Bucket.CANCELLED)
                    - before.line(l).get().count(Bucket.CANCELLED)).sum();
            if (cancelled != takenOff) {
                violations.add(before.id() + ": the edit took off " + takenOff + " units and " + cancelled + " were cancelled");
            }
            boolean wasAuthorised = before.payment().authorizations().nonEmpty();
            if (wasAuthorised && after.payment().authorizationInFlight().isEmpty() && after.amountToAuthorize().isPositive()) {
                violations.add(before.id() + ": confirmed with " + after.amountToAuthorize() + " not covered by its authorisations");
            }
            if (changes.shipTo().isPresent() && !after.shipTo().equals(changes.shipTo().get())) {
                violations.add(before.id() + ": the edit did not move the address");
            }
            if (changes.shippingService().isPresent()
                    && !after.charges().shipping().exists(c -> c.service().equals(changes.shippingService().get()))) {
                violations.add(before.id() + ": the edit did not change the shipping service");
            }
            return violations;
        }
    }
}
