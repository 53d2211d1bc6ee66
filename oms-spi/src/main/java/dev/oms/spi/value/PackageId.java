// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a package: the unit that is labelled, shipped and delivered (one package, one shipment).
 *
 * @param value the package's id
 */
public record PackageId(String value) implements Comparable<PackageId> {
    /**
     * Checks the id.
     *
     * @param value the package's id
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public PackageId {
        Require.nonBlank(value, "PackageId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the package's id
     */
    public static PackageId of(String value) {
        return new PackageId(value);
    }

    @Override
    public int compareTo(PackageId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
