// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a fulfilment request: units of one order sent to an external fulfilment service (a 3PL or a
 * marketplace fulfilment channel) at one location.
 *
 * @param value the request's id
 */
public record FulfilmentRequestId(String value) implements Comparable<FulfilmentRequestId> {
    /**
     * Checks the id.
     *
     * @param value the request's id
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public FulfilmentRequestId {
        Require.nonBlank(value, "FulfilmentRequestId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the request's id
     */
    public static FulfilmentRequestId of(String value) {
        return new FulfilmentRequestId(value);
    }

    @Override
    public int compareTo(FulfilmentRequestId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
