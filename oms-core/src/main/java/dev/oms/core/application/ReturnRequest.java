// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import java.util.List;

/**
 * A customer's request to return delivered units, for {@link Returns#request}.
 *
 * @param idempotencyKey the host's key: the same request twice under one key opens one return; the key again with
 *     other lines is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param lines the units to return, per line and reason; a line may come in several entries, one per reason
 */
public record ReturnRequest(String idempotencyKey, List<Line> lines) {
    /**
     * Refuses a blank key and null components, and copies the lines.
     *
     * @param idempotencyKey the host's key for this request on this order
     * @param lines the units to return, per line and reason
     */
    public ReturnRequest {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        lines = List.copyOf(Require.nonNull(lines, "lines"));
    }

    /**
     * Units of one order line to return, and why. The quantity is checked by {@link Returns#request}, which names every problem.
     *
     * @param lineId the order line
     * @param quantity how many of its units
     * @param reason why, in the customer's words or the host's reason code
     */
    public record Line(LineId lineId, long quantity, String reason) {
        /**
         * Refuses null components and a blank reason.
         *
         * @param lineId the order line
         * @param quantity how many of its units
         * @param reason why; not blank
         */
        public Line {
            Require.nonNull(lineId, "lineId");
            Require.nonBlank(reason, "reason");
        }
    }
}
