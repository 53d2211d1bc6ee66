// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a refund, as the payment provider named it.
 *
 * @param value the provider's id for the refund
 */
public record RefundId(String value) implements Comparable<RefundId> {
    /**
     * Checks the id.
     *
     * @param value the provider's id for the refund
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public RefundId {
        Require.nonBlank(value, "RefundId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the provider's id for the refund
     */
    public static RefundId of(String value) {
        return new RefundId(value);
    }

    @Override
    public int compareTo(RefundId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
