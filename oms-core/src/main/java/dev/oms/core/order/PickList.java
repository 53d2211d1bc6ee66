// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.FulfilmentEvent.PickItem;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PickListId;
import io.vavr.collection.List;

/**
 * What one location must pick for the order; open until confirmed picked or voided.
 *
 * @param id the pick list's id
 * @param location the location that picks
 * @param items the units to pick, per line
 * @param state open, picked or voided
 */
public record PickList(PickListId id, LocationId location, List<PickItem> items, State state) {

    /** Where a pick list stands. */
    public enum State {
        /** Out at its location, to be picked. */
        OPEN,
        /** Every item was taken from the shelf. */
        PICKED,
        /** Given up before picking: its units are allocated with no pick list covering them. */
        VOIDED
    }

    /** {@return whether the list is still to be picked} */
    public boolean open() {
        return state == State.OPEN;
    }

    /** {@return whether picking was confirmed} */
    public boolean picked() {
        return state == State.PICKED;
    }

    /**
     * Units of a line this pick list still has to take from the shelf.
     *
     * @param line the line
     * @return the units; zero once picked or voided
     */
    public long openUnits(LineId line) {
        return !open() ? 0 : items.filter(i -> i.lineId().equals(line)).map(PickItem::quantity).sum().longValue();
    }

    PickList markPicked() {
        return new PickList(id, location, items, State.PICKED);
    }

    PickList markVoided() {
        return new PickList(id, location, items, State.VOIDED);
    }
}
