// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a claim of an order (a parcel damaged, not received, or the wrong item): the order's id and the
 * claim's number, {@code ORD-1-CLM1}.
 *
 * @param value the claim's id
 */
public record ClaimId(String value) implements Comparable<ClaimId> {
    /**
     * Checks the id.
     *
     * @param value the claim's id
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public ClaimId {
        Require.nonBlank(value, "ClaimId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the claim's id
     */
    public static ClaimId of(String value) {
        return new ClaimId(value);
    }

    @Override
    public int compareTo(ClaimId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
