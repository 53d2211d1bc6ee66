// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a location that holds stock: a warehouse, a store or a supplier.
 *
 * @param value the location's id
 */
public record LocationId(String value) implements Comparable<LocationId> {
    /**
     * Checks the id.
     *
     * @param value the location's id
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public LocationId {
        Require.nonBlank(value, "LocationId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the location's id
     */
    public static LocationId of(String value) {
        return new LocationId(value);
    }

    @Override
    public int compareTo(LocationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
