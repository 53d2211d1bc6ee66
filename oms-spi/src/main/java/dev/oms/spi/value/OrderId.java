// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Identifies an order. Assigned by the host's {@link dev.oms.spi.IdGenerator}. */
public record OrderId(String value) implements Comparable<OrderId> {
    public OrderId {
        Require.nonBlank(value, "OrderId");
    }

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
