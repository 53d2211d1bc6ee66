// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A share of a whole, kept as its two counts so a reader (or a test) can check it exactly; rounded only when
 * printed. A rate of nothing ({@code whole == 0}) has no value and prints {@code n/a}, not 0 % or 100 %.
 *
 * @param part the units or packages counted
 * @param whole what they are counted out of
 */
public record Rate(long part, long whole) {

    /**
     * Refuses negative counts and a part above its whole.
     *
     * @param part the units or packages counted
     * @param whole what they are counted out of
     */
    public Rate {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("a rate needs 0 <= part <= whole, was " + part + " of " + whole);
        }
    }

    /** {@return the rate as a fraction to six decimals, half-even; empty when the whole is zero} */
    public Optional<BigDecimal> fraction() {
        return whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 6, RoundingMode.HALF_EVEN));
    }

    /** {@return the rate in percent to one decimal, e.g. {@code 87.5 %}, or {@code n/a} when the whole is zero} */
    public String percent() {
        return fraction().map(f -> f.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %").orElse("n/a");
    }

    @Override
    public String toString() {
        return part + "/" + whole + " (" + percent() + ")";
    }
}
