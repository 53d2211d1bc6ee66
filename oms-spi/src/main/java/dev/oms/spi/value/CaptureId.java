// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a capture of authorised money, as the payment provider named it.
 *
 * @param value the provider's id for the capture
 */
public record CaptureId(String value) implements Comparable<CaptureId> {
    /**
     * Checks the id.
     *
     * @param value the provider's id for the capture
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public CaptureId {
        Require.nonBlank(value, "CaptureId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the provider's id for the capture
     */
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
