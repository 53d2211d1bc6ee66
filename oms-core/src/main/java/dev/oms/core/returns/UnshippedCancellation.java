// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.value.LineId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * How a return request cancels the units it names that never shipped: the cancellation rules, handed over by the
 * decision (returns do not depend on cancellation, whose commands depend on the return policy).
 */
public interface UnshippedCancellation {
    /**
     * {@return the units of a line the host can cancel now}
     *
     * @param order the order as it stands
     * @param lineId the line
     */
    long cancellableNow(Order order, LineId lineId);

    /**
     * Cancels units, each within what its line can cancel now, as one cancellation.
     *
     * @param order the order as it stands
     * @param units the units per line, with the reason each was asked for; not empty
     * @return the events to record, or a rejection
     */
    Either<Rejection, List<OrderEvent>> cancel(Order order, List<ReturnItem> units);
}
