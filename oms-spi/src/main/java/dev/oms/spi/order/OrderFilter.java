// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * Which orders {@link OrderListing#orders} lists: each field that is present must match.
 *
 * @param status in this status
 * @param channel from this channel
 * @param placedFrom placed at or after this instant
 * @param placedBefore placed before this instant
 */
public record OrderFilter(Optional<OrderStatus> status, Optional<Channel> channel, Optional<Instant> placedFrom,
        Optional<Instant> placedBefore) {
    /**
     * Checks no field is null; an absent field is empty.
     *
     * @param status in this status
     * @param channel from this channel
     * @param placedFrom placed at or after this instant
     * @param placedBefore placed before this instant
     */
    public OrderFilter {
        Require.nonNull(status, "status");
        Require.nonNull(channel, "channel");
        Require.nonNull(placedFrom, "placedFrom");
        Require.nonNull(placedBefore, "placedBefore");
    }

    /** {@return every order} */
    public static OrderFilter all() {
        return new OrderFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * {@return this filter, narrowed to orders in one status}
     *
     * @param value the status
     */
    public OrderFilter withStatus(OrderStatus value) {
        return new OrderFilter(Optional.of(value), channel, placedFrom, placedBefore);
    }

    /**
     * {@return this filter, narrowed to orders from one channel}
     *
     * @param value the channel
     */
    public OrderFilter withChannel(Channel value) {
        return new OrderFilter(status, Optional.of(value), placedFrom, placedBefore);
    }

    /**
     * {@return this filter, narrowed to orders placed in {@code [from, before)}}
     *
     * @param from the first instant included
     * @param before the first instant excluded
     */
    public OrderFilter placedBetween(Instant from, Instant before) {
        return new OrderFilter(status, channel, Optional.of(from), Optional.of(before));
    }

    /**
     * {@return whether {@code summary} matches every present field}
     *
     * @param summary the order's summary
     */
    public boolean matches(OrderSummary summary) {
        return status.map(summary.status()::equals).orElse(true)
                && channel.map(summary.channel()::equals).orElse(true)
                && placedFrom.map(from -> !summary.placedAt().isBefore(from)).orElse(true)
                && placedBefore.map(summary.placedAt()::isBefore).orElse(true);
    }
}
