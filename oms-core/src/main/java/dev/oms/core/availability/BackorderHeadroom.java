// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.spi.value.Require;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Units of a SKU that may still be backordered when the stock runs short.
 *
 * @param left the backorder limit less the units already backordered; none when no limit bounds them
 * @param expectedRestock when the backorder policy expects stock, for the storefront to show
 */
public record BackorderHeadroom(Option<Long> left, Option<LocalDate> expectedRestock) {
    /**
     * Checks the components: {@code left}, if bounded, is not negative.
     *
     * @param left the backorder limit less the units already backordered; none when unbounded
     * @param expectedRestock when the backorder policy expects stock
     */
    public BackorderHeadroom {
        Require.nonNull(left, "left");
        Require.nonNull(expectedRestock, "expectedRestock");
        if (left.exists(l -> l < 0)) {
            throw new IllegalArgumentException("backorderable units cannot be negative, was " + left.get());
        }
    }
}
