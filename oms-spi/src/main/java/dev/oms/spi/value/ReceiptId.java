// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Identifies a goods receipt against an indent purchase, under which its ring-fenced stock is owed. */
public record ReceiptId(String value) implements Comparable<ReceiptId> {
    public ReceiptId {
        Require.nonBlank(value, "ReceiptId");
    }

    /** The id with this text. */
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
