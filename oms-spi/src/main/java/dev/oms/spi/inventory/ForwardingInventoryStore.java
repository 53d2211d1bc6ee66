// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.inventory;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * An {@link InventoryStore} that passes every call to another one, the interface's default methods included: the
 * base for a decorator that watches or changes a few calls (metrics, tracing, fault injection in tests) and
 * forwards the rest unchanged. A decorator written against the interface itself would fall back to a default
 * (which may refuse, or read slower) for every method it does not override, including those added later.
 */
public abstract class ForwardingInventoryStore implements InventoryStore {
    private final InventoryStore delegate;

    /**
     * A store forwarding every call to {@code delegate}.
     *
     * @param delegate the store that does the work
     */
    protected ForwardingInventoryStore(InventoryStore delegate) {
        this.delegate = Require.nonNull(delegate, "delegate");
    }

    /** {@return the store calls are passed to} */
    protected InventoryStore delegate() {
        return delegate;
    }

    @Override
    public List<Location> locations() {
        return delegate.locations();
    }

    @Override
    public List<StockLevel> stockOf(Sku sku) {
        return delegate.stockOf(sku);
    }

    @Override
    public StockView stockView(Collection<Sku> skus) {
        return delegate.stockView(skus);
    }

    @Override
    public ReservationResult reserve(String operationKey, List<StockMovement> movements) {
        return delegate.reserve(operationKey, movements);
    }

    @Override
    public void release(String operationKey, List<StockMovement> movements) {
        delegate.release(operationKey, movements);
    }

    @Override
    public void consume(String operationKey, List<StockMovement> movements) {
        delegate.consume(operationKey, movements);
    }

    @Override
    public void receive(String operationKey, Sku sku, LocationId locationId, long quantity) {
        delegate.receive(operationKey, sku, locationId, quantity);
    }

    @Override
    public StockAdjusted adjust(String operationKey, StockAdjustment adjustment) {
        return delegate.adjust(operationKey, adjustment);
    }

    @Override
    public List<StockLevel> overpromised() {
        return delegate.overpromised();
    }

    @Override
    public Optional<StockHistory> history() {
        return delegate.history();
    }

    @Override
    public void receiveRingFenced(String operationKey, Sku sku, LocationId locationId, long quantity) {
        delegate.receiveRingFenced(operationKey, sku, locationId, quantity);
    }

    @Override
    public void reserveRingFenced(String operationKey, List<StockMovement> movements) {
        delegate.reserveRingFenced(operationKey, movements);
    }
}
