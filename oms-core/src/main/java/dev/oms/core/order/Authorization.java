// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.value.AuthorizationId;
import io.vavr.collection.List;
import org.joda.money.Money;

/**
 * One authorisation and how much of it was captured or voided since, and what of it is being released.
 *
 * @param id the payment provider's authorisation id
 * @param amount the amount authorised
 * @param captured how much of it was captured so far
 * @param voided how much of it was voided so far, releases done included
 * @param releasing the releases recorded and not yet done, oldest first: money given back before the order is done
 * @param released how many releases were done: the next one recorded is numbered after them and those releasing
 */
public record Authorization(AuthorizationId id, Money amount, Money captured, Money voided, List<Release> releasing, int released) {

    /**
     * Part of an authorisation to give back now, recorded before the provider is asked: its number and amount fix the
     * void's key and request, whatever the order does next.
     *
     * @param number the release's number on its authorisation, from 1
     * @param amount the money to release
     */
    public record Release(int number, Money amount) {}

    /**
     * Checks the components: no more captured, voided and being released than authorised.
     *
     * @param id the authorisation id
     * @param amount the amount authorised
     * @param captured how much was captured
     * @param voided how much was voided
     * @param releasing the releases not yet done
     * @param released how many releases were done
     */
    public Authorization {
        if (captured.plus(voided).plus(sum(releasing, amount)).isGreaterThan(amount)) {
            throw new IllegalStateException("authorization " + id + " used beyond its amount");
        }
    }

    static Authorization of(AuthorizationId id, Money amount) {
        return new Authorization(id, amount, Money.zero(amount.getCurrencyUnit()), Money.zero(amount.getCurrencyUnit()), List.empty(), 0);
    }

    /** {@return what can still be captured or voided}: neither captured, voided nor being released */
    public Money open() {
        Money open = amount.minus(captured).minus(voided);
        return releasing.isEmpty() ? open : open.minus(sum(releasing, amount));
    }

    /** {@return the number the next release recorded on this authorisation gets} */
    public int nextRelease() {
        return released + releasing.size() + 1;
    }

    Authorization capture(Money more) {
        return new Authorization(id, amount, captured.plus(more), voided, releasing, released);
    }

    Authorization voidRest(Money rest) {
        return new Authorization(id, amount, captured, voided.plus(rest), releasing, released);
    }

    Authorization releaseRequested(int number, Money part) {
        if (number != nextRelease()) {
            throw new IllegalStateException("authorization " + id + " expects release " + nextRelease() + ", not " + number);
        }
        return new Authorization(id, amount, captured, voided, releasing.append(new Release(number, part)), released);
    }

    Authorization releaseDone(int number, Money part) {
        if (releasing.isEmpty() || releasing.head().number() != number || !releasing.head().amount().equals(part)) {
            throw new IllegalStateException("authorization " + id + " has no release " + number + " of " + part + " owed");
        }
        return new Authorization(id, amount, captured, voided.plus(part), releasing.tail(), released + 1);
    }

    private static Money sum(List<Release> releases, Money like) {
        return releases.foldLeft(Money.zero(like.getCurrencyUnit()), (total, r) -> total.plus(r.amount()));
    }
}
