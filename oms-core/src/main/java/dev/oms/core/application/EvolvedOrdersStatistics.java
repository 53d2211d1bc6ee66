// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

/**
 * How the facade's cache of evolved orders is doing: a hit reads only the commits stored since the order was
 * last seen; a miss reads and replays the order's whole log. Many misses on a busy shop mean the cache is
 * smaller than the set of orders in play ({@link OrderManagementBuilder#evolvedOrdersKept(int)}).
 *
 * @param hits loads that found the order remembered
 * @param misses loads that replayed the order's log
 * @param size orders remembered now
 * @param capacity orders remembered at most
 */
public record EvolvedOrdersStatistics(long hits, long misses, int size, int capacity) {

    /** {@return hits over all loads; 0 before the first load} */
    public double hitRatio() {
        long loads = hits + misses;
        return loads == 0 ? 0 : (double) hits / loads;
    }
}
