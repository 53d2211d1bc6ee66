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
     * The ids of the first 64 positions, made once: every order names its lines by them and every stored event about
     * a line repeats one, so sharing them keeps two objects per mention out of the heap of a store holding its orders.
     */
    private static final LineId[] FIRST_POSITIONS = java.util.stream.IntStream.rangeClosed(1, 64)
            .mapToObj(number -> new LineId("L" + number)).toArray(LineId[]::new);

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
        return zeroBasedIndex >= 0 && zeroBasedIndex < FIRST_POSITIONS.length ? FIRST_POSITIONS[zeroBasedIndex]
                : new LineId("L" + (zeroBasedIndex + 1));
    }

    /**
     * {@return the id with this text}
     *
     * @param value the line's id, {@code L} and its one-based position
     */
    public static LineId of(String value) {
        int position = firstPosition(value);
        return position >= 0 ? FIRST_POSITIONS[position] : new LineId(value);
    }

    /** The zero-based position {@code value} names when it is one of {@link #FIRST_POSITIONS} ({@code L1} to {@code L64}), else -1. */
    private static int firstPosition(String value) {
        if (value == null || value.length() < 2 || value.length() > 3 || value.charAt(0) != 'L' || value.charAt(1) == '0') {
            return -1;
        }
        int number = 0;
        for (int i = 1; i < value.length(); i++) {
            char digit = value.charAt(i);
            if (digit < '0' || digit > '9') {
                return -1;
            }
            number = number * 10 + (digit - '0');
        }
        return number <= FIRST_POSITIONS.length ? number - 1 : -1;
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
