// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.preorder;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Sku;
import java.util.OptionalLong;

/**
 * The host's pre-order rules beyond the catalogue's total cap ({@code Product.preorderCap}): a cap per
 * channel, so that for instance a marketplace cannot take every pre-order of a launch. Units over a cap
 * are backordered when the backorder policy allows, else the order is rejected with
 * {@code PREORDER_CAP_EXCEEDED}. Must be a pure function of its arguments.
 */
@FunctionalInterface
public interface PreorderPolicy {

    /**
     * The channel's pre-order cap for a SKU.
     *
     * @param sku the SKU pre-ordered
     * @param channel the channel the order came through
     * @return how many units of the SKU the channel may pre-order in total (orders not cancelled); empty for no cap
     */
    OptionalLong channelCap(Sku sku, Channel channel);

    /** {@return the default policy: no channel caps, only the catalogue's total cap applies} */
    static PreorderPolicy catalogueCapOnly() {
        return (sku, channel) -> OptionalLong.empty();
    }
}
