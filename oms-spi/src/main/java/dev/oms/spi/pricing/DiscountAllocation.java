// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.pricing;

import dev.oms.spi.value.Require;
import org.joda.money.Money;

/**
 * The part of one promotion that falls on one line, for the whole line (all its units): its share per unit is
 * {@link UnitShares#share}, so a returned unit gives back exactly its share of the discount.
 *
 * @param promotion the promotion or discount code, as the host's promotion engine names it
 * @param amount what it takes off the line's value; not negative
 */
public record DiscountAllocation(String promotion, Money amount) {
    /** Checks the allocation.
     * @param promotion the promotion or code
     * @param amount what it takes off the line's value; not negative */
    public DiscountAllocation {
        Require.nonBlank(promotion, "promotion");
        Require.nonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a discount is not negative, was " + amount);
        }
    }
}
