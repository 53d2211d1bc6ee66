// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.pricing;

import dev.oms.spi.value.Require;
import java.util.List;
import org.joda.money.Money;

/**
 * Shipping as its own chargeable line of an order: charged once, with the first package that ships, and not at all
 * when every unit is cancelled.
 *
 * @param service the shipping service or a description of the charge ({@code "standard"}, {@code "express"})
 * @param amount the charge before the taxes when they are excluded, after them when included; not negative
 * @param taxes the taxes on shipping
 * @param taxIncluded whether {@code amount} already includes the taxes
 */
public record ShippingCharge(String service, Money amount, List<TaxLine> taxes, boolean taxIncluded) {
    /** Checks the charge and copies the taxes.
     * @param service the shipping service or a description
     * @param amount the charge; not negative
     * @param taxes the taxes on it, in the charge's currency
     * @param taxIncluded whether the amount includes the taxes */
    public ShippingCharge {
        Require.nonBlank(service, "service");
        Require.nonNull(amount, "amount");
        taxes = List.copyOf(Require.nonNull(taxes, "taxes"));
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a shipping charge is not negative, was " + amount);
        }
        for (TaxLine tax : taxes) {
            if (!tax.amount().getCurrencyUnit().equals(amount.getCurrencyUnit())) {
                throw new IllegalArgumentException("a tax on shipping in " + tax.amount().getCurrencyUnit() + ", the charge in "
                        + amount.getCurrencyUnit());
            }
        }
    }

    /** {@return a charge without tax}
     * @param service the shipping service or a description
     * @param amount the charge */
    public static ShippingCharge untaxed(String service, Money amount) {
        return new ShippingCharge(service, amount, List.of(), false);
    }

    /** {@return the taxes on shipping} */
    public Money tax() {
        return taxes.stream().map(TaxLine::amount).reduce(Money.zero(amount.getCurrencyUnit()), Money::plus);
    }

    /** {@return what the customer pays for shipping}: the amount, plus the taxes when they are excluded */
    public Money total() {
        return taxIncluded ? amount : amount.plus(tax());
    }
}
