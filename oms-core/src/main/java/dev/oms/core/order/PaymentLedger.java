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
 * @param method how the customer pays
 * @param currency the order's currency
 * @param authorizations the authorisations granted, by id, oldest first
 * @param captures the captures for shipped packages, oldest first
 * @param cashCollected cash collected on delivery, per package
 * @param hold why payment is on hold (a decline), until a retry is requested
 * @param attempts authorisation attempts recorded so far, approved or declined: numbers the next attempt
 * @param declines declines recorded so far, at authorisation or capture
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

    /**
     * The ledger of a new order: nothing authorised, captured or collected.
     *
     * @param method how the customer pays
     * @param currency the order's currency
     * @return the empty ledger
     */
    public static PaymentLedger opened(PaymentMethod method, CurrencyUnit currency) {
        return new PaymentLedger(method, currency, LinkedHashMap.empty(), List.empty(), LinkedHashMap.empty(),
                Option.none(), 0, 0, Option.none());
    }

    /** {@return whether the customer pays cash on delivery} */
    public boolean isCashOnDelivery() {
        return method instanceof PaymentMethod.CashOnDelivery;
    }

    /** {@return whether payment is on hold after a decline} */
    public boolean onHold() {
        return hold.isDefined();
    }

    /** {@return zero in the ledger's currency} */
    public Money zero() {
        return Money.zero(currency);
    }

    /** {@return the money authorised so far, over every authorisation} */
    public Money authorized() {
        return sum(authorizations.valuesIterator().map(Authorization::amount));
    }

    /** {@return the money captured for shipped packages}; prepayments are in {@code Order.prepayments()} */
    public Money captured() {
        return sum(captures.map(Capture::amount));
    }

    /** {@return the authorised money voided so far} */
    public Money voided() {
        return sum(authorizations.valuesIterator().map(Authorization::voided));
    }

    /** {@return the cash collected on delivery so far} */
    public Money cash() {
        return sum(cashCollected.values());
    }

    /** {@return authorised money not yet captured or voided} */
    public Money openAuthorized() {
        return sum(authorizations.valuesIterator().map(Authorization::open));
    }

    /**
     * {@return the money captured for one package}
     *
     * @param pkg the package
     */
    public Money capturedFor(PackageId pkg) {
        return sum(captures.filter(c -> c.packageId().equals(pkg)).map(Capture::amount));
    }

    /** {@return authorisations with money left, oldest first}: captures draw from them in this order */
    public List<Authorization> openAuthorizations() {
        return authorizations.valuesIterator().filter(a -> a.open().isPositive()).toList();
    }

    private Money sum(Iterable<Money> amounts) {
        long minor = 0; // in minor units: one Money for the sum, not one per amount added
        for (Money m : amounts) {
            minor = Math.addExact(minor, m.getAmountMinorLong());
        }
        return Money.ofMinor(currency, minor);
    }

    /**
     * An authorisation of {@code amount} was asked for; its answer is owed.
     *
     * @param amount the amount asked for
     * @return the ledger after the request
     */
    public PaymentLedger authorizationRequested(Money amount) {
        return new PaymentLedger(method, currency, authorizations, captures, cashCollected, hold, attempts, declines,
                Option.some(amount));
    }

    /** {@return the number of the next (or in-flight) authorisation attempt}, which keys its call to the provider */
    public int nextAttempt() {
        return attempts + 1;
    }

    /**
     * An authorisation was granted: it counts as an attempt and settles the one in flight.
     *
     * @param authorizationId the provider's authorisation id
     * @param amount the amount authorised
     * @return the ledger after the authorisation
     */
    public PaymentLedger authorized(AuthorizationId authorizationId, Money amount) {
        return new PaymentLedger(method, currency, authorizations.put(authorizationId, Authorization.of(authorizationId, amount)),
                captures, cashCollected, hold, attempts + 1, declines, Option.none());
    }

    /**
     * A payment was declined and is on hold until a retry. A decline at authorisation counts as an attempt;
     * a decline at capture does not.
     *
     * @param reason why, kept as the hold
     * @param atAuthorization whether the authorisation was declined, rather than a capture
     * @return the ledger after the decline
     */
    public PaymentLedger declined(String reason, boolean atAuthorization) {
        return new PaymentLedger(method, currency, authorizations, captures, cashCollected, Option.some(reason),
                attempts + (atAuthorization ? 1 : 0), declines + 1,
                atAuthorization ? Option.none() : authorizationInFlight);
    }

    /**
     * The customer retries payment, perhaps with another method: the hold is lifted.
     *
     * @param newMethod how the customer now pays
     * @return the ledger after the retry
     */
    public PaymentLedger retried(PaymentMethod newMethod) {
        return new PaymentLedger(newMethod, currency, authorizations, captures, cashCollected, Option.none(), attempts,
                declines, authorizationInFlight);
    }

    /**
     * A package's capture drew on an authorisation.
     *
     * @param capture the capture
     * @return the ledger after the capture
     * @throws IllegalStateException when the capture names an unknown authorisation
     */
    public PaymentLedger captured(Capture capture) {
        Authorization auth = authorizations.get(capture.authorizationId())
                .getOrElseThrow(() -> new IllegalStateException("capture against unknown authorization"));
        return new PaymentLedger(method, currency,
                authorizations.put(auth.id(), auth.capture(capture.amount())), captures.append(capture), cashCollected,
                hold, attempts, declines, authorizationInFlight);
    }

    /**
     * A prepayment drew on an authorisation; it is listed in {@link Prepayments}, not among the package captures.
     *
     * @param authorizationId the authorisation drawn on
     * @param amount the amount captured
     * @return the ledger after the prepayment
     * @throws IllegalStateException when the authorisation is unknown
     */
    public PaymentLedger prepaid(AuthorizationId authorizationId, Money amount) {
        Authorization auth = authorizations.get(authorizationId)
                .getOrElseThrow(() -> new IllegalStateException("prepayment against unknown authorization"));
        return new PaymentLedger(method, currency, authorizations.put(auth.id(), auth.capture(amount)), captures,
                cashCollected, hold, attempts, declines, authorizationInFlight);
    }

    /**
     * Part of an authorisation was voided.
     *
     * @param authorizationId the authorisation
     * @param amount the amount voided
     * @return the ledger after the void
     * @throws IllegalStateException when the authorisation is unknown
     */
    public PaymentLedger voided(AuthorizationId authorizationId, Money amount) {
        Authorization auth = authorizations.get(authorizationId)
                .getOrElseThrow(() -> new IllegalStateException("void of unknown authorization"));
        return new PaymentLedger(method, currency, authorizations.put(auth.id(), auth.voidRest(amount)), captures,
                cashCollected, hold, attempts, declines, authorizationInFlight);
    }

    /**
     * Part of an authorisation is to be released now; or a release recorded before was done.
     *
     * @param authorizationId the authorisation
     * @param number the release's number on it
     * @param amount the money released
     * @param done whether the provider voided it (else it was just recorded)
     * @return the ledger after it
     * @throws IllegalStateException when the authorisation is unknown or the release out of turn
     */
    public PaymentLedger release(AuthorizationId authorizationId, int number, Money amount, boolean done) {
        Authorization auth = authorizations.get(authorizationId)
                .getOrElseThrow(() -> new IllegalStateException("release of unknown authorization"));
        Authorization after = done ? auth.releaseDone(number, amount) : auth.releaseRequested(number, amount);
        return new PaymentLedger(method, currency, authorizations.put(auth.id(), after), captures, cashCollected, hold, attempts,
                declines, authorizationInFlight);
    }

    /**
     * Cash was collected on delivery of a package.
     *
     * @param pkg the package delivered
     * @param amount the cash collected
     * @return the ledger after the collection
     */
    public PaymentLedger cashCollected(PackageId pkg, Money amount) {
        return new PaymentLedger(method, currency, authorizations, captures, cashCollected.put(pkg, amount), hold,
                attempts, declines, authorizationInFlight);
    }
}
