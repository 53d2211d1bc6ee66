// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.pricing;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import org.joda.money.Money;

/**
 * A line as the pricing port priced it.
 *
 * @param lineId the line of the request it prices
 * @param unitPrice the price of one unit: the one the channel offered, or the host's own (a price list)
 * @param breakdown the discounts and taxes on the line
 */
public record PricedLine(LineId lineId, Money unitPrice, PriceBreakdown breakdown) {
    /** Checks the line.
     * @param lineId the line priced
     * @param unitPrice the price of one unit
     * @param breakdown the discounts and taxes on the line */
    public PricedLine {
        Require.nonNull(lineId, "lineId");
        Require.nonNull(unitPrice, "unitPrice");
        Require.nonNull(breakdown, "breakdown");
    }

    /** {@return a line priced as offered: no discount, no tax}
     * @param line the line of the request */
    public static PricedLine asOffered(PricingRequest.Line line) {
        return new PricedLine(line.lineId(), line.unitPrice(), PriceBreakdown.NONE);
    }
}
