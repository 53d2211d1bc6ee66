// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.pricing;

import dev.oms.spi.value.Require;
import java.util.List;
import org.joda.money.Money;

/**
 * What a line's price is made of beyond its unit price: the discounts allocated to it and the taxes on it, each for
 * the whole line. A line's total is its unit price times its quantity, less its discounts, plus its taxes when prices
 * exclude tax. The units of a line share each amount by {@link UnitShares}, component by component, so that the
 * value of any run of units is exact and the values of all units add up to the total.
 *
 * @param discounts the discounts on the line, in the order the promotion engine applied them
 * @param taxes the taxes on the line (after discounts)
 * @param taxIncluded whether the unit price already includes the taxes (as in most of Europe): then they are part of
 *     the price, shown but not added
 */
public record PriceBreakdown(List<DiscountAllocation> discounts, List<TaxLine> taxes, boolean taxIncluded) {

    /** A price as given: no discount, no tax. Lines placed before breakdowns existed have it. */
    public static final PriceBreakdown NONE = new PriceBreakdown(List.of(), List.of(), false);

    /** Copies the lists.
     * @param discounts the discounts on the line
     * @param taxes the taxes on the line
     * @param taxIncluded whether the unit price includes the taxes */
    public PriceBreakdown {
        discounts = List.copyOf(Require.nonNull(discounts, "discounts"));
        taxes = List.copyOf(Require.nonNull(taxes, "taxes"));
    }

    /** {@return whether every discount and tax is in this currency}: a line's breakdown is in its unit price's
     * @param currency the currency */
    public boolean isIn(org.joda.money.CurrencyUnit currency) {
        return discounts.stream().allMatch(d -> d.amount().getCurrencyUnit().equals(currency))
                && taxes.stream().allMatch(t -> t.amount().getCurrencyUnit().equals(currency));
    }

    /** {@return whether there is nothing beyond the unit price} */
    public boolean isNone() {
        return discounts.isEmpty() && taxes.isEmpty() && !taxIncluded;
    }

    /** {@return the total of the discounts}
     * @param unitPrice the line's unit price, for its currency */
    public Money discount(Money unitPrice) {
        return sum(unitPrice, discounts.stream().map(DiscountAllocation::amount).toList());
    }

    /** {@return the total of the taxes}
     * @param unitPrice the line's unit price, for its currency */
    public Money tax(Money unitPrice) {
        return sum(unitPrice, taxes.stream().map(TaxLine::amount).toList());
    }

    /**
     * {@return what the customer pays for the whole line}: the unit price times the quantity, less the discounts, plus
     * the taxes when prices exclude them
     *
     * @param unitPrice the line's unit price
     * @param quantity the line's units
     */
    public Money total(Money unitPrice, long quantity) {
        return valueOfUnits(unitPrice, quantity, 0, quantity);
    }

    /**
     * {@return what the customer pays for units {@code from} to {@code from + count - 1} of the line}: each discount and
     * tax split by {@link UnitShares}. Adjacent runs add up to the run they make, and all units to {@link #total}
     *
     * @param unitPrice the line's unit price
     * @param quantity the line's units
     * @param from the first unit, 0-based
     * @param count how many units
     */
    public Money valueOfUnits(Money unitPrice, long quantity, long from, long count) {
        Money value = unitPrice.multipliedBy(count);
        if (count == 0 || isNone()) {
            return value; // also for a line's zero units, which UnitShares would not split over
        }
        for (DiscountAllocation discount : discounts) {
            value = value.minus(UnitShares.ofUnits(discount.amount(), quantity, from, count));
        }
        if (!taxIncluded) {
            for (TaxLine tax : taxes) {
                value = value.plus(UnitShares.ofUnits(tax.amount(), quantity, from, count));
            }
        }
        return value;
    }

    private static Money sum(Money unitPrice, List<Money> amounts) {
        return amounts.stream().reduce(Money.zero(unitPrice.getCurrencyUnit()), Money::plus);
    }
}
