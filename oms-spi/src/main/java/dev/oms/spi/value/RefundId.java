// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Identifies a refund, as the payment provider named it. */
public record RefundId(String value) implements Comparable<RefundId> {
    public RefundId {
        Require.nonBlank(value, "RefundId");
    }

    /** The id with this text. */
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
