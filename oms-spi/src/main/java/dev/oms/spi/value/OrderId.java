// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies an order. Assigned by the host's {@link dev.oms.spi.IdGenerator}.
 *
 * @param value the order's id
 */
public record OrderId(String value) implements Comparable<OrderId> {
    /**
     * Checks the id.
     *
     * @param value the order's id
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public OrderId {
        Require.nonBlank(value, "OrderId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the order's id
     */
    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public int compareTo(OrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
