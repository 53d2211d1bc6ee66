// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * An indent purchase: units of one line bought from a supplier for this order.
 *
 * @param id the purchase's id
 * @param lineId the line bought for
 * @param sku the line's SKU
 * @param supplier the supplier location
 * @param requested the units requested
 * @param sent whether the request reached the supplier port
 * @param committed what the supplier committed once it answered (0 for a rejection)
 * @param expectedOn when the supplier expects to deliver, if it said
 * @param received units received against the purchase so far, ring-fenced for this order
 */
public record Purchase(PurchaseId id, LineId lineId, Sku sku, LocationId supplier, long requested, boolean sent,
        Option<Long> committed, Option<LocalDate> expectedOn, long received) {

    /** {@return whether the supplier answered} */
    public boolean answered() {
        return committed.isDefined();
    }

    /** {@return committed units not received yet} */
    public long awaitingGoods() {
        return committed.getOrElse(0L) - received;
    }

    Purchase markSent() {
        return new Purchase(id, lineId, sku, supplier, requested, true, committed, expectedOn, received);
    }

    Purchase answered(long units, Option<LocalDate> date) {
        return new Purchase(id, lineId, sku, supplier, requested, true, Option.some(units), date, received);
    }

    Purchase receivedMore(long units) {
        return new Purchase(id, lineId, sku, supplier, requested, sent, committed, expectedOn, received + units);
    }
}
