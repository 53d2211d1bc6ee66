// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.documents;

import dev.oms.core.order.Order;
import dev.oms.core.order.PickList;
import dev.oms.spi.event.FulfilmentEvent.PickItem;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Optional;

/**
 * What a picker takes from the shelves at one location for one order: a pick list as a document.
 *
 * @param orderId the order
 * @param externalId the channel's order number, as the customer knows the order
 * @param pickListId the pick list
 * @param location the location that picks
 * @param state whether the list is open, picked or voided
 * @param items what to take, in the order listed
 */
public record PickListDocument(OrderId orderId, String externalId, PickListId pickListId, LocationId location,
        PickList.State state, List<Item> items) {

    /** Checks the components and copies the items.
     * @param orderId the order
     * @param externalId the channel's order number
     * @param pickListId the pick list
     * @param location the location that picks
     * @param state the list's state
     * @param items what to take */
    public PickListDocument {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(externalId, "externalId");
        Require.nonNull(pickListId, "pickListId");
        Require.nonNull(location, "location");
        Require.nonNull(state, "state");
        items = List.copyOf(Require.nonNull(items, "items"));
    }

    /**
     * One item to pick.
     *
     * @param lineId the order line
     * @param sku the SKU
     * @param quantity how many units
     * @param bin the storage place to take them from, when the inventory knows one
     */
    public record Item(LineId lineId, Sku sku, long quantity, Optional<String> bin) {
        /** Checks the item.
         * @param lineId the order line
         * @param sku the SKU
         * @param quantity how many units
         * @param bin the storage place, if known */
        public Item {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonNull(bin, "bin");
        }
    }

    /**
     * The pick list of an order as a document.
     *
     * @param order the order
     * @param pickList one of the order's pick lists
     * @return the document
     * @throws IllegalArgumentException when the pick list is not the order's
     */
    public static PickListDocument of(Order order, PickList pickList) {
        Require.nonNull(order, "order");
        Require.nonNull(pickList, "pickList");
        if (!order.pickLists().get(pickList.id()).contains(pickList)) {
            throw new IllegalArgumentException("pick list " + pickList.id() + " is not one of order " + order.id() + "'s");
        }
        return new PickListDocument(order.id(), order.externalId(), pickList.id(), pickList.location(), pickList.state(),
                pickList.items().map(PickListDocument::item).toJavaList());
    }

    /** {@return the units to pick, over every item} */
    public long totalUnits() {
        return items.stream().mapToLong(Item::quantity).sum();
    }

    private static Item item(PickItem item) {
        return new Item(item.lineId(), item.sku(), item.quantity(),
                item.bin() == null || item.bin().isBlank() ? Optional.empty() : Optional.of(item.bin()));
    }
}
