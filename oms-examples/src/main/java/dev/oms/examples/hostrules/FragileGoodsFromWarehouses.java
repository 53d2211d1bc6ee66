// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples.hostrules;

import dev.oms.core.allocation.AllocationPlan;
import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.order.Order;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.util.Objects;

/**
 * A host's routing rule: fragile SKUs never ship from a store, whose staff have no packing bench for them;
 * they come from warehouses, or wait or are refused as the host's backorder policy says when the
 * warehouses are short. Every other SKU is routed by the policy it wraps, stores included.
 *
 * <p>It works by hiding the stores' stock of fragile SKUs from the wrapped policy, so the plan stays within
 * what each location has available and is as deterministic as the wrapped policy.
 */
public final class FragileGoodsFromWarehouses implements AllocationPolicy {
    private final Set<Sku> fragile;
    private final AllocationPolicy routing;

    /**
     * @param fragile the SKUs that must not ship from a store
     * @param routing the policy that routes everything else, and fragile SKUs among warehouses
     */
    public FragileGoodsFromWarehouses(java.util.Set<Sku> fragile, AllocationPolicy routing) {
        this.fragile = HashSet.ofAll(Objects.requireNonNull(fragile, "fragile is null"));
        this.routing = Objects.requireNonNull(routing, "routing is null");
    }

    /** Whether a SKU must not ship from a store. */
    public boolean isFragile(Sku sku) {
        return fragile.contains(sku);
    }

    @Override
    public AllocationPlan plan(Order order, List<Location> locations, List<StockLevel> stock) {
        Set<LocationId> stores = locations.filter(l -> l.type() == LocationType.STORE).map(Location::id).toSet();
        return routing.plan(order, locations, stock.filter(s -> !(isFragile(s.sku()) && stores.contains(s.locationId()))));
    }
}
