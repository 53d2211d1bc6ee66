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
 */
public record CancelRequest(String idempotencyKey, Optional<LineId> line, Optional<Long> quantity, String reason) {
    public CancelRequest {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(line, "line");
        Require.nonNull(quantity, "quantity");
        Require.nonBlank(reason, "reason");
    }

    /** Cancels every unit of the order not yet shipped. */
    public static CancelRequest wholeOrder(String idempotencyKey, String reason) {
        return new CancelRequest(idempotencyKey, Optional.empty(), Optional.empty(), reason);
    }

    /** Cancels {@code quantity} unshipped units of one line. */
    public static CancelRequest units(String idempotencyKey, LineId line, long quantity, String reason) {
        return new CancelRequest(idempotencyKey, Optional.of(line), Optional.of(quantity), reason);
    }
}
