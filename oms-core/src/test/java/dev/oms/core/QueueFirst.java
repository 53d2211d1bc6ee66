// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The "queue first" invariant, checked from the outside: no unit of a SKU is available to new orders at
 * a location while an order waiting for that SKU could take it there. An order waits for a SKU with
 * backordered units of it, or pre-ordered units once the product is released. It could take a unit at
 * any active location except one it was re-routed away from (the allocation never sends it back there).
 *
 * <p>Stock is read from the {@link InventoryStore}, waiting units from the orders as stored; nothing is
 * taken from the code under test's own queue, so the check does not share its mistakes. It holds once
 * every call has returned and no port failed: an order whose reservation is still owed after a port
 * failure holds units that are available in the store until it is resumed.
 */
public final class QueueFirst {
    private QueueFirst() {}

    /**
     * Every breach, one line each ({@code "SKU@LOCATION: n available while order O waits for m"}); empty when
     * the invariant holds.
     *
     * @param now the time the release dates are judged at
     */
    public static List<String> violations(InventoryStore inventory, Catalog catalog, Iterable<Order> orders, Instant now) {
        List<String> found = new ArrayList<>();
        List<Location> active = inventory.locations().stream().filter(Location::active).toList();
        for (Order order : orders) {
            for (Line line : order.lines().values()) {
                long waiting = line.count(Bucket.BACKORDERED) + (released(catalog, line.sku(), now) ? line.count(Bucket.PREORDERED) : 0);
                if (waiting == 0) {
                    continue;
                }
                for (StockLevel level : inventory.stockOf(line.sku())) {
                    boolean takeable = active.stream().anyMatch(l -> l.id().equals(level.locationId()))
                            && !order.failedLocations().contains(level.locationId());
                    if (takeable && level.available() > 0) {
                        found.add(line.sku() + "@" + level.locationId() + ": " + level.available() + " available while order "
                                + order.id() + " waits for " + waiting);
                    }
                }
            }
        }
        return found;
    }

    private static boolean released(Catalog catalog, Sku sku, Instant now) {
        return catalog.find(sku).map(p -> !p.isUnreleasedAt(now)).orElse(true);
    }
}
