// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Require;

/**
 * What {@link OrderTaking#cancel} did: the cancellation's id, under which any stock it freed is owed back to
 * the inventory and the customer is told, and the order as it now stands. A repeated request under the same
 * key answers the same id.
 *
 * @param order the order as it now stands
 * @param cancellationId the id every unit cancelled by this request carries
 */
public record Cancelled(Order order, ReleaseId cancellationId) {
    /**
     * Refuses null components.
     *
     * @param order the order as it now stands
     * @param cancellationId the id every unit cancelled by this request carries
     */
    public Cancelled {
        Require.nonNull(order, "order");
        Require.nonNull(cancellationId, "cancellationId");
    }
}
