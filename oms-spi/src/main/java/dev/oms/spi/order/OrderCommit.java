// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.List;

/**
 * The events one command produced, stored atomically together.
 *
 * @param idempotencyKey the key of the command that produced them; replaying that key yields these
 *     events again instead of new ones
 * @param recordedAt when the facade recorded them, from the host's clock
 * @param events at least one event, in order
 * @param requestFingerprint a digest of the parameters of the host request the key was given with, so that
 *     the same key with other parameters can be told from a replay; empty for commits the facade keys
 *     itself (their keys already name everything that makes them distinct)
 */
public record OrderCommit(String idempotencyKey, Instant recordedAt, List<OrderEvent> events, String requestFingerprint) {
    /**
     * Checks the commit and copies its events.
     *
     * @param idempotencyKey the key of the command that produced them; not blank
     * @param recordedAt when the facade recorded them
     * @param events at least one event, in order
     * @param requestFingerprint a digest of the host request's parameters; empty for keys the facade made
     * @throws IllegalArgumentException if {@code idempotencyKey} is blank or {@code events} is empty
     */
    public OrderCommit {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(recordedAt, "recordedAt");
        Require.nonNull(requestFingerprint, "requestFingerprint");
        events = List.copyOf(events);
        if (events.isEmpty()) {
            throw new IllegalArgumentException("a commit holds at least one event");
        }
    }

    /**
     * A commit under a key the facade made itself, with no host request to fingerprint.
     *
     * @param idempotencyKey the key of the command that produced them; not blank
     * @param recordedAt when the facade recorded them
     * @param events at least one event, in order
     */
    public OrderCommit(String idempotencyKey, Instant recordedAt, List<OrderEvent> events) {
        this(idempotencyKey, recordedAt, events, "");
    }
}
