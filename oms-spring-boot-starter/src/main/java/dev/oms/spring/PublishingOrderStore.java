// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spring;

import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.ForwardingOrderStore;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.outbox.OrderEventDelivery;
import dev.oms.spi.outbox.OrderEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An order store without an outbox (the in-memory one) that hands each appended event to a listener
 * right after the append, in the form the PostgreSQL outbox relay delivers it. Delivery is at most once
 * and in-process: a listener that throws is logged and the command goes on. Unlike the relay's, deliveries of
 * one order are in order only within a commit: when two threads append to one order (a command and the
 * scheduler's {@code resumeAll}), the later commit may be delivered first, so a listener that cares orders
 * them by {@link OrderEventDelivery#version()} and {@link OrderEventDelivery#index()}.
 */
public final class PublishingOrderStore extends ForwardingOrderStore {
    private static final Logger LOG = LoggerFactory.getLogger(PublishingOrderStore.class);

    private final OrderEventListener listener;

    /**
     * A store that publishes what it appends to {@code delegate}.
     *
     * @param delegate the store that keeps the events
     * @param listener who is handed each appended event
     */
    public PublishingOrderStore(OrderStore delegate, OrderEventListener listener) {
        super(delegate);
        this.listener = listener;
    }

    @Override
    public AppendResult append(long expectedVersion, OrderCommit commit, OrderSummary summary) {
        AppendResult result = super.append(expectedVersion, commit, summary);
        if (result instanceof AppendResult.Appended appended) {
            for (int i = 0; i < commit.events().size(); i++) {
                OrderEventDelivery delivery = new OrderEventDelivery(summary.orderId(), appended.newVersion(), i,
                        commit.recordedAt(), commit.events().get(i));
                try {
                    listener.deliver(delivery);
                } catch (RuntimeException e) {
                    LOG.warn("oms event {} not delivered: {}", delivery.deliveryKey(), e.getClass().getSimpleName());
                }
            }
        }
        return result;
    }
}
