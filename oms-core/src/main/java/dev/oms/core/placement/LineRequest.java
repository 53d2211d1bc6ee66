// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.placement;

import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import org.joda.money.Money;

/**
 * One line as a channel sent it. The quantity is a raw number on purpose: a zero or negative quantity is a
 * channel's mistake that placement reports as a problem, not a crash.
 *
 * @param sku the product ordered
 * @param quantity how many units, as sent
 * @param unitPrice the price of one unit, in the order's currency
 */
public record LineRequest(Sku sku, long quantity, Money unitPrice) {
    /**
     * Refuses a null SKU or price.
     *
     * @param sku the product ordered
     * @param quantity how many units, as sent
     * @param unitPrice the price of one unit, in the order's currency
     */
    public LineRequest {
        Require.nonNull(sku, "sku");
        Require.nonNull(unitPrice, "unitPrice");
    }

    /**
     * {@return a line for the SKU code given}
     *
     * @param sku the SKU's code
     * @param quantity how many units
     * @param unitPrice the price of one unit
     */
    public static LineRequest of(String sku, long quantity, Money unitPrice) {
        return new LineRequest(Sku.of(sku), quantity, unitPrice);
    }

    /**
     * {@return the text a record's {@code toString} gives}, written out: a placement's fingerprint digests it (the
     * same text for the same line, always), and the generated one formats it anew with a formatter each time
     */
    @Override
    public String toString() {
        return "LineRequest[sku=" + sku + ", quantity=" + quantity + ", unitPrice=" + unitPrice + "]";
    }
}
