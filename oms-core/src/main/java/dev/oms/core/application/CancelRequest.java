// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What to cancel, for {@link OrderTaking#cancel}: the whole order, every unshipped unit of one line, or some
 * units of one line. Units of a line are given up at the least preferred location first, unless the request names
 * how many to give up first at which locations ({@link #firstAt}).
 *
 * @param idempotencyKey the host's key: cancelling twice under one key cancels once; the key again with
 *     another line, quantity or reason is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param line the line to cancel units of; empty for the whole order
 * @param quantity how many unshipped units of the line; empty for all of them
 * @param reason why, as the host words it; recorded with the cancellation
 * @param firstAt of the line's units to cancel, how many to give up first at each location named, as many as it
 *     can cancel there (allocated units on no pick list, then picked ones); the rest as usual. Empty for the usual order
 */
public record CancelRequest(String idempotencyKey, Optional<LineId> line, Optional<Long> quantity, String reason,
        Map<LocationId, Long> firstAt) {
    /**
     * Refuses a blank key or reason and null components.
     *
     * @param idempotencyKey the host's key: cancelling twice under one key cancels once; the key again with another
     *     line, quantity or reason is refused ({@code IDEMPOTENCY_KEY_REUSED})
     * @param line the line to cancel units of; empty for the whole order
     * @param quantity how many unshipped units of the line; empty for all of them
     * @param reason why, as the host words it; recorded with the cancellation
     * @param firstAt how many of the line's units to give up first at each location named; empty for the usual order
     */
    public CancelRequest {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(line, "line");
        Require.nonNull(quantity, "quantity");
        Require.nonBlank(reason, "reason");
        Require.nonNull(firstAt, "firstAt");
        firstAt = Collections.unmodifiableMap(new TreeMap<>(firstAt));
    }

    /**
     * A request giving up units in the usual order: at the least preferred location first.
     *
     * @param idempotencyKey the host's key: cancelling twice under one key cancels once
     * @param line the line to cancel units of; empty for the whole order
     * @param quantity how many unshipped units of the line; empty for all of them
     * @param reason why, as the host words it; recorded with the cancellation
     */
    public CancelRequest(String idempotencyKey, Optional<LineId> line, Optional<Long> quantity, String reason) {
        this(idempotencyKey, line, quantity, reason, Map.of());
    }

    /**
     * {@return this request giving up {@code units} of its line's units at {@code location} before any others}: say, the
     * units a customer no longer wants from one store, or those a past cancellation took there when it is played again
     *
     * @param location where to give them up
     * @param units how many; together with the other locations named, no more than the request cancels
     */
    public CancelRequest firstAt(LocationId location, long units) {
        Map<LocationId, Long> named = new TreeMap<>(firstAt);
        named.merge(Require.nonNull(location, "location"), units, Long::sum);
        return new CancelRequest(idempotencyKey, line, quantity, reason, named);
    }

    /**
     * {@return a request to cancel every unit of the order not yet shipped}
     *
     * @param idempotencyKey the host's key for this cancellation
     * @param reason why, as the host words it
     */
    public static CancelRequest wholeOrder(String idempotencyKey, String reason) {
        return new CancelRequest(idempotencyKey, Optional.empty(), Optional.empty(), reason);
    }

    /**
     * {@return a request to cancel {@code quantity} unshipped units of one line}
     *
     * @param idempotencyKey the host's key for this cancellation
     * @param line the line
     * @param quantity how many of its unshipped units
     * @param reason why, as the host words it
     */
    public static CancelRequest units(String idempotencyKey, LineId line, long quantity, String reason) {
        return new CancelRequest(idempotencyKey, Optional.of(line), Optional.of(quantity), reason);
    }
}
