// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Identifies a location that holds stock: a warehouse, a store or a supplier. */
public record LocationId(String value) implements Comparable<LocationId> {
    public LocationId {
        Require.nonBlank(value, "LocationId");
    }

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
