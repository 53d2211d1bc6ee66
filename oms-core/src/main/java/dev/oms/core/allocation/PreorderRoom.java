// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Sku;
import java.util.OptionalLong;

/** How many units of an announced product an order may still pre-order. Pure. */
public final class PreorderRoom {
    private PreorderRoom() {}

    /**
     * The tighter of the catalogue's total cap and the channel's cap, less what each already counts; never negative.
     *
     * @param product the announced product
     * @param channel the channel the units would be pre-ordered on
     * @param preorders the host's per-channel pre-order caps
     * @param demand the units already waiting, and promised by live checkout holds
     * @return how many more units may be pre-ordered
     */
    public static long left(Product product, Channel channel, PreorderPolicy preorders, WaitingDemand demand) {
        Sku sku = product.sku();
        long room = Long.MAX_VALUE;
        if (product.preorderCap().isPresent()) {
            room = product.preorderCap().getAsLong() - demand.preordered(sku);
        }
        OptionalLong channelCap = preorders.channelCap(sku, channel);
        if (channelCap.isPresent()) {
            room = Math.min(room, channelCap.getAsLong() - demand.preordered(sku, channel));
        }
        return Math.max(0, room);
    }
}
