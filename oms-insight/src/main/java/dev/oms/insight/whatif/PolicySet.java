// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.allocation.LocationPriorityAllocation;
import dev.oms.core.application.OrderManagementBuilder;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.routing.RoutedAllocation;
import dev.oms.core.routing.RoutingStrategy;
import java.util.Objects;

/**
 * The policies a replay decides with: where units are reserved, which SKUs may be backordered, and the pre-order caps.
 * Named, so a report can head its column. The other policies keep the builder's defaults in a replay.
 *
 * @param name what the report calls the set, e.g. {@code "as run"} or {@code "fewest shipments"}
 * @param allocation where an order's units are reserved
 * @param backorder which SKUs may be backordered
 * @param preorder pre-order caps per channel
 */
public record PolicySet(String name, AllocationPolicy allocation, BackorderPolicy backorder, PreorderPolicy preorder) {

    /**
     * Refuses nulls and a blank name.
     *
     * @param name what the report calls the set
     * @param allocation where an order's units are reserved
     * @param backorder which SKUs may be backordered
     * @param preorder pre-order caps per channel
     */
    public PolicySet {
        Objects.requireNonNull(name, "name is null");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a policy set needs a name for its column");
        }
        Objects.requireNonNull(allocation, "allocation is null");
        Objects.requireNonNull(backorder, "backorder is null");
        Objects.requireNonNull(preorder, "preorder is null");
    }

    /**
     * {@return the facade builder's defaults: location priority, no backorders, the catalogue's pre-order caps only}
     *
     * @param name what the report calls the set
     */
    public static PolicySet defaults(String name) {
        return new PolicySet(name, new LocationPriorityAllocation(), BackorderPolicy.none(), PreorderPolicy.catalogueCapOnly());
    }

    /**
     * {@return this set, allocating by a routing strategy}
     *
     * @param strategy the strategy, e.g. {@code Strategies.fewestShipments()}
     */
    public PolicySet routing(RoutingStrategy strategy) {
        return allocation(new RoutedAllocation(strategy));
    }

    /**
     * {@return this set under another name}
     *
     * @param newName what the report calls the set
     */
    public PolicySet named(String newName) {
        return new PolicySet(newName, allocation, backorder, preorder);
    }

    /**
     * {@return this set with another allocation policy}
     *
     * @param policy where an order's units are reserved
     */
    public PolicySet allocation(AllocationPolicy policy) {
        return new PolicySet(name, policy, backorder, preorder);
    }

    /**
     * {@return this set with another backorder policy}
     *
     * @param policy which SKUs may be backordered
     */
    public PolicySet backorder(BackorderPolicy policy) {
        return new PolicySet(name, allocation, policy, preorder);
    }

    /**
     * {@return this set with another pre-order policy}
     *
     * @param policy pre-order caps per channel
     */
    public PolicySet preorder(PreorderPolicy policy) {
        return new PolicySet(name, allocation, backorder, policy);
    }

    OrderManagementBuilder applyTo(OrderManagementBuilder builder) {
        return builder.allocationPolicy(allocation).backorderPolicy(backorder).preorderPolicy(preorder);
    }
}
