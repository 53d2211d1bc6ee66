// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.edit;

import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.pricing.ShippingCharge;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import java.util.Optional;

/**
 * What the pricing port answered for a change-set, checked as placement checks its prices.
 *
 * @param added the lines it adds, priced, numbered after the order's last line
 * @param shipping the shipping charge for the service it changes to; empty when it keeps the service
 */
public record EditPrices(List<PlacedLine> added, Optional<ShippingCharge> shipping) {
    /** Nothing added and the shipping kept: the prices of a change-set that only takes units off or moves the address. */
    public static final EditPrices NONE = new EditPrices(List.empty(), Optional.empty());

    /** Refuses nulls.
     * @param added the lines added
     * @param shipping the new shipping charge, if any */
    public EditPrices {
        Require.nonNull(added, "added");
        Require.nonNull(shipping, "shipping");
    }
}
