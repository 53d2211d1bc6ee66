// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Identifies a carrier label, as the carrier named it. */
public record LabelId(String value) implements Comparable<LabelId> {
    public LabelId {
        Require.nonBlank(value, "LabelId");
    }

    /** The id with this text. */
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
