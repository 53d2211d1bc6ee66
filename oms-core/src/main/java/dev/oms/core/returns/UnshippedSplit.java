// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.value.LineId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.function.ToLongFunction;

/**
 * A return request split into the units returned (delivered, with the customer) and the units cancelled (never
 * shipped). Each line's returnable units go to its items in the request's order, so an item's reason stays with the
 * units it asked for, whichever way they go.
 *
 * @param returned the items of the return, possibly none
 * @param cancelled the units to cancel per line, with the reasons they were asked for; possibly none
 */
record UnshippedSplit(List<ReturnItem> returned, List<ReturnItem> cancelled) {

    /**
     * Splits the items of a request already checked to be returnable or cancellable.
     *
     * @param items the units asked for, per line and reason
     * @param returnable how many units of a line may be returned now
     * @return the split
     */
    static UnshippedSplit of(List<ReturnItem> items, ToLongFunction<LineId> returnable) {
        Map<LineId, Long> left = HashMap.empty();
        List<ReturnItem> returned = List.empty();
        List<ReturnItem> cancelled = List.empty();
        for (ReturnItem item : items) {
            long budget = left.get(item.lineId()).getOrElse(() -> returnable.applyAsLong(item.lineId()));
            long back = Math.min(budget, item.quantity());
            left = left.put(item.lineId(), budget - back);
            if (back > 0) {
                returned = returned.append(new ReturnItem(item.lineId(), back, item.reason()));
            }
            if (item.quantity() > back) {
                cancelled = cancelled.append(new ReturnItem(item.lineId(), item.quantity() - back, item.reason()));
            }
        }
        return new UnshippedSplit(returned, cancelled);
    }
}
