// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.restock;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import java.util.Comparator;

/**
 * Who gets newly available stock of a SKU (design invariant 3): pre-ordered units before backordered
 * ones, and within each group in placement order (order id, then line id, breaking ties so that equal
 * inputs give equal answers). A pure function; the facade applies its grants order by order.
 */
public final class RestockQueue {

    /** The queue's rank: pre-orders first, then placement time, order id and line id. */
    public static final Comparator<WaitingUnits> PRIORITY = Comparator
            .comparing((WaitingUnits w) -> w.bucket() == Bucket.PREORDERED ? 0 : 1)
            .thenComparing(WaitingUnits::placedAt)
            .thenComparing(w -> w.orderId().value())
            .thenComparing(w -> w.lineId().value());

    private RestockQueue() {}

    /**
     * Shares {@code available} units over the waiting entries in queue order: each entry takes what it
     * waits for while units last; a partial receipt fills the first entry it reaches partially.
     *
     * @param waiting the SKU's queue entries, in any order
     * @param available units newly available to them, not negative
     * @return one grant per entry, in queue order (entries the stock does not reach get zero)
     */
    public static List<Grant> fill(List<WaitingUnits> waiting, long available) {
        Require.nonNull(waiting, "waiting");
        if (available < 0) {
            throw new IllegalArgumentException("available cannot be negative, was " + available);
        }
        List<Grant> grants = List.empty();
        long left = available;
        for (WaitingUnits entry : waiting.sorted(PRIORITY)) {
            long units = Math.min(left, entry.quantity());
            grants = grants.append(new Grant(entry, units));
            left -= units;
        }
        return grants;
    }
}
