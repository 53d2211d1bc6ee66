// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;

/**
 * Read model: which orders hold units of a SKU allocated at a location, kept by the order store from the
 * {@link OrderSummary#allocated()} of every commit. What a stock count that finds units missing reads to
 * know whose units are gone, instead of replaying orders.
 */
public interface AllocatedLines {

    /**
     * Every line with units of {@code sku} allocated at {@code locationId}, {@link AllocatedLine#NEWEST_FIRST},
     * as the latest commit of each order left it: a line whose units were picked, moved or cancelled is gone.
     *
     * @param sku the SKU
     * @param locationId the location
     * @return the lines, possibly empty
     */
    List<AllocatedLine> allocatedAt(Sku sku, LocationId locationId);
}
