// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.event.ReturnEvent.Disposition;
import dev.oms.spi.payment.RefundTender;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import java.util.List;

/**
 * Units of an approved return that arrived at a location and were inspected, for {@link Returns#receive}.
 *
 * @param idempotencyKey the host's key: the same arrival twice under one key is received once; the key again with
 *     other units is refused ({@code IDEMPOTENCY_KEY_REUSED})
 * @param returnId the approved return
 * @param location where the units arrived
 * @param lines the units per line and disposition; a line may come in several entries, one per disposition
 * @param tender where the money goes back: the original payment (the default), or store credit through the builder's
 *     {@code storeCredit} port
 */
public record ReturnArrival(String idempotencyKey, ReturnId returnId, LocationId location, List<Line> lines, RefundTender tender) {
    /**
     * Refuses a blank key and null components, and copies the lines.
     *
     * @param idempotencyKey the host's key for this arrival on this order
     * @param returnId the approved return
     * @param location where the units arrived
     * @param lines the units per line and disposition
     * @param tender where the money goes back
     */
    public ReturnArrival {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(returnId, "returnId");
        Require.nonNull(location, "location");
        lines = List.copyOf(Require.nonNull(lines, "lines"));
        Require.nonNull(tender, "tender");
    }

    /**
     * An arrival refunded to the original payment.
     *
     * @param idempotencyKey the host's key for this arrival on this order
     * @param returnId the approved return
     * @param location where the units arrived
     * @param lines the units per line and disposition
     */
    public ReturnArrival(String idempotencyKey, ReturnId returnId, LocationId location, List<Line> lines) {
        this(idempotencyKey, returnId, location, lines, RefundTender.ORIGINAL_PAYMENT);
    }

    /**
     * Units of one order line that arrived, and what becomes of them. The quantity is checked by
     * {@link Returns#receive}, which names every problem.
     *
     * @param lineId the order line
     * @param quantity how many of its units
     * @param disposition restocked, written off, refurbished or sent back to the vendor
     */
    public record Line(LineId lineId, long quantity, Disposition disposition) {
        /**
         * Refuses null components.
         *
         * @param lineId the order line
         * @param quantity how many of its units
         * @param disposition what becomes of them
         */
        public Line {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(disposition, "disposition");
        }
    }
}
