// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An {@link OrderStore} that passes every call to another one: the base for a decorator that watches or
 * changes a few calls (metrics, tracing, fault injection in tests) and forwards the rest unchanged.
 */
public abstract class ForwardingOrderStore implements OrderStore {
    private final OrderStore delegate;

    /**
     * A store forwarding every call to {@code delegate}.
     *
     * @param delegate the store that does the work
     */
    protected ForwardingOrderStore(OrderStore delegate) {
        this.delegate = Require.nonNull(delegate, "delegate");
    }

    /** {@return the store calls are passed to} */
    protected OrderStore delegate() {
        return delegate;
    }

    @Override
    public Optional<StoredOrder> load(OrderId orderId) {
        return delegate.load(orderId);
    }

    @Override
    public List<OrderCommit> commitsAfter(OrderId orderId, long version) {
        return delegate.commitsAfter(orderId, version);
    }

    @Override
    public Optional<OrderId> findByChannelOrder(Channel channel, String externalId) {
        return delegate.findByChannelOrder(channel, externalId);
    }

    @Override
    public AppendResult append(long expectedVersion, OrderCommit commit, OrderSummary summary) {
        return delegate.append(expectedVersion, commit, summary);
    }

    @Override
    public boolean rebuildSummary(OrderSummary summary) {
        return delegate.rebuildSummary(summary);
    }

    @Override
    public Page<OrderId> orderIds(PageRequest page) {
        return delegate.orderIds(page);
    }

    @Override
    public List<WaitingLine> waitingFor(Sku sku) {
        return delegate.waitingFor(sku);
    }

    @Override
    public List<AllocatedLine> allocatedAt(Sku sku, LocationId locationId) {
        return delegate.allocatedAt(sku, locationId);
    }

    @Override
    public List<WaitingLine> waitingAfter(Sku sku, Optional<WaitingLine> after, int limit) {
        return delegate.waitingAfter(sku, after, limit);
    }

    @Override
    public List<WaitingTotal> waitingTotals(Sku sku, Optional<OrderId> except) {
        return delegate.waitingTotals(sku, except);
    }

    @Override
    public List<Sku> skusWaiting() {
        return delegate.skusWaiting();
    }

    @Override
    public Page<OrderId> owingEffects(PageRequest page) {
        return delegate.owingEffects(page);
    }

    @Override
    public Page<OrderSummary> ordersOf(CustomerRef customer, PageRequest page) {
        return delegate.ordersOf(customer, page);
    }

    @Override
    public Page<OrderSummary> orders(OrderFilter filter, PageRequest page) {
        return delegate.orders(filter, page);
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        return delegate.atomically(work);
    }

    @Override
    public void lockRoom(java.util.Collection<dev.oms.spi.value.Sku> skus) {
        delegate.lockRoom(skus);
    }
}
