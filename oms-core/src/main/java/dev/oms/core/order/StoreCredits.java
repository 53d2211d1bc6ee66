// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.StoreCreditEvent.StoreCreditIssued;
import dev.oms.spi.event.StoreCreditEvent.StoreCreditOwed;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.StoreCreditId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Money an order owes back, or paid back, as store credit or a gift card rather than to its payment: drawn on no capture,
 * yet counted against the captures, so refunds and credits together never exceed what the order captured.
 *
 * @param byNumber the credits by number, in the order they became owed
 */
public record StoreCredits(LinkedHashMap<Integer, Credit> byNumber) {
    /** No credit. */
    public static final StoreCredits NONE = new StoreCredits(LinkedHashMap.empty());

    /**
     * One credit; {@code creditId} once the provider issued it.
     *
     * @param number the credit's number within the order, from 1
     * @param amount the money owed back
     * @param reason what it is owed for
     * @param creditId the provider's id, once issued
     */
    public record Credit(int number, Money amount, String reason, Option<StoreCreditId> creditId) {
        /** {@return whether the credit is still owed} */
        public boolean owed() {
            return creditId.isEmpty();
        }
    }

    /** Refuses null.
     * @param byNumber the credits by number */
    public StoreCredits {
        Require.nonNull(byNumber, "byNumber");
    }

    /** {@return the number the order's next credit gets} */
    public int nextNumber() {
        return byNumber.size() + 1;
    }

    /** {@return every credit, owed or issued, in the order they became owed} */
    public List<Credit> all() {
        return byNumber.values().toList();
    }

    /** {@return the credits still owed} */
    public List<Credit> owed() {
        return all().filter(Credit::owed);
    }

    /** {@return the money credited or owed as credit}
     * @param currency the order's currency */
    public Money total(CurrencyUnit currency) {
        return all().foldLeft(Money.zero(currency), (sum, c) -> sum.plus(c.amount()));
    }

    StoreCredits owed(StoreCreditOwed e) {
        if (e.credit() != nextNumber()) {
            throw new IllegalStateException("store credit " + e.credit() + " owed; the next is " + nextNumber());
        }
        return new StoreCredits(byNumber.put(e.credit(), new Credit(e.credit(), e.amount(), e.reason(), Option.none())));
    }

    StoreCredits issued(StoreCreditIssued e) {
        Credit owed = byNumber.get(e.credit()).filter(Credit::owed)
                .getOrElseThrow(() -> new IllegalStateException("no store credit " + e.credit() + " owed"));
        return new StoreCredits(byNumber.put(e.credit(), new Credit(owed.number(), owed.amount(), owed.reason(), Option.some(e.creditId()))));
    }
}
