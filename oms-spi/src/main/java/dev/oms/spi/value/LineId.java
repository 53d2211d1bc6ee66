// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a line within its order: {@code L1}, {@code L2}, ... in the order the lines were placed.
 *
 * @param value the line's id, {@code L} and its one-based position
 */
public record LineId(String value) implements Comparable<LineId> {
    /**
     * Checks the id.
     *
     * @param value the line's id, {@code L} and its one-based position
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public LineId {
        Require.nonBlank(value, "LineId");
    }

    /**
     * {@return the id of the line at the given position of an order}
     *
     * @param zeroBasedIndex the line's position, counting from zero
     */
    public static LineId ofPosition(int zeroBasedIndex) {
        return new LineId("L" + (zeroBasedIndex + 1));
    }

    /**
     * {@return the id with this text}
     *
     * @param value the line's id, {@code L} and its one-based position
     */
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
