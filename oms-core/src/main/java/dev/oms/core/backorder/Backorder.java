// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.backorder;

import dev.oms.spi.event.WaitingEvent.UnitsBackordered;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Pending units of a line to put in the BACKORDERED bucket until stock is received.
 *
 * @param lineId the line whose units wait
 * @param quantity how many units wait, positive
 * @param shipsNow units of the line the stock covers now, for the customer's notice
 * @param expectedRestock when stock is expected, if the host said
 * @param reason why the units wait, for the customer's notice
 * @param waitsAt the location whose terms took the units; none when the SKU's terms did and they wait for stock anywhere
 */
public record Backorder(LineId lineId, long quantity, long shipsNow, Option<LocalDate> expectedRestock, String reason,
        Option<LocationId> waitsAt) {
    /**
     * Checks the components: a positive quantity, no negative {@code shipsNow}.
     *
     * @param lineId the line whose units wait
     * @param quantity how many units wait
     * @param shipsNow units of the line the stock covers now
     * @param expectedRestock when stock is expected, if known
     * @param reason why the units wait
     * @param waitsAt the location the units wait at, if one
     */
    public Backorder {
        Require.nonNull(waitsAt, "waitsAt");
        Require.nonNull(lineId, "lineId");
        Require.nonNull(expectedRestock, "expectedRestock");
        Require.nonBlank(reason, "reason");
        if (quantity <= 0 || shipsNow < 0) {
            throw new IllegalArgumentException("backorder " + quantity + " units shipping " + shipsNow + " now");
        }
    }

    /** {@return the event that records this backorder} */
    public UnitsBackordered event() {
        return new UnitsBackordered(lineId, quantity, shipsNow, expectedRestock.toJavaOptional(), reason, waitsAt.toJavaOptional());
    }
}
