// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.indent;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;

/**
 * The host's indent rules: which lines are bought from a supplier for the order instead of served from
 * stock, and what becomes of units a supplier does not commit. Must be a pure function of its arguments.
 * A line is sourced from a supplier once; re-sourced units come from stock.
 */
public interface IndentPolicy {

    /**
     * Where a line is sourced.
     *
     * @param sku the line's SKU
     * @param quantity the units ordered
     * @param channel the channel the order came through
     * @return the supplier (a location of type {@code SUPPLIER}) to buy this line from, or none to serve it from stock
     */
    Option<LocationId> supplierFor(Sku sku, long quantity, Channel channel);

    /**
     * What becomes of the units a supplier of this SKU does not commit. The default cancels them.
     *
     * @param sku the purchase's SKU
     * @return where the uncommitted units go
     */
    default SupplierShortfall onShortfall(Sku sku) {
        return SupplierShortfall.CANCEL;
    }

    /** {@return a policy with no indent orders: every line is served from stock} */
    static IndentPolicy none() {
        return (sku, quantity, channel) -> Option.none();
    }
}
