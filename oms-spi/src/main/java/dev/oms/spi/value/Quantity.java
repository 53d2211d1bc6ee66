// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** A strictly positive number of units. Bucket counts that may be zero are plain {@code long}s. */
public record Quantity(long units) implements Comparable<Quantity> {
    public Quantity {
        if (units <= 0) {
            throw new IllegalArgumentException("Quantity must be positive, was " + units);
        }
    }

    public static Quantity of(long units) {
        return new Quantity(units);
    }

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
