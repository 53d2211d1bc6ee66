// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Option;

/**
 * What a storefront may still promise of one SKU: from stock, and beyond it (pre-orders, backorders).
 *
 * @param sku the SKU
 * @param byLocation per location with a record of the SKU, by location id
 * @param total units promisable from stock over every active location
 * @param headroom units promisable beyond the stock, where the pre-order and backorder policies allow
 */
public record AvailableToPromise(Sku sku, List<LocationAvailability> byLocation, long total, Headroom headroom) {

    /**
     * Checks the components: the total is not negative.
     *
     * @param sku the SKU
     * @param byLocation per location with a record of the SKU
     * @param total units promisable from stock
     * @param headroom units promisable beyond the stock
     */
    public AvailableToPromise {
        Require.nonNull(sku, "sku");
        Require.nonNull(byLocation, "byLocation");
        Require.nonNull(headroom, "headroom");
        if (total < 0) {
            throw new IllegalArgumentException("total cannot be negative");
        }
    }

    /**
     * Stock only, nothing beyond it.
     *
     * @param sku the SKU
     * @param byLocation per location with a record of the SKU, by location id
     * @param total units promisable from stock over every active location
     */
    public AvailableToPromise(Sku sku, List<LocationAvailability> byLocation, long total) {
        this(sku, byLocation, total, Headroom.none());
    }

    /**
     * This availability with {@code headroom} beyond the stock.
     *
     * @param headroom units promisable beyond the stock
     * @return the availability with that headroom
     */
    public AvailableToPromise withHeadroom(Headroom headroom) {
        return new AvailableToPromise(sku, byLocation, total, headroom);
    }

    /** {@return whether any number of units may be promised}: the SKU's stock is not tracked, so orders for it
     * are never short (and {@link #promisable()} is none, unbounded) */
    public boolean unlimited() {
        return headroom.unlimited();
    }

    /** {@return units still pre-orderable; none for a product already released (or not announced)} */
    public Option<PreorderHeadroom> preorderable() {
        return headroom.preorder();
    }

    /** {@return units still backorderable and when stock is expected; none when the SKU may not be backordered} */
    public Option<BackorderHeadroom> backorderable() {
        return headroom.backorder();
    }

    /**
     * The most units one order may take now, in stock and beyond: the total plus the headroom; none when
     * the headroom is unbounded.
     *
     * @return the units, or none when unbounded
     */
    public Option<Long> promisable() {
        return headroom.units().map(beyond -> Headroom.saturatedSum(total, beyond));
    }

    /**
     * The SKU at one location.
     *
     * @param location the location
     * @return its record; none where the location has no record of the SKU
     */
    public Option<LocationAvailability> at(LocationId location) {
        return byLocation.find(l -> l.locationId().equals(location));
    }

    /**
     * Units promisable at one location.
     *
     * @param location the location
     * @return the units; zero where it has no record or is paused
     */
    public long availableAt(LocationId location) {
        return at(location).map(LocationAvailability::promisable).getOrElse(0L);
    }
}
