// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

/**
 * How {@link PostgresInventoryStore#reserve} keeps concurrent reservations from overselling. Both hold
 * row locks until commit and take them in one stable order (by SKU, then location), so two reservations
 * never wait for each other in a cycle.
 */
public enum ReservationLocking {
    /**
     * One {@code UPDATE ... SET reserved = reserved + n WHERE available >= n} per stock row: the check and
     * the change are one statement. The default: one round trip per row and no read before the write.
     */
    CONDITIONAL_UPDATE,
    /** {@code SELECT ... FOR UPDATE} of every row first, checked in Java, then one update per row. */
    ROW_LOCKS
}
