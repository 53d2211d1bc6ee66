// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import java.util.Optional;

/**
 * What to cancel, for {@link OrderTaking#cancel}: the whole order, every unshipped unit of one line, or some
 * units of one line.
 *
 * @param idempotencyKey the host's key: cancelling twice under one key cancels once; the key again with
 *     another line, quantity or reason is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param line the line to cancel units of; empty for the whole order
 * @param quantity how many unshipped units of the line; empty for all of them
 * @param reason why, as the host words it; recorded with the cancellation
 */
public record CancelRequest(String idempotencyKey, Optional<LineId> line, Optional<Long> quantity, String reason) {
    /**
     * Refuses a blank key or reason and null components.
     *
     * @param idempotencyKey the host's key: cancelling twice under one key cancels once; the key again with another
     *     line, quantity or reason is refused ({@code IDEMPOTENCY_KEY_REUSED})
     * @param line the line to cancel units of; empty for the whole order
     * @param quantity how many unshipped units of the line; empty for all of them
     * @param reason why, as the host words it; recorded with the cancellation
     */
    public CancelRequest {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(line, "line");
        Require.nonNull(quantity, "quantity");
        Require.nonBlank(reason, "reason");
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
