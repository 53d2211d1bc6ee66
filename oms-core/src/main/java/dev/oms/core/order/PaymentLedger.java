// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Everything that happened to an order's money, in one currency.
 *
 * @param hold why payment is on hold (a decline), until a retry is requested
 * @param attempts authorisation attempts recorded so far, approved or declined: numbers the next attempt
 * @param authorizationInFlight the amount of the authorisation requested and not yet answered; fixed
 *     when requested, so a retried call asks the provider for exactly what the first call asked
 */
public record PaymentLedger(
        PaymentMethod method,
        CurrencyUnit currency,
        LinkedHashMap<AuthorizationId, Authorization> authorizations,
        List<Capture> captures,
        LinkedHashMap<PackageId, Money> cashCollected,
        Option<String> hold,
        int attempts,
        int declines,
        Option<Money> authorizationInFlight) {

    public static PaymentLedger opened(PaymentMethod method, CurrencyUnit currency) {
        return new PaymentLedger(method, currency, LinkedHashMap.empty(), List.empty(), LinkedHashMap.empty(),
                Option.none(), 0, 0, Option.none());
    }

    public boolean isCashOnDelivery() {
        return method instanceof PaymentMethod.CashOnDelivery;
    }

    public boolean onHold() {
        return hold.isDefined();
    }

    public Money zero() {
        return Money.zero(currency);
    }

    public Money authorized() {
        return sum(authorizations.valuesIterator().map(Authorization::amount));
    }

    /** Captured for shipped packages; prepayments are in {@code Order.prepayments()}. */
    public Money captured() {
        return sum(captures.map(Capture::amount));
    }

    public Money voided() {
        return sum(authorizations.valuesIterator().map(Authorization::voided));
    }

    public Money cash() {
        return sum(cashCollected.values());
    }

    /** Authorised money not yet captured or voided. */
    public Money openAuthorized() {
        return sum(authorizations.valuesIterator().map(Authorization::open));
    }

    public Money capturedFor(PackageId pkg) {
        return sum(captures.filter(c -> c.packageId().equals(pkg)).map(Capture::amount));
    }

    /** Authorisations with money left, oldest first: captures draw from them in this order. */
    public List<Authorization> openAuthorizations() {
        return authorizations.valuesIterator().filter(a -> a.open().isPositive()).toList();
    }

    private Money sum(Iterable<Money> amounts) {
        Money total = zero();
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    /** An authorisation of {@code amount} was asked for; its answer is owed. */
    public PaymentLedger authorizationRequested(Money amount) {
        return new PaymentLedger(method, currency, authorizations, captures, cashCollected, hold, attempts, declines,
                Option.some(amount));
    }

    /** The number of the next (or in-flight) authorisation attempt, which keys its call to the provider. */
    public int nextAttempt() {
        return attempts + 1;
    }

    public PaymentLedger authorized(AuthorizationId authorizationId, Money amount) {
        return new PaymentLedger(method, currency, authorizations.put(authorizationId, Authorization.of(authorizationId, amount)),
                captures, cashCollected, hold, attempts + 1, declines, Option.none());
    }

    /** A decline at authorisation counts as an attempt; a decline at capture does not. */
    public PaymentLedger declined(String reason, boolean atAuthorization) {
        return new PaymentLedger(method, currency, authorizations, captures, cashCollected, Option.some(reason),
                attempts + (atAuthorization ? 1 : 0), declines + 1,
                atAuthorization ? Option.none() : authorizationInFlight);
    }

    public PaymentLedger retried(PaymentMethod newMethod) {
        return new PaymentLedger(newMethod, currency, authorizations, captures, cashCollected, Option.none(), attempts,
                declines, authorizationInFlight);
    }

    public PaymentLedger captured(Capture capture) {
        Authorization auth = authorizations.get(capture.authorizationId())
                .getOrElseThrow(() -> new IllegalStateException("capture against unknown authorization"));
        return new PaymentLedger(method, currency,
                authorizations.put(auth.id(), auth.capture(capture.amount())), captures.append(capture), cashCollected,
                hold, attempts, declines, authorizationInFlight);
    }

    /** A prepayment drew on an authorisation; it is listed in {@link Prepayments}, not among the package captures. */
    public PaymentLedger prepaid(AuthorizationId authorizationId, Money amount) {
        Authorization auth = authorizations.get(authorizationId)
                .getOrElseThrow(() -> new IllegalStateException("prepayment against unknown authorization"));
        return new PaymentLedger(method, currency, authorizations.put(auth.id(), auth.capture(amount)), captures,
                cashCollected, hold, attempts, declines, authorizationInFlight);
    }

    public PaymentLedger voided(AuthorizationId authorizationId, Money amount) {
        Authorization auth = authorizations.get(authorizationId)
                .getOrElseThrow(() -> new IllegalStateException("void of unknown authorization"));
        return new PaymentLedger(method, currency, authorizations.put(auth.id(), auth.voidRest(amount)), captures,
                cashCollected, hold, attempts, declines, authorizationInFlight);
    }

    public PaymentLedger cashCollected(PackageId pkg, Money amount) {
        return new PaymentLedger(method, currency, authorizations, captures, cashCollected.put(pkg, amount), hold,
                attempts, declines, authorizationInFlight);
    }
}
