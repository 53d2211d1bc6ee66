// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.outbox;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import java.time.Instant;

/**
 * One stored event as the outbox hands it over.
 *
 * @param orderId the order the event belongs to
 * @param version the order version (1 for the first commit) of the commit that holds the event
 * @param index the event's zero-based position within that commit
 * @param recordedAt when the commit was recorded
 * @param event the event itself
 */
public record OrderEventDelivery(OrderId orderId, long version, int index, Instant recordedAt, OrderEvent event) {
    /**
     * Checks the components.
     *
     * @param orderId the order the event belongs to
     * @param version the order version (1 for the first commit) of the commit that holds the event
     * @param index the event's zero-based position within that commit
     * @param recordedAt when the commit was recorded
     * @param event the event itself
     * @throws NullPointerException when {@code orderId}, {@code recordedAt} or {@code event} is null
     * @throws IllegalArgumentException when {@code version} is not positive or {@code index} is negative
     */
    public OrderEventDelivery {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(recordedAt, "recordedAt");
        Require.nonNull(event, "event");
        if (version <= 0 || index < 0) {
            throw new IllegalArgumentException("version must be positive and index not negative");
        }
    }

    /** {@return a key unique per stored event and the same on every redelivery: {@code orderId:version:index}} */
    public String deliveryKey() {
        return orderId.value() + ":" + version + ":" + index;
    }
}
