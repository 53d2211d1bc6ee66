// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.dropship;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;

/**
 * The host's dropship rules: which lines are sent to a supplier that ships them straight to the customer from its
 * own stock, instead of being served from ours. Must be a pure function of its arguments. A line is dropshipped
 * once: units its supplier rejects are served from our stock (or wait, or are cancelled) like any units a
 * reservation could not place, and that supplier is not asked again for the order.
 */
@FunctionalInterface
public interface DropshipPolicy {

    /**
     * Who ships a line, if a supplier does.
     *
     * @param sku the line's SKU
     * @param quantity the units to source
     * @param channel the channel the order came through
     * @return the supplier (a location of type {@code SUPPLIER}) that ships this line to the customer, or none to
     *     source it as usual (from stock, or bought by the indent policy)
     */
    Option<LocationId> supplierFor(Sku sku, long quantity, Channel channel);

    /** {@return a policy with no dropship: every line is sourced as usual} */
    static DropshipPolicy none() {
        return (sku, quantity, channel) -> Option.none();
    }
}
