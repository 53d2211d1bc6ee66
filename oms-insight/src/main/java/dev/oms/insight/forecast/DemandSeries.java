// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Units demanded in each of a run of equal periods (days, weeks), oldest first: the order history of one SKU
 * at one location, bucketed by the host. A period without demand holds zero; units are never negative.
 *
 * <p>Periods are numbered from 0 in this API. The series is immutable: it copies what it is given and hands
 * out copies.
 */
public final class DemandSeries {
    private final long[] units;

    private DemandSeries(long[] units) {
        this.units = units;
    }

    /**
     * {@return the series of these units per period, oldest first}
     *
     * @param units the units demanded in each period; at least one period, none negative
     * @throws NullPointerException if {@code units} is null
     * @throws IllegalArgumentException if {@code units} is empty or holds a negative count
     */
    public static DemandSeries of(long... units) {
        Objects.requireNonNull(units, "units is null");
        if (units.length == 0) {
            throw new IllegalArgumentException("units is empty: a demand series needs at least one period");
        }
        for (int period = 0; period < units.length; period++) {
            if (units[period] < 0) {
                throw new IllegalArgumentException("units[" + period + "] is negative: " + units[period]);
            }
        }
        return new DemandSeries(units.clone());
    }

    /**
     * {@return the series of these units per period, oldest first}
     *
     * @param units the units demanded in each period; at least one period, none null or negative
     * @throws NullPointerException if {@code units} or one of its elements is null
     * @throws IllegalArgumentException if {@code units} is empty or holds a negative count
     */
    public static DemandSeries of(List<Long> units) {
        Objects.requireNonNull(units, "units is null");
        long[] copy = new long[units.size()];
        for (int period = 0; period < copy.length; period++) {
            int index = period;
            copy[period] = Objects.requireNonNull(units.get(period), () -> "units[" + index + "] is null");
        }
        return of(copy);
    }

    /** {@return how many periods the series covers} */
    public int periods() {
        return units.length;
    }

    /**
     * {@return the units demanded in one period}
     *
     * @param period the period, from 0 (the oldest) to {@code periods() - 1}
     * @throws IndexOutOfBoundsException if there is no such period
     */
    public long unitsIn(int period) {
        Objects.checkIndex(period, units.length);
        return units[period];
    }

    /** {@return how many periods saw any demand: the demand occurrences} */
    public int demandOccurrences() {
        int occurrences = 0;
        for (long u : units) {
            if (u > 0) {
                occurrences++;
            }
        }
        return occurrences;
    }

    /** {@return a copy of the units per period, oldest first} */
    public long[] toArray() {
        return units.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemandSeries series && Arrays.equals(units, series.units);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(units);
    }

    @Override
    public String toString() {
        return "DemandSeries" + Arrays.toString(units);
    }
}
