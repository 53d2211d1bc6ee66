// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import static dev.oms.core.rejection.Rejections.events;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.ReturnAuthorization;
import dev.oms.core.order.ReturnReceipt;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.core.order.ExchangeLedger;
import dev.oms.spi.event.ExchangeEvent.ExchangeCreditDrawn;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.event.ReturnEvent.ReceivedItem;
import dev.oms.spi.event.ReturnEvent.ReturnReceived;
import dev.oms.spi.event.ReturnEvent.ReturnedUnitsRestocked;
import dev.oms.spi.payment.RefundTender;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReturnId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.joda.money.Money;

/**
 * Decides the receipt of a return's units back at a location. Only an approved return's units are received, never more
 * of a line than it still awaits. Each unit received is refunded its share of the line's price, discounts and taxes:
 * a line's returned (and claimed) units take its shipped units' shares in turn, from the first, so the refunds of a line never exceed
 * what its shipped units were charged. Restocked units carry the policy's restocking fee. The refund is drawn on the
 * order's captures (see {@link RefundSources}). An exchange's receipts carry no fee and draw its credit first: only what
 * the units are worth beyond the credit still on wanted replacements is refunded.
 */
public final class ReturnReceiving {
    private ReturnReceiving() {}

    /**
     * Decides a receipt of returned units.
     *
     * @param order the order as it stands
     * @param returnId the return
     * @param locationId where the units arrived; a location the inventory knows (the facade checks)
     * @param items the units received per line and disposition; not empty
     * @param now when they arrived
     * @param policy the host's return policy, for the restocking fee
     * @param tender where the money goes back: the captures (the original payment) or store credit
     * @return {@code ReturnReceived} (and {@code StoreCreditOwed} for store credit), or every problem: {@code UNKNOWN_RETURN}, {@code ILLEGAL_TRANSITION} (the return is
     *     not approved, or every unit is in), {@code UNKNOWN_LINE}, {@code NOT_AWAITED_BY_RETURN}, {@code REFUND_NOT_COVERED}
     */
    public static Either<Rejection, List<OrderEvent>> receive(Order order, ReturnId returnId, LocationId locationId,
            List<ReceivedItem> items, Instant now, ReturnPolicy policy, RefundTender tender) {
        Either<Rejection, ReturnAuthorization> approved = approved(order, returnId);
        if (approved.isLeft()) {
            return Either.left(approved.getLeft());
        }
        ReturnAuthorization rma = approved.get();
        List<Problem> problems = List.empty();
        for (int i = 0; i < items.size(); i++) {
            ReceivedItem item = items.get(i);
            String path = "lines[" + i + "]";
            if (order.line(item.lineId()).isEmpty()) {
                problems = problems.append(Problem.of(ProblemCode.UNKNOWN_LINE, path + ".lineId", "the order has no line " + item.lineId()));
            } else if (items.indexWhere(other -> other.lineId().equals(item.lineId())) == i) {
                long received = items.filter(o -> o.lineId().equals(item.lineId())).map(ReceivedItem::quantity).sum().longValue();
                long awaited = rma.units(item.lineId()) - rma.received(item.lineId());
                if (received > awaited) {
                    problems = problems.append(Problem.of(ProblemCode.NOT_AWAITED_BY_RETURN, path + ".quantity", "return " + returnId
                            + " awaits " + awaited + " units of line " + item.lineId() + "; received " + received));
                }
            }
        }
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        Money merchandise = Money.zero(order.currency());
        Money restocked = Money.zero(order.currency());
        Map<LineId, Long> taken = HashMap.empty();
        for (ReceivedItem item : items) {
            Line line = order.line(item.lineId()).get();
            long from = order.returns().sharesTaken(line.id()) + taken.get(line.id()).getOrElse(0L);
            Money value = line.valueOfUnits(from, item.quantity());
            taken = taken.put(line.id(), taken.get(line.id()).getOrElse(0L) + item.quantity());
            merchandise = merchandise.plus(value);
            restocked = item.disposition() == Disposition.RESTOCK ? restocked.plus(value) : restocked;
        }
        // An exchange's units are traded, not sold back: no restocking fee, and its credit is drawn before any refund.
        Option<ExchangeLedger.Exchange> exchange = order.returns().exchanges().of(returnId);
        Money fee = exchange.isDefined() ? Money.zero(order.currency()) : Money.ofMinor(order.currency(),
                Math.multiplyExact(restocked.getAmountMinorLong(), (long) policy.restockingFeeBasisPoints()) / 10_000);
        Money drawable = exchange.map(x -> x.drawable(order)).getOrElse(Money.zero(order.currency()));
        Money credit = drawable.isGreaterThan(merchandise) ? merchandise : drawable;
        Money refund = merchandise.minus(fee).minus(credit);
        int receipt = rma.receipts().size() + 1;
        Either<Money, RefundSources.Payback> drawn = RefundSources.payBack(order, items.map(ReceivedItem::lineId).distinct(), refund,
                tender, "return " + returnId + " receipt " + receipt);
        if (drawn.isLeft()) {
            return Rejections.reject(ProblemCode.REFUND_NOT_COVERED, "lines", "the order's captures can pay back only "
                    + drawn.getLeft() + " of the " + refund + " the units received are worth");
        }
        return Either.right(List.<OrderEvent>of(new ReturnReceived(returnId, receipt, locationId, items.toJavaList(), now, fee,
                drawn.get().refunds().toJavaList())).appendAll(credit.isPositive()
                        ? List.of(new ExchangeCreditDrawn(returnId, receipt, credit)) : List.empty()).appendAll(drawn.get().credit()));
    }

    /**
     * Decides the record of a restock the inventory did: one the order owes under that key.
     *
     * @param order the order as it stands
     * @param key the key the inventory was called with
     * @return {@code ReturnedUnitsRestocked}, or {@code ILLEGAL_TRANSITION} when no restock is owed under the key
     */
    public static Either<Rejection, List<OrderEvent>> restocked(Order order, String key) {
        for (ReturnAuthorization rma : order.returns().all()) {
            for (ReturnReceipt receipt : rma.receipts()) {
                for (ReturnReceipt.Restock restock : receipt.restocks().filter(r -> !r.done() && r.key().equals(key))) {
                    return events(new ReturnedUnitsRestocked(rma.id(), receipt.number(), restock.lineId()));
                }
            }
        }
        return Rejections.illegal("no restock is owed under " + key);
    }

    private static Either<Rejection, ReturnAuthorization> approved(Order order, ReturnId returnId) {
        return order.returns().get(returnId)
                .<Either<Rejection, ReturnAuthorization>>map(r -> r.state() == ReturnAuthorization.State.APPROVED ? Either.right(r)
                        : Rejections.illegal("return " + returnId + " is " + r.state() + ", not approved and awaiting units"))
                .getOrElse(() -> Rejections.reject(ProblemCode.UNKNOWN_RETURN, "returnId", "the order has no return " + returnId));
    }
}
