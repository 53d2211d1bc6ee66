// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.RefundId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Pre-ordered units charged at placement, and what became of them: shipped (the prepayment then stands
 * in for the package's capture) or cancelled (the prepayment is refunded). Empty under the default
 * policy, which only authorises pre-orders.
 *
 * @param unshipped prepaid units per line that have neither shipped nor been refunded; never more than
 *     the line's active unshipped units, because cancelling below them owes a refund
 * @param inFlight the prepayment requested and not yet captured
 * @param requests prepayments requested so far: numbers the next
 * @param captures the prepayment captures, oldest first
 * @param applied per shipped package, the part of its value that prepayments had already captured
 * @param refunds refunds of prepayments by key, owed or done, in the order they became owed
 */
public record Prepayments(
        LinkedHashMap<LineId, Long> unshipped,
        Option<Request> inFlight,
        int requests,
        List<Prepaid> captures,
        LinkedHashMap<PackageId, Money> applied,
        LinkedHashMap<String, Refund> refunds) {

    /**
     * A prepayment asked for: {@code quantity} units of a line, for {@code amount}, from one authorisation.
     *
     * @param attempt the prepayment's number, which keys its call to the provider
     * @param lineId the line
     * @param quantity the pre-ordered units paid for
     * @param authorizationId the authorisation drawn on
     * @param amount the money asked for
     */
    public record Request(int attempt, LineId lineId, long quantity, AuthorizationId authorizationId, Money amount) {}

    /**
     * A prepayment captured for units of a line.
     *
     * @param lineId the line
     * @param authorizationId the authorisation drawn on
     * @param captureId the provider's capture id
     * @param amount the money captured
     */
    public record Prepaid(LineId lineId, AuthorizationId authorizationId, CaptureId captureId, Money amount) {}

    /**
     * Money owed back against a prepayment capture; {@code refundId} once the provider refunded it.
     *
     * @param key the refund's key, which keys its call to the provider
     * @param captureId the capture refunded
     * @param amount the money owed back
     * @param refundId the provider's refund id, once refunded
     */
    public record Refund(String key, CaptureId captureId, Money amount, Option<RefundId> refundId) {
        /** {@return whether the refund is still owed} */
        public boolean owed() {
            return refundId.isEmpty();
        }
    }

    /** {@return no prepayments: the state under the default policy} */
    public static Prepayments none() {
        return new Prepayments(LinkedHashMap.empty(), Option.none(), 0, List.empty(), LinkedHashMap.empty(),
                LinkedHashMap.empty());
    }

    /**
     * {@return the prepaid units of a line neither shipped nor refunded}
     *
     * @param line the line
     */
    public long unshipped(LineId line) {
        return unshipped.get(line).getOrElse(0L);
    }

    /**
     * {@return the money captured by prepayments}
     *
     * @param currency the order's currency
     */
    public Money captured(CurrencyUnit currency) {
        return sum(currency, captures.map(Prepaid::amount));
    }

    /**
     * Refunds owed or done: money that is no longer the merchant's, whether or not it has gone back yet.
     *
     * @param currency the order's currency
     * @return the sum of every refund
     */
    public Money refunding(CurrencyUnit currency) {
        return sum(currency, refunds.valuesIterator().map(Refund::amount));
    }

    /**
     * {@return the money the provider has refunded}
     *
     * @param currency the order's currency
     */
    public Money refunded(CurrencyUnit currency) {
        return sum(currency, refunds.valuesIterator().filter(r -> !r.owed()).map(Refund::amount));
    }

    /**
     * {@return the part of a shipped package's value that prepayments had already captured}
     *
     * @param pkg the package
     * @param currency the order's currency
     */
    public Money appliedTo(PackageId pkg, CurrencyUnit currency) {
        return applied.get(pkg).getOrElse(Money.zero(currency));
    }

    /** {@return the refunds still owed, in the order they became owed} */
    public List<Refund> refundsOwed() {
        return refunds.valuesIterator().filter(Refund::owed).toList();
    }

    /**
     * What of a prepayment capture has not been refunded or claimed by a refund owed.
     *
     * @param capture the capture
     * @return the money still refundable
     */
    public Money refundable(Prepaid capture) {
        return capture.amount().minus(sum(capture.amount().getCurrencyUnit(),
                refunds.valuesIterator().filter(r -> r.captureId().equals(capture.captureId())).map(Refund::amount)));
    }

    /**
     * A prepayment was requested and is in flight.
     *
     * @param request the prepayment asked for
     * @return the prepayments after the request
     */
    public Prepayments requested(Request request) {
        return new Prepayments(unshipped, Option.some(request), request.attempt(), captures, applied, refunds);
    }

    /**
     * The request in flight was captured: its units count as prepaid.
     *
     * @param captureId the provider's capture id
     * @return the prepayments after the capture
     * @throws IllegalStateException when no prepayment was requested
     */
    public Prepayments prepaid(CaptureId captureId) {
        Request request = inFlight.getOrElseThrow(() -> new IllegalStateException("no prepayment was requested"));
        Prepaid capture = new Prepaid(request.lineId(), request.authorizationId(), captureId, request.amount());
        return new Prepayments(unshipped.put(request.lineId(), unshipped(request.lineId()) + request.quantity()),
                Option.none(), requests, captures.append(capture), applied, refunds);
    }

    /**
     * Prepaid units of a line shipped in a package worth {@code value} of prepaid money.
     *
     * @param pkg the package
     * @param line the line
     * @param units the prepaid units shipped
     * @param value their prepaid money
     * @return the prepayments after the shipment
     */
    public Prepayments shipped(PackageId pkg, LineId line, long units, Money value) {
        if (units == 0) {
            return this;
        }
        return new Prepayments(unshipped.put(line, unshipped(line) - units), inFlight, requests, captures,
                applied.put(pkg, appliedTo(pkg, value.getCurrencyUnit()).plus(value)), refunds);
    }

    /**
     * Prepaid units of a line no longer wanted: their money is owed back, drawn from the line's captures oldest first.
     *
     * @param line the line
     * @param units the prepaid units cancelled
     * @param value their prepaid money
     * @param keyPrefix the prefix of the refunds' keys
     * @return the prepayments with the refunds owed
     * @throws IllegalStateException when more is cancelled than was captured for the line
     */
    public Prepayments cancelled(LineId line, long units, Money value, String keyPrefix) {
        if (units == 0) {
            return this;
        }
        LinkedHashMap<String, Refund> owed = refunds;
        Money left = value;
        Prepayments working = this;
        for (Prepaid capture : captures.filter(c -> c.lineId().equals(line))) {
            Money refundable = working.refundable(capture);
            if (!left.isPositive() || !refundable.isPositive()) {
                continue;
            }
            Money amount = left.isGreaterThan(refundable) ? refundable : left;
            String key = keyPrefix + ":" + (owed.size() + 1);
            owed = owed.put(key, new Refund(key, capture.captureId(), amount, Option.none()));
            left = left.minus(amount);
            working = new Prepayments(unshipped, inFlight, requests, captures, applied, owed);
        }
        if (left.isPositive()) {
            throw new IllegalStateException("prepaid units of " + line + " cancelled beyond what was captured for them");
        }
        return new Prepayments(unshipped.put(line, unshipped(line) - units), inFlight, requests, captures, applied, owed);
    }

    /**
     * The oldest refund owed against the capture for this amount was paid back.
     *
     * @param captureId the capture refunded
     * @param amount the money refunded
     * @param refundId the provider's refund id
     * @return the prepayments after the refund
     * @throws IllegalStateException when no such refund is owed
     */
    public Prepayments refunded(CaptureId captureId, Money amount, RefundId refundId) {
        Refund refund = refundsOwed().find(r -> r.captureId().equals(captureId) && r.amount().equals(amount))
                .getOrElseThrow(() -> new IllegalStateException("no refund of " + amount + " owed on " + captureId));
        return new Prepayments(unshipped, inFlight, requests, captures, applied,
                refunds.put(refund.key(), new Refund(refund.key(), captureId, amount, Option.some(refundId))));
    }

    private static Money sum(CurrencyUnit currency, Iterable<Money> amounts) {
        Money total = Money.zero(currency);
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }
}
