// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Identifies a line within its order: {@code L1}, {@code L2}, ... in the order the lines were placed. */
public record LineId(String value) implements Comparable<LineId> {
    public LineId {
        Require.nonBlank(value, "LineId");
    }

    /** The id of the line at the given zero-based position of an order. */
    public static LineId ofPosition(int zeroBasedIndex) {
        return new LineId("L" + (zeroBasedIndex + 1));
    }

    public static LineId of(String value) {
        return new LineId(value);
    }

    @Override
    public int compareTo(LineId other) {
        int byLength = Integer.compare(value.length(), other.value.length());
        return byLength != 0 ? byLength : value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
