// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.availability;

import dev.oms.spi.value.Require;

/**
 * Identifies a hold; chosen by the storefront (a checkout or cart id), so a repeated request finds the same hold.
 *
 * @param value the hold's id
 */
public record HoldId(String value) implements Comparable<HoldId> {
    /**
     * Checks the id.
     *
     * @param value the hold's id
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public HoldId {
        Require.nonBlank(value, "HoldId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the hold's id
     */
    public static HoldId of(String value) {
        return new HoldId(value);
    }

    @Override
    public int compareTo(HoldId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
