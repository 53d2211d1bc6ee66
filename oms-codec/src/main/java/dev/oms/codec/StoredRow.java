// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * The row a stored event text was read from: what a {@link StoredFormatException} names, and the time its
 * commit was recorded, which a format-v1 {@code PaymentAuthorized} takes as its own (see the package
 * documentation).
 *
 * @param orderId the order the row belongs to
 * @param version the version of the commit that wrote it
 * @param eventIndex the event's index in its commit, for a row holding one event (an outbox row)
 * @param recordedAt when the commit was recorded
 */
public record StoredRow(OrderId orderId, long version, OptionalInt eventIndex, Instant recordedAt) {

    /**
     * Checks that every part is there.
     *
     * @param orderId the order the row belongs to
     * @param version the version of the commit that wrote it
     * @param eventIndex the event's index in its commit, for an outbox row; empty for a commit row
     * @param recordedAt when the commit was recorded
     */
    public StoredRow {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(eventIndex, "eventIndex");
        Require.nonNull(recordedAt, "recordedAt");
    }

    /**
     * {@return a commit row, holding all the events of one commit}
     *
     * @param orderId the order the row belongs to
     * @param version the version of the commit
     * @param recordedAt when the commit was recorded
     */
    public static StoredRow commit(OrderId orderId, long version, Instant recordedAt) {
        return new StoredRow(orderId, version, OptionalInt.empty(), recordedAt);
    }

    /**
     * {@return an outbox row, holding the event at {@code eventIndex} of a commit}
     *
     * @param orderId the order the row belongs to
     * @param version the version of the commit that wrote it
     * @param eventIndex the event's index in its commit, from 0
     * @param recordedAt when the commit was recorded
     */
    public static StoredRow outbox(OrderId orderId, long version, int eventIndex, Instant recordedAt) {
        return new StoredRow(orderId, version, OptionalInt.of(eventIndex), recordedAt);
    }

    /** Names the row by its key only: order, version and index are not personal data. */
    @Override
    public String toString() {
        return "stored row of order " + orderId.value() + " version " + version
                + (eventIndex.isPresent() ? " event " + eventIndex.getAsInt() : "");
    }
}
