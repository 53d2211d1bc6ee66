// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Identifies a package: the unit that is labelled, shipped and delivered (one package, one shipment). */
public record PackageId(String value) implements Comparable<PackageId> {
    public PackageId {
        Require.nonBlank(value, "PackageId");
    }

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
