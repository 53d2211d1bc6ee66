// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a return (RMA) of an order: the order's id and the return's number, {@code ORD-1-RMA1}.
 *
 * @param value the return's id
 */
public record ReturnId(String value) implements Comparable<ReturnId> {
    /**
     * Checks the id.
     *
     * @param value the return's id
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public ReturnId {
        Require.nonBlank(value, "ReturnId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the return's id
     */
    public static ReturnId of(String value) {
        return new ReturnId(value);
    }

    @Override
    public int compareTo(ReturnId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
