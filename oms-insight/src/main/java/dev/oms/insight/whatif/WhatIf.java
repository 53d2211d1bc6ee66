// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.value.LocationId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Policy what-if: what a period would have come to under other routing, allocation, backorder or pre-order policies.
 * oms can answer because its decisions are pure and deterministic: replayed on the same orders, stock and instants
 * under the policies that ran, they come to exactly what was stored (the module's property tests hold it to that).
 *
 * <p>A replay plays the period's placements, stock arrivals and the host's cancellations on a copy of its own (see
 * {@link WhatIfHistory}); it never touches the host's stores. Not replayed, because they do not change where units
 * are allocated: shipping and the later warehouse steps (pick lists, packing, labels, delivery), payments (every card
 * is authorised) and returns. Not replayed either, and so a source of differences a shop should know of: allocations
 * moved by hand, stock adjustments and losses, product releases, supplier purchases, approval holds, checkout holds and
 * anything the host's pricing port did (lines are placed at their stored unit prices). A whole-order cancellation
 * of an order partly shipped is replayed line by line ({@link PastOrder}), so it too may come out otherwise.
 */
public final class WhatIf {
    private WhatIf() {}

    /**
     * {@return the stored history's outcome: each order as it stood at the period's end}
     *
     * @param history the period
     */
    public static WhatIfOutcome actual(WhatIfHistory history) {
        Map<LocationId, Location> locations = locations(history);
        List<OrderOutcome> orders = new ArrayList<>();
        for (PastOrder order : history.orders()) {
            orders.add(OrderOutcome.of(order.atPeriodEnd(), locations, history.period().to()));
        }
        return new WhatIfOutcome(orders, 0);
    }

    /**
     * {@return the outcome of replaying the period under the policies}
     *
     * @param history the period
     * @param policies the policies to decide with
     */
    public static WhatIfOutcome replay(WhatIfHistory history, PolicySet policies) {
        return Replay.run(Objects.requireNonNull(history, "history is null"), Objects.requireNonNull(policies, "policies is null"));
    }

    /**
     * {@return what happened beside what each candidate would have done}
     *
     * @param history the period
     * @param actualName what the stored history's column is headed, e.g. {@code "as run"}
     * @param candidates the policy sets to try, each a column of its own
     */
    public static WhatIfReport compare(WhatIfHistory history, String actualName, List<PolicySet> candidates) {
        List<WhatIfReport.Column> columns = new ArrayList<>();
        for (PolicySet candidate : candidates) {
            columns.add(new WhatIfReport.Column(candidate.name(), replay(history, candidate)));
        }
        return WhatIfReport.of(history.period(), new WhatIfReport.Column(actualName, actual(history)), columns);
    }

    static Map<LocationId, Location> locations(WhatIfHistory history) {
        Map<LocationId, Location> byId = new LinkedHashMap<>();
        history.locations().forEach(location -> byId.put(location.id(), location));
        return byId;
    }
}
