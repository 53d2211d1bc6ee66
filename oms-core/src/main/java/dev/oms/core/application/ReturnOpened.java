// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Returns#request} did: the return opened for the delivered units asked for, to approve or reject it by,
 * and the cancellation of the units asked for that never shipped, and the order as it now stands. A request opens a
 * return, cancels units, or both; a repeated request under the same key answers the same.
 *
 * @param order the order as it now stands
 * @param returnId the return opened for the delivered units; empty when the request named only units not shipped
 * @param cancellationId the cancellation of the units not shipped, under which their stock is released, their
 *     prepayment refunded and the customer told; empty when the request named only delivered units
 * @param cancelled the units cancelled per line; empty when none were
 */
public record ReturnOpened(Order order, Optional<ReturnId> returnId, Optional<ReleaseId> cancellationId,
        Map<LineId, Long> cancelled) {
    /**
     * Refuses null components, a request that did neither, and cancelled units without a cancellation; copies the map.
     *
     * @param order the order as it now stands
     * @param returnId the return opened, if any
     * @param cancellationId the cancellation, if any
     * @param cancelled the units cancelled per line
     */
    public ReturnOpened {
        Require.nonNull(order, "order");
        Require.nonNull(returnId, "returnId");
        Require.nonNull(cancellationId, "cancellationId");
        cancelled = Map.copyOf(Require.nonNull(cancelled, "cancelled"));
        if (returnId.isEmpty() && cancellationId.isEmpty()) {
            throw new IllegalArgumentException("a request opens a return, cancels units, or both");
        }
        if (cancellationId.isEmpty() != cancelled.isEmpty()) {
            throw new IllegalArgumentException("units cancelled come with their cancellation, and only they");
        }
    }
}
