// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.outbox;

/**
 * Receives the events of stored orders from a transactional outbox, for a host that publishes them
 * (to a message broker, a search index, a data warehouse).
 *
 * <p>Contract: the outbox delivers every stored event at least once, and the events of one order in the
 * order they were stored. After a crash an event may come again: {@link OrderEventDelivery#deliveryKey()}
 * is the same each time, so the listener drops what it has already seen. Throwing means "not delivered":
 * that event, and the later events of the same order, come again on a later run.
 */
@FunctionalInterface
public interface OrderEventListener {
    /**
     * Takes one stored event; returning means delivered.
     *
     * @param delivery the event, with its order, version, position and delivery key
     */
    void deliver(OrderEventDelivery delivery);
}
