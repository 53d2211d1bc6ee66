// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Identifies a pick list: the units one location must pick for one order. */
public record PickListId(String value) implements Comparable<PickListId> {
    public PickListId {
        Require.nonBlank(value, "PickListId");
    }

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
