// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.exchange;

import dev.oms.core.allocation.AllocationRules;
import dev.oms.core.command.ExchangeCommand.OpenExchange;
import dev.oms.core.edit.EditRules;
import dev.oms.core.order.ExchangeLedger;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.returns.ReturnPolicy;
import dev.oms.core.returns.ReturnRules;
import dev.oms.spi.event.ExchangeEvent.ExchangeOpened;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.event.ReturnEvent.ReturnApproved;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.event.ReturnEvent.ReturnRequested;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult.Authorized;
import dev.oms.spi.pricing.DiscountAllocation;
import dev.oms.spi.pricing.PriceBreakdown;
import dev.oms.spi.pricing.UnitShares;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.ReturnId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.joda.money.Money;

/**
 * Deciding an exchange. Its own events come first ({@link #opening}): the return of the delivered units, requested and
 * approved at once (customer service opens an exchange), then {@code ExchangeOpened} adding the replacement lines with
 * the returned units' value as exchange credit among their discounts. Opening ({@link #open}) adds the authorisation of
 * the difference and the replacements' allocation, so an exchange is recorded whole or not at all.
 *
 * <p>Unless the exchange lets them ship first, the replacements wait for the return: the credit is then theirs from the
 * start, so the customer is charged only what the replacements cost beyond the returned units and refunded, once the
 * units are in, only what they were worth beyond the replacements. Replacements that ship first are charged in full and
 * the returned units refunded in full when they arrive: an authorisation held against a return may lapse at the
 * provider before a slow parcel comes back, a capture does not.
 */
public final class ExchangeRules {
    private ExchangeRules() {}

    /**
     * The events of the exchange itself, with no payment or allocation.
     *
     * @param order the order as it stands
     * @param items the units going back, per line and reason: delivered within the return window, not under return
     * @param replacements the replacement lines as priced, numbered after the order's last line, before any credit
     * @param shipsBeforeReturn whether the replacements may ship before the return arrives
     * @param now when the exchange is decided
     * @param policy the host's return policy, for the window
     * @return the events, or every problem: {@code NOTHING_TO_DO} (no replacement), {@code CURRENCY_MISMATCH},
     *     {@code ILLEGAL_TRANSITION} (payment on hold or asked for, a reservation in flight), and the return's problems
     *     ({@code UNKNOWN_LINE}, {@code RETURN_WINDOW_CLOSED}, {@code NOT_RETURNABLE}: only delivered units are exchanged)
     */
    public static Either<Rejection, List<OrderEvent>> opening(Order order, List<ReturnItem> items, List<PlacedLine> replacements,
            boolean shipsBeforeReturn, Instant now, ReturnPolicy policy) {
        List<Problem> problems = ExchangeChecks.problems(order, replacements);
        Either<Rejection, List<OrderEvent>> returned = ReturnRules.request(order, items, now, policy, ExchangeChecks.NO_CANCELLATION);
        if (returned.isLeft()) {
            problems = problems.appendAll(returned.getLeft().problems());
        }
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        ReturnId returnId = returned.get().collect(io.vavr.PartialFunction.unlift((OrderEvent e) -> e instanceof ReturnRequested r
                ? Option.some(r.returnId()) : Option.none())).head();
        Money worth = returnValue(order, items);
        Money replacementsValue = replacements.map(PlacedLine::total).fold(Money.zero(order.currency()), Money::plus);
        Money credit = shipsBeforeReturn ? Money.zero(order.currency())
                : worth.isGreaterThan(replacementsValue) ? replacementsValue : worth;
        return Either.right(returned.get().append(new ReturnApproved(returnId, "exchange"))
                .append(new ExchangeOpened(returnId, credited(replacements, credit, returnId).toJavaList(), worth, credit,
                        shipsBeforeReturn, now)));
    }

    /**
     * Opens an exchange: its events, then the authorisation the caller obtained for the difference, then the
     * replacements' allocation, each decided on the order as the previous leave it.
     *
     * @param order the order as it stands
     * @param command the exchange, with the authorisation and allocation the caller prepared
     * @param now when the exchange is decided
     * @param policy the host's return policy
     * @return the events, or every problem of {@link #opening}; {@code ILLEGAL_TRANSITION} when the order changed since
     *     the authorisation or allocation was prepared, or the allocation's own rejection
     */
    public static Either<Rejection, List<OrderEvent>> open(Order order, OpenExchange command, Instant now, ReturnPolicy policy) {
        boolean numberedHere = command.replacements().zipWithIndex()
                .forAll(t -> t._1.lineId().equals(EditRules.addedLineId(order, t._2)));
        if (!numberedHere) {
            return Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, "replacements",
                    "the order gained lines since the exchange was priced; ask again"));
        }
        return opening(order, command.items(), command.replacements(), command.shipsBeforeReturn(), now, policy).flatMap(events -> {
            Order opened = events.foldLeft(order, OrderEvolution::apply);
            Money owed = EditRules.authorizationOwed(order, opened);
            Option<Money> authorized = command.authorization().map(Authorized::amount);
            if (owed.isPositive() ? !authorized.contains(owed) : authorized.isDefined()) {
                return Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, "", "the order changed since the exchange was priced: "
                        + owed + " is owed, " + authorized.map(Money::toString).getOrElse("nothing") + " was authorised; ask again"));
            }
            List<OrderEvent> paid = events.appendAll(command.authorization()
                    .map(a -> new PaymentAuthorized(a.authorizationId(), a.amount(), now)));
            if (command.allocation().isEmpty()) {
                return Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, "replacements", "replacement lines need an allocation"));
            }
            Order authorizedOrder = paid.drop(events.size()).foldLeft(opened, OrderEvolution::apply);
            return AllocationRules.allocatePending(authorizedOrder, command.allocation().get()).map(paid::appendAll);
        });
    }

    /**
     * {@return what returned units are worth}: each line's units take the shares its receipts will give them, after
     * the units already received back or claimed and those under other returns still on their way
     *
     * @param order the order as it stands
     * @param items the units going back
     */
    public static Money returnValue(Order order, List<ReturnItem> items) {
        Money worth = Money.zero(order.currency());
        for (LineId lineId : items.map(ReturnItem::lineId).distinct()) {
            long units = items.filter(i -> i.lineId().equals(lineId)).map(ReturnItem::quantity).sum().longValue();
            long before = order.returns().sharesTaken(lineId) + order.returns().underReturn(lineId) - order.returns().received(lineId);
            worth = worth.plus(order.line(lineId).get().valueOfUnits(before, units));
        }
        return worth;
    }

    /** The replacements with the credit among their discounts, split over them by their value. */
    private static List<PlacedLine> credited(List<PlacedLine> replacements, Money credit, ReturnId returnId) {
        if (!credit.isPositive()) {
            return replacements;
        }
        java.util.List<Money> shares = UnitShares.proRata(credit, replacements.map(PlacedLine::total).toJavaList());
        return replacements.zipWithIndex().map(t -> {
            Money share = shares.get(t._2);
            if (!share.isPositive()) {
                return t._1;
            }
            PriceBreakdown price = t._1.price();
            java.util.List<DiscountAllocation> discounts = new java.util.ArrayList<>(price.discounts());
            discounts.add(new DiscountAllocation(ExchangeLedger.promotion(returnId), share));
            return new PlacedLine(t._1.lineId(), t._1.sku(), t._1.quantity(), t._1.unitPrice(), t._1.stockTracked(),
                    new PriceBreakdown(discounts, price.taxes(), price.taxIncluded()));
        });
    }
}
