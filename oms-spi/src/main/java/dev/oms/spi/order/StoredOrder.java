// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import java.util.List;

/**
 * An order as storage holds it: its commits in the order they were appended. The version is the number
 * of commits, so a new order has version 0 before its first append.
 *
 * @param orderId the order
 * @param commits its commits, first appended first
 */
public record StoredOrder(OrderId orderId, List<OrderCommit> commits) {
    /**
     * Copies the commits.
     *
     * @param orderId the order
     * @param commits its commits, first appended first
     */
    public StoredOrder {
        Require.nonNull(orderId, "orderId");
        commits = List.copyOf(commits);
    }

    /** {@return the order's version: the number of its commits} */
    public long version() {
        return commits.size();
    }
}
