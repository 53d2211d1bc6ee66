// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import java.time.Instant;
import java.util.List;

/** A plain summary for tests that append commits to the store directly, not through the facade. */
final class TestSummaries {
    private static final Instant PLACED = Instant.parse("2026-01-01T00:00:00Z");

    private TestSummaries() {}

    /** The summary stored with commit {@code expectedVersion + 1}: owing nothing, waiting for nothing. */
    static OrderSummary after(OrderId orderId, Channel channel, String externalId, long expectedVersion) {
        return new OrderSummary(orderId, channel, externalId, CustomerRef.of("C"), OrderStatus.PENDING_ALLOCATION, PLACED,
                expectedVersion + 1, false, List.of());
    }
}
