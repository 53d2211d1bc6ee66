// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.backorder;

import dev.oms.spi.value.Require;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Whether a SKU may be backordered, how many units may wait in total, and when stock is expected.
 *
 * @param limit most units of the SKU that may be backordered at once, over all orders; none for no limit
 */
public record BackorderTerms(boolean allowed, Option<Long> limit, Option<LocalDate> expectedRestock) {
    public BackorderTerms {
        Require.nonNull(limit, "limit");
        Require.nonNull(expectedRestock, "expectedRestock");
        if (limit.exists(l -> l < 0)) {
            throw new IllegalArgumentException("a backorder limit cannot be negative, was " + limit.get());
        }
    }

    public static BackorderTerms notAllowed() {
        return new BackorderTerms(false, Option.none(), Option.none());
    }

    /** Backorders allowed without limit and without an expected date; narrow with {@link #withLimit}, {@link #expectedOn}. */
    public static BackorderTerms allowedWithoutLimit() {
        return new BackorderTerms(true, Option.none(), Option.none());
    }

    public BackorderTerms withLimit(long units) {
        return new BackorderTerms(allowed, Option.some(units), expectedRestock);
    }

    public BackorderTerms expectedOn(LocalDate date) {
        return new BackorderTerms(allowed, limit, Option.some(Require.nonNull(date, "date")));
    }

    /** Whether {@code more} units may join the {@code alreadyWaiting} backordered ones. */
    public boolean permits(long alreadyWaiting, long more) {
        return allowed && limit.forAll(l -> alreadyWaiting + more <= l);
    }
}
