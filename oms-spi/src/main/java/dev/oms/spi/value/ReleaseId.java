// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies reserved stock an order owes back to the inventory, and the release that settles it. A
 * cancellation of held units ({@code UnitsCancelled.cancellationId}) and a reroute
 * ({@code UnitsDeallocated.rerouteId}) each free stock under one such id; {@code StockReleased} names it once
 * the stock is back, and the inventory's release is keyed by it.
 *
 * @param value the release's id
 */
public record ReleaseId(String value) implements Comparable<ReleaseId> {
    /**
     * Checks the id.
     *
     * @param value the release's id
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public ReleaseId {
        Require.nonBlank(value, "ReleaseId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the release's id
     */
    public static ReleaseId of(String value) {
        return new ReleaseId(value);
    }

    @Override
    public int compareTo(ReleaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
