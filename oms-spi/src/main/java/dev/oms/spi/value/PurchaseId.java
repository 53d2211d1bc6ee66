// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Identifies an indent purchase: units bought from a supplier for one order. */
public record PurchaseId(String value) implements Comparable<PurchaseId> {
    public PurchaseId {
        Require.nonBlank(value, "PurchaseId");
    }

    /** The id with this text. */
    public static PurchaseId of(String value) {
        return new PurchaseId(value);
    }

    @Override
    public int compareTo(PurchaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
