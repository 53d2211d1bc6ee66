// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.stockloss;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;

/**
 * The host's answer to units a stock adjustment found gone: per SKU, location and the order's channel. Pure;
 * asked once per order that gives units up.
 */
@FunctionalInterface
public interface StockLossPolicy {

    /**
     * {@return what happens to an order's lost units}
     *
     * @param sku the SKU counted short
     * @param location where
     * @param channel the channel of the order giving units up
     */
    StockLossResponse respond(Sku sku, LocationId location, Channel channel);

    /**
     * {@return a policy giving the same answer everywhere}
     *
     * @param response the answer
     */
    static StockLossPolicy always(StockLossResponse response) {
        java.util.Objects.requireNonNull(response, "response");
        return (sku, location, channel) -> response;
    }
}
