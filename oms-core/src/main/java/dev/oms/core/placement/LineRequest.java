// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.placement;

import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import org.joda.money.Money;

/**
 * One line as a channel sent it. The quantity is a raw number on purpose: a zero or negative quantity is a
 * channel's mistake that placement reports as a problem, not a crash.
 */
public record LineRequest(Sku sku, long quantity, Money unitPrice) {
    public LineRequest {
        Require.nonNull(sku, "sku");
        Require.nonNull(unitPrice, "unitPrice");
    }

    public static LineRequest of(String sku, long quantity, Money unitPrice) {
        return new LineRequest(Sku.of(sku), quantity, unitPrice);
    }
}
