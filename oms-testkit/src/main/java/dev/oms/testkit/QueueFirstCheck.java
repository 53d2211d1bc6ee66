// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.order.Order;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The queue-first check of {@link Reconciliation}: no unit lies available while an order waits for it. */
final class QueueFirstCheck {
    private QueueFirstCheck() {}

    /**
     * Units available at an active location while an order waits for the SKU and could take them there,
     * one line per such location; nothing for an announced product before its release.
     */
    static List<String> violations(Sku sku, List<StockLevel> stock, List<Order> orders, Set<LocationId> active,
            Catalog catalog, Instant now) {
        List<String> violations = new ArrayList<>();
        if (catalog.find(sku).filter(p -> p.isUnreleasedAt(now)).isPresent()) {
            return violations; // stock received before the release waits for it: nobody may take it yet
        }
        for (StockLevel level : stock) {
            if (!active.contains(level.locationId()) || level.available() <= 0) {
                continue;
            }
            List<String> waiting = new ArrayList<>();
            // A click-and-collect order without transfer could take units at its store only.
            for (Order order : orders.stream().filter(o -> RestockInvariants.servedFrom(o, level.locationId())).toList()) {
                long backordered = order.lines().values().filter(l -> l.sku().equals(sku)).map(l -> l.count(Bucket.BACKORDERED))
                        .sum().longValue();
                long preordered = order.lines().values().filter(l -> l.sku().equals(sku))
                        .map(l -> l.count(Bucket.PREORDERED)).sum().longValue();
                if (backordered > 0) {
                    waiting.add(order.id() + " (" + backordered + " backordered)");
                }
                if (preordered > 0) {
                    waiting.add(order.id() + " (" + preordered + " pre-ordered, released)");
                }
            }
            if (!waiting.isEmpty()) {
                violations.add(sku + " at " + level.locationId() + ": " + level.available()
                        + " units available while orders wait for " + sku + ": " + String.join(", ", waiting));
            }
        }
        return violations;
    }
}
