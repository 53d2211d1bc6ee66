// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;

/**
 * What {@link Returns#request} did: the new return's id, to approve or reject it by, and the order as it now stands.
 * A repeated request under the same key answers the same id.
 *
 * @param order the order as it now stands
 * @param returnId the return opened by the request
 */
public record ReturnOpened(Order order, ReturnId returnId) {
    /**
     * Refuses null components.
     *
     * @param order the order as it now stands
     * @param returnId the return opened by the request
     */
    public ReturnOpened {
        Require.nonNull(order, "order");
        Require.nonNull(returnId, "returnId");
    }
}
