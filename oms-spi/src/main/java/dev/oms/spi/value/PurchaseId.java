// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies an indent purchase: units bought from a supplier for one order.
 *
 * @param value the purchase's id
 */
public record PurchaseId(String value) implements Comparable<PurchaseId> {
    /**
     * Checks the id.
     *
     * @param value the purchase's id
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public PurchaseId {
        Require.nonBlank(value, "PurchaseId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the purchase's id
     */
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
