// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.decision;

import dev.oms.core.cancellation.CancellationRules;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.returns.UnshippedCancellation;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** A return's units that never shipped, cancelled by the cancellation rules at the host's least preferred locations first. */
final class ReturnCancellation implements UnshippedCancellation {
    private final List<LocationId> preference;

    ReturnCancellation(List<LocationId> preference) {
        this.preference = preference;
    }

    @Override
    public long cancellableNow(Order order, LineId lineId) {
        return CancellationRules.cancellableNow(order, lineId);
    }

    @Override
    public Either<Rejection, List<OrderEvent>> cancel(Order order, List<ReturnItem> units) {
        return CancellationRules.cancelUnits(order, units.map(u -> new CancellationRules.Units(u.lineId(), u.quantity(), u.reason())),
                preference);
    }
}
