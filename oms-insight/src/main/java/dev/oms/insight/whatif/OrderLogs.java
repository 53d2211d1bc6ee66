// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.OrderId;
import java.util.List;

/**
 * Reads one order's stored log: its commits in log order, each with the instant it was recorded. The facade's queries
 * answer an order's state but not when each command happened, which the replay needs to cancel at the right
 * moment; a host answers from its own store, e.g. {@code id -> store.load(id).map(StoredOrder::commits).orElse(List.of())}.
 */
@FunctionalInterface
public interface OrderLogs {

    /**
     * {@return the order's commits in log order; empty for an order never stored}
     *
     * @param orderId the order
     */
    List<OrderCommit> log(OrderId orderId);
}
