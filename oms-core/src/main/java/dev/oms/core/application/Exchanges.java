// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.ExchangeCommand.OpenExchange;
import dev.oms.core.edit.ChangeSet;
import dev.oms.core.edit.EditRules;
import dev.oms.core.exchange.ExchangeRules;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.returns.ReturnPolicy;
import dev.oms.spi.event.ExchangeEvent.ExchangeOpened;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Exchanges, for customer service: delivered units go back under a return (approved at once), replacement lines come in
 * their place, and the customer pays or is paid the difference. Opening one records it whole, or not at all:
 * <ul>
 *   <li>the replacements are priced by the pricing port as at placement and allocated in the exchange's own commit;</li>
 *   <li>the returned units' value is exchange credit: it pays for the replacements as a discount on them, so a dearer
 *       replacement is charged only the difference, authorised by the payment provider before anything is recorded (a
 *       decline refuses the exchange and changes nothing), and a cheaper one leaves the rest to be refunded when the
 *       returned units arrive; an even exchange costs nothing;</li>
 *   <li>the replacements wait for the return: they are reserved, but not picked until every returned unit is in. A host
 *       whose policy lets a customer's replacements ship first says so in the request: they are then charged in full
 *       (an authorisation held against a slow return may lapse at the provider) and the returned units refunded in full
 *       when they arrive;</li>
 *   <li>an exchange's receipts carry no restocking fee: the units are traded, not sold back.</li>
 * </ul>
 * The return is received as any ({@link Returns#receive}); the replacements are picked, packed and shipped as any lines,
 * and may be cancelled as any (their share of the credit is then refunded with the return). Reached through
 * {@link OrderManagement#exchanges()}.
 */
public final class Exchanges {
    private final Settling settling;
    private final Allocation allocation;
    private final EditPricing pricing;

    Exchanges(Settling settling, Allocation allocation, dev.oms.spi.pricing.Pricing pricing) {
        this.settling = settling;
        this.allocation = allocation;
        this.pricing = new EditPricing(settling.ports(), pricing);
    }

    /**
     * Opens an exchange: prices the replacements, works the exchange out on the order as it now stands, asks the payment
     * provider to authorise the difference when one is owed, and records everything in one commit.
     *
     * @param orderId the order
     * @param request the units going back, the replacements, the host's policy and key
     * @return what the exchange did, or a rejection naming every problem (and then nothing is stored, authorised or
     *     reserved): {@code UNKNOWN_ORDER}, {@code NOTHING_TO_DO} (no line or no replacement), {@code UNKNOWN_LINE},
     *     {@code QUANTITY_NOT_POSITIVE}, {@code RETURN_WINDOW_CLOSED}, {@code NOT_RETURNABLE} (units not delivered, or
     *     under return already: only delivered units are exchanged), the replacements' problems as at placement
     *     ({@code UNKNOWN_SKU}, {@code CURRENCY_MISMATCH}, ...), {@code PRICING_REFUSED}, why replacements can be neither
     *     reserved nor queued (as for placement), {@code ILLEGAL_TRANSITION} (payment on hold or asked for, a reservation
     *     in flight, or the order changed while the difference was authorised: that authorisation is never captured and
     *     lapses), {@code PAYMENT_NOT_AUTHORIZED} (the provider declined the difference, or authorised less, which is
     *     voided again; it answers the same key alike, so a retry goes under a new key), the input limits' codes,
     *     {@code IDEMPOTENCY_KEY_REUSED}
     * @throws PortFailure when the payment provider does not answer: nothing is recorded, and asking again under the same
     *     key asks again under the same provider key
     */
    public Either<Rejection, ExchangeOpening> open(OrderId orderId, ExchangeRequest request) {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(request, "request");
        List<Problem> malformed = EntryChecks.exchange(request);
        if (!malformed.isEmpty()) {
            return Either.left(Rejection.of(malformed));
        }
        String key = IdempotencyKeys.host(HostRequest.EXCHANGE, request.idempotencyKey()).value();
        List<ReturnItem> items = List.ofAll(request.lines()).map(l -> new ReturnItem(l.lineId(), l.quantity(), l.reason()));
        return settling.existing(orderId).flatMap(order -> {
            if (order.handled(key).isDefined()) {
                // A replay, or the key reused with another request: deciding answers either as it should.
                return settling.run(orderId, new OpenExchange(key, request.fingerprint(), items, List.empty(),
                        request.shipBeforeReturn(), Option.none(), Option.none()));
            }
            ChangeSet asked = new ChangeSet(request.replacements(), java.util.List.of(), Optional.empty(), Optional.empty(), "exchange");
            return pricing.price(order, asked).mapLeft(Exchanges::replacementPaths).flatMap(priced -> {
                List<PlacedLine> replacements = priced.added();
                // Worked out once to know what to authorise; planned again in the room of the SKUs at storing.
                return opened(order, items, replacements, request.shipBeforeReturn())
                        .flatMap(opened -> pricing.authorize(order, key, EditRules.authorizationOwed(order, opened)))
                        .flatMap(auth -> allocation.storeInRoom(orderId, key,
                                now -> now.handled(key).isDefined() ? Option.none()
                                        : opened(now, items, replacements, request.shipBeforeReturn()).toOption(),
                                (now, plan) -> new OpenExchange(key, request.fingerprint(), items, replacements,
                                        request.shipBeforeReturn(), auth, plan)));
            }).map(settling::resume);
        }).map(order -> opening(order, key));
    }

    /** The order as the exchange's own events leave it, before payment and allocation. */
    private Either<Rejection, Order> opened(Order order, List<ReturnItem> items, List<PlacedLine> replacements, boolean shipFirst) {
        return ExchangeRules.opening(order, items, replacements, shipFirst, settling.ports().clock().instant(), policy())
                .map(events -> events.foldLeft(order, OrderEvolution::apply));
    }

    private ReturnPolicy policy() {
        return settling.execution().context().returnPolicy();
    }

    /** The pricing port's problems name the replacements as the request does. */
    private static Rejection replacementPaths(Rejection rejection) {
        return Rejection.of(rejection.problems().map(p -> Problem.of(p.code(), p.path().replaceFirst("^add\\[", "replacements["),
                p.message())));
    }

    /** What the exchange under the key did, read from the events it made (the same on a replay). */
    private static ExchangeOpening opening(Order order, String key) {
        ExchangeOpened e = order.madeBy(key, ExchangeOpened.class).head();
        List<PlacedLine> lines = List.ofAll(e.replacements());
        Money charged = lines.map(l -> order.line(l.lineId()).get().total()).fold(Money.zero(order.currency()), Money::plus);
        return new ExchangeOpening(order, e.returnId(), lines.map(PlacedLine::lineId).toJavaList(), e.returnValue(), e.credit(),
                charged, e.returnValue().minus(e.credit()));
    }
}
