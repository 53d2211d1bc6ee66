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
 * @param placedFrom placed at or after this instant
 * @param placedBefore placed before this instant
 */
public record OrderFilter(Optional<OrderStatus> status, Optional<Channel> channel, Optional<Instant> placedFrom,
        Optional<Instant> placedBefore) {
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

    public OrderFilter withStatus(OrderStatus value) {
        return new OrderFilter(Optional.of(value), channel, placedFrom, placedBefore);
    }

    public OrderFilter withChannel(Channel value) {
        return new OrderFilter(status, Optional.of(value), placedFrom, placedBefore);
    }

    /** Orders placed in {@code [from, before)}. */
    public OrderFilter placedBetween(Instant from, Instant before) {
        return new OrderFilter(status, channel, Optional.of(from), Optional.of(before));
    }

    /** Whether {@code summary} matches every present field. */
    public boolean matches(OrderSummary summary) {
        return status.map(summary.status()::equals).orElse(true)
                && channel.map(summary.channel()::equals).orElse(true)
                && placedFrom.map(from -> !summary.placedAt().isBefore(from)).orElse(true)
                && placedBefore.map(summary.placedAt()::isBefore).orElse(true);
    }
}
