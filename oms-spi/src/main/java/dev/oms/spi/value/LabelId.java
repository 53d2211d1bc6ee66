// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a carrier label, as the carrier named it.
 *
 * @param value the carrier's id for the label
 */
public record LabelId(String value) implements Comparable<LabelId> {
    /**
     * Checks the id.
     *
     * @param value the carrier's id for the label
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public LabelId {
        Require.nonBlank(value, "LabelId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the carrier's id for the label
     */
    public static LabelId of(String value) {
        return new LabelId(value);
    }

    @Override
    public int compareTo(LabelId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
