// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * A strictly positive number of units. Bucket counts that may be zero are plain {@code long}s.
 *
 * @param units the number of units; positive
 */
public record Quantity(long units) implements Comparable<Quantity> {
    /**
     * Checks the number.
     *
     * @param units the number of units; positive
     * @throws IllegalArgumentException if {@code units} is not positive
     */
    public Quantity {
        if (units <= 0) {
            throw new IllegalArgumentException("Quantity must be positive, was " + units);
        }
    }

    /**
     * {@return the quantity of this many units}
     *
     * @param units the number of units; positive
     * @throws IllegalArgumentException if {@code units} is not positive
     */
    public static Quantity of(long units) {
        return new Quantity(units);
    }

    /**
     * {@return the sum of this quantity and another}
     *
     * @param other the quantity to add
     * @throws ArithmeticException if the sum overflows a {@code long}
     */
    public Quantity plus(Quantity other) {
        return new Quantity(Math.addExact(units, other.units));
    }

    @Override
    public int compareTo(Quantity other) {
        return Long.compare(units, other.units);
    }

    @Override
    public String toString() {
        return Long.toString(units);
    }
}
