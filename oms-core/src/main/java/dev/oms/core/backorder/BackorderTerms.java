// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.backorder;

import dev.oms.spi.value.Require;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Whether a SKU may be backordered, how many units may wait, and when stock is expected: for the SKU as a whole
 * ({@link BackorderPolicy#termsFor}) or at one location ({@link BackorderPolicy#termsAt}).
 *
 * @param allowed whether units of the SKU may be backordered at all
 * @param limit most units of the SKU that may be backordered at once, over all orders: those waiting for stock
 *     anywhere for the SKU's terms, those waiting at the location for a location's terms; none for no limit
 * @param expectedRestock when stock of the SKU is expected, if known
 */
public record BackorderTerms(boolean allowed, Option<Long> limit, Option<LocalDate> expectedRestock) {
    /**
     * Checks the components: a limit, if any, is not negative.
     *
     * @param allowed whether units may be backordered
     * @param limit most units that may be backordered at once; none for no limit
     * @param expectedRestock when stock is expected, if known
     */
    public BackorderTerms {
        Require.nonNull(limit, "limit");
        Require.nonNull(expectedRestock, "expectedRestock");
        if (limit.exists(l -> l < 0)) {
            throw new IllegalArgumentException("a backorder limit cannot be negative, was " + limit.get());
        }
    }

    /** {@return terms that allow no backorders} */
    public static BackorderTerms notAllowed() {
        return new BackorderTerms(false, Option.none(), Option.none());
    }

    /** {@return terms that allow backorders without limit or expected date}; narrow with {@link #withLimit}, {@link #expectedOn} */
    public static BackorderTerms allowedWithoutLimit() {
        return new BackorderTerms(true, Option.none(), Option.none());
    }

    /**
     * These terms with a limit on the units backordered at once.
     *
     * @param units most units of the SKU that may wait, over all orders
     * @return the narrowed terms
     */
    public BackorderTerms withLimit(long units) {
        return new BackorderTerms(allowed, Option.some(units), expectedRestock);
    }

    /**
     * These terms with the date stock is expected, told to the customer.
     *
     * @param date when stock is expected
     * @return the narrowed terms
     */
    public BackorderTerms expectedOn(LocalDate date) {
        return new BackorderTerms(allowed, limit, Option.some(Require.nonNull(date, "date")));
    }

    /**
     * Whether {@code more} units may join the {@code alreadyWaiting} backordered ones.
     *
     * @param alreadyWaiting units of the SKU backordered now, over all orders
     * @param more units that would join them
     * @return whether backorders are allowed and the total stays within the limit
     */
    public boolean permits(long alreadyWaiting, long more) {
        return allowed && limit.forAll(l -> alreadyWaiting + more <= l);
    }
}
