// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Identifies a capture of authorised money, as the payment provider named it. */
public record CaptureId(String value) implements Comparable<CaptureId> {
    public CaptureId {
        Require.nonBlank(value, "CaptureId");
    }

    /** The id with this text. */
    public static CaptureId of(String value) {
        return new CaptureId(value);
    }

    @Override
    public int compareTo(CaptureId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
