// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.application.ExchangeOpening;
import dev.oms.core.application.ExchangeRequest;
import dev.oms.core.application.ReturnArrival;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.order.ExchangeLedger;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.ExchangeEvent.ExchangeCreditDrawn;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * Exchanges in command sequences, as the return action's other branch: delivered units traded for a catalogue product at
 * a random price, the replacements waiting for the return or shipping first, then the returned units received. Checked:
 * a refused exchange changes neither the order nor any stock; an opened one adds one replacement line carrying no more
 * credit than the returned units are worth nor than the replacement costs, keeps its replacement off pick lists while it
 * waits, and answers a replay with the first answer; its receipt refunds the returned units' worth less exactly the
 * credit it draws, and draws all the credit of a replacement still wanted.
 */
final class ExchangeActions {
    private ExchangeActions() {}

    static void exchange(OmsWorld world, OrderId id, Line line, long units, Product product, long cents, boolean shipFirst,
            LocationId location) {
        Order before = world.oms().queries().find(id).get();
        List<StockLevel> stockBefore = world.stock();
        String key = world.nextKey("exchange");
        world.step("exchange " + units + " of " + id + " " + line.id() + " for " + product.sku() + (shipFirst ? ", shipping first" : ""));
        ExchangeRequest request = new ExchangeRequest(key, List.of(new ReturnRequest.Line(line.id(), units, "sequence")),
                List.of(new LineRequest(product.sku(), 1, Money.ofMinor(before.currency(), cents))), shipFirst);
        Either<Rejection, ExchangeOpening> opened = world.oms().exchanges().open(id, request);
        List<String> violations = new ArrayList<>();
        if (opened.isLeft()) {
            if (world.oms().queries().find(id).get().version() != before.version() || !world.stock().equals(stockBefore)) {
                violations.add("the refused exchange of " + id + " (" + opened.getLeft() + ") changed the order or the stock");
            }
            world.found(violations);
            return;
        }
        ExchangeOpening opening = opened.get();
        violations.addAll(opened(before, opening, shipFirst));
        Either<Rejection, ExchangeOpening> replay = world.oms().exchanges().open(id, request);
        if (replay.isLeft() || replay.get().order().version() != world.oms().queries().find(id).get().version()
                || !replay.get().returnId().equals(opening.returnId())) {
            violations.add("replaying the exchange of " + id + " under " + key + " was answered " + replay);
        }
        Order waiting = world.oms().queries().find(id).get();
        Money drawable = waiting.returns().exchanges().of(opening.returnId()).get().drawable(waiting);
        Either<Rejection, Order> received = world.oms().returns().receive(id, new ReturnArrival(key, opening.returnId(), location,
                List.of(new ReturnArrival.Line(line.id(), units, Disposition.RESTOCK))));
        if (received.isLeft()) {
            if (!(before.payment().method() instanceof PaymentMethod.CashOnDelivery)
                    || !received.getLeft().codes().toJavaList().equals(List.of(ProblemCode.REFUND_NOT_COVERED))) {
                violations.add("receiving the exchanged units of " + id + " was refused: " + received.getLeft());
            }
        } else {
            violations.addAll(receipt(received.get(), opening, drawable, world.oms().queries().find(id).get()
                    .handledCommands().keySet().filter(k -> k.endsWith(":" + key) && k.contains("return-receive")).head()));
        }
        world.found(violations);
    }

    private static List<String> opened(Order before, ExchangeOpening opening, boolean shipFirst) {
        List<String> violations = new ArrayList<>();
        Order after = opening.order();
        if (after.lines().size() != before.lines().size() + 1 || opening.replacements().size() != 1) {
            violations.add(before.id() + ": the exchange added " + (after.lines().size() - before.lines().size()) + " lines, not 1");
            return violations;
        }
        Line replacement = after.line(opening.replacements().get(0)).get();
        Money undiscounted = replacement.total().plus(opening.credit());
        if (opening.credit().isGreaterThan(opening.returnValue()) || opening.credit().isGreaterThan(undiscounted)
                || (shipFirst && !opening.credit().isZero())) {
            violations.add(before.id() + ": exchange credit " + opening.credit() + " against units worth " + opening.returnValue()
                    + " and a replacement costing " + undiscounted + (shipFirst ? ", shipping first" : ""));
        }
        if (!shipFirst && !after.returns().exchanges().awaitsReturn(after, replacement.id())) {
            violations.add(before.id() + ": the replacement " + replacement.id() + " does not wait for its return");
        }
        return violations;
    }

    private static List<String> receipt(Order after, ExchangeOpening opening, Money drawable, String key) {
        List<String> violations = new ArrayList<>();
        Money refunded = after.returns().get(opening.returnId()).get().receipts().last().refunds()
                .foldLeft(Money.zero(after.currency()), (sum, r) -> sum.plus(r.amount()));
        Money credited = after.returns().credits().total(after.currency());
        Money drawn = after.madeBy(key, ExchangeCreditDrawn.class).foldLeft(Money.zero(after.currency()), (sum, e) -> sum.plus(e.amount()));
        Money expectedDraw = drawable.isGreaterThan(opening.returnValue()) ? opening.returnValue() : drawable;
        if (!drawn.equals(expectedDraw) || !refunded.plus(drawn).equals(opening.returnValue()) && credited.isZero()) {
            violations.add(after.id() + ": the exchange's receipt drew " + drawn + " of " + drawable + " drawable and refunded "
                    + refunded + " of units worth " + opening.returnValue());
        }
        ExchangeLedger.Exchange exchange = after.returns().exchanges().of(opening.returnId()).get();
        if (!exchange.drawable(after).isZero() && after.line(opening.replacements().get(0)).get().active() > 0) {
            violations.add(after.id() + ": " + exchange.drawable(after) + " exchange credit left after the return came in");
        }
        return violations;
    }
}
