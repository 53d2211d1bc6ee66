// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a goods receipt against an indent purchase, under which its ring-fenced stock is owed.
 *
 * @param value the receipt's id
 */
public record ReceiptId(String value) implements Comparable<ReceiptId> {
    /**
     * Checks the id.
     *
     * @param value the receipt's id
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public ReceiptId {
        Require.nonBlank(value, "ReceiptId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the receipt's id
     */
    public static ReceiptId of(String value) {
        return new ReceiptId(value);
    }

    @Override
    public int compareTo(ReceiptId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
