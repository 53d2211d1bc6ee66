// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.pricing;

import dev.oms.spi.value.Require;
import java.math.BigDecimal;
import org.joda.money.Money;

/**
 * One tax on a line or on the shipping charge, for the whole line (all its units): its share per unit is
 * {@link UnitShares#share}.
 *
 * @param jurisdiction who levies it, as the host's tax service names it ({@code "GB"}, {@code "US-NY"}...)
 * @param rate the rate as a fraction ({@code 0.20} for 20%); not negative. Kept for invoices and refunds; the
 *     {@code amount} is what is charged, as the tax service rounded it
 * @param amount the tax for the whole line; not negative
 */
public record TaxLine(String jurisdiction, BigDecimal rate, Money amount) {
    /** Checks the tax line.
     * @param jurisdiction who levies it
     * @param rate the rate as a fraction; not negative
     * @param amount the tax for the whole line; not negative */
    public TaxLine {
        Require.nonBlank(jurisdiction, "jurisdiction");
        Require.nonNull(rate, "rate");
        Require.nonNull(amount, "amount");
        if (rate.signum() < 0 || amount.isNegative()) {
            throw new IllegalArgumentException("a tax's rate and amount are not negative, were " + rate + " and " + amount);
        }
    }
}
