// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Require;
import java.util.List;

/**
 * What {@link Warehouse#createPickLists} made: one pick list per location, and the order as it now stands.
 *
 * @param order the order as it now stands
 * @param pickListIds the pick lists this call created, one per location, in the order they were made
 */
public record PickListsCreated(Order order, List<PickListId> pickListIds) {
    /**
     * Refuses null components.
     *
     * @param order the order as it now stands
     * @param pickListIds the pick lists this call created, one per location, in the order they were made
     */
    public PickListsCreated {
        Require.nonNull(order, "order");
        pickListIds = List.copyOf(pickListIds);
    }
}
