// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a pick list: the units one location must pick for one order.
 *
 * @param value the pick list's id
 */
public record PickListId(String value) implements Comparable<PickListId> {
    /**
     * Checks the id.
     *
     * @param value the pick list's id
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public PickListId {
        Require.nonBlank(value, "PickListId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the pick list's id
     */
    public static PickListId of(String value) {
        return new PickListId(value);
    }

    @Override
    public int compareTo(PickListId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
