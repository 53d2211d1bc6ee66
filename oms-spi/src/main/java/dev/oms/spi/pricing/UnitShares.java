// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.pricing;

import dev.oms.spi.value.Require;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * Splits an amount over the units of a line, exactly: the units are numbered from 0, unit {@code k}'s share is the
 * amount divided by the units, rounded down to the minor unit, plus one minor unit for each of the first
 * {@code remainder} units. Shares differ by at most one minor unit, and the shares of all units add up to the
 * amount, so a refund of every unit, one at a time or all at once, gives back exactly what was charged.
 */
public final class UnitShares {
    private UnitShares() {}

    /**
     * {@return the share of unit {@code unit} (0-based) of {@code amount} split over {@code units} units}
     *
     * @param amount the amount to split; not negative
     * @param units how many units share it; positive
     * @param unit which unit, from 0 to {@code units - 1}
     */
    public static Money share(Money amount, long units, long unit) {
        return ofUnits(amount, units, unit, 1);
    }

    /**
     * {@return the sum of the shares of the first {@code count} units}: monotone in {@code count}, and the whole amount
     * for every unit
     *
     * @param amount the amount to split; not negative
     * @param units how many units share it; positive
     * @param count how many of the first units, from 0 to {@code units}
     */
    public static Money firstUnits(Money amount, long units, long count) {
        return ofUnits(amount, units, 0, count);
    }

    /**
     * {@return the sum of the shares of units {@code from} to {@code from + count - 1}}
     *
     * @param amount the amount to split; not negative
     * @param units how many units share it; positive
     * @param from the first unit, 0-based
     * @param count how many units from there; {@code from + count} at most {@code units}
     */
    public static Money ofUnits(Money amount, long units, long from, long count) {
        Require.nonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a negative amount is not split over units: " + amount);
        }
        if (units <= 0 || from < 0 || count < 0 || from + count > units) {
            throw new IllegalArgumentException("units " + from + ".." + (from + count) + " of " + units);
        }
        return Money.ofMinor(amount.getCurrencyUnit(), prefix(amount.getAmountMinorLong(), units, from + count)
                - prefix(amount.getAmountMinorLong(), units, from));
    }

    /**
     * Splits an amount over weights (line values, say) pro rata, rounded down, the minor units left over going one each
     * to the first parts in order: the parts add up exactly to the amount. Used to allocate an order-level discount
     * across lines by their value.
     *
     * @param amount the amount to split; not negative
     * @param weights the weights, in the amount's currency; not negative
     * @return one part per weight, in order; all zero when every weight is zero
     */
    public static List<Money> proRata(Money amount, List<Money> weights) {
        Require.nonNull(amount, "amount");
        Require.nonNull(weights, "weights");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a negative amount is not split: " + amount);
        }
        java.math.BigInteger total = java.math.BigInteger.ZERO;
        for (Money weight : weights) {
            if (weight.isNegative()) {
                throw new IllegalArgumentException("a negative weight: " + weight);
            }
            total = total.add(java.math.BigInteger.valueOf(weight.getAmountMinorLong()));
        }
        List<Money> parts = new ArrayList<>();
        if (total.signum() == 0) {
            weights.forEach(w -> parts.add(Money.zero(amount.getCurrencyUnit())));
            return List.copyOf(parts);
        }
        java.math.BigInteger minor = java.math.BigInteger.valueOf(amount.getAmountMinorLong());
        long[] floors = new long[weights.size()];
        long left = amount.getAmountMinorLong();
        for (int i = 0; i < floors.length; i++) {
            floors[i] = minor.multiply(java.math.BigInteger.valueOf(weights.get(i).getAmountMinorLong())).divide(total).longValueExact();
            left -= floors[i];
        }
        // The rounding remainder goes one minor unit each to the first parts with a weight, so the split is deterministic.
        for (int i = 0; i < floors.length && left > 0; i++) {
            if (weights.get(i).isPositive()) {
                floors[i]++;
                left--;
            }
        }
        for (long floor : floors) {
            parts.add(Money.ofMinor(amount.getCurrencyUnit(), floor));
        }
        return List.copyOf(parts);
    }

    /** The minor units of the first {@code count} units' shares: the floor share each, plus one for each unit before the remainder. */
    private static long prefix(long minor, long units, long count) {
        return Math.addExact(Math.multiplyExact(minor / units, count), Math.min(count, minor % units));
    }
}
