// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.FulfilmentEvent.PickItem;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PickListId;
import io.vavr.collection.List;

/**
 * What one location must pick for the order; open until confirmed picked.
 *
 * @param id the pick list's id
 * @param location the location that picks
 * @param items the units to pick, per line
 * @param picked whether picking was confirmed
 */
public record PickList(PickListId id, LocationId location, List<PickItem> items, boolean picked) {

    /**
     * Units of a line this pick list still has to take from the shelf.
     *
     * @param line the line
     * @return the units; zero once picked
     */
    public long openUnits(LineId line) {
        return picked ? 0 : items.filter(i -> i.lineId().equals(line)).map(PickItem::quantity).sum().longValue();
    }

    PickList markPicked() {
        return new PickList(id, location, items, true);
    }
}
