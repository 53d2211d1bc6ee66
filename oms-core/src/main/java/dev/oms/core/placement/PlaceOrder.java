// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.placement;

import dev.oms.core.command.Fingerprint;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.PaymentMethod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A channel's request to place an order. Built with {@link #builder()}; structural nulls are refused at
 * build time, while business problems (no lines, bad quantities, unknown SKUs, a missing address...) are
 * reported together by {@link PlacementValidation}.
 */
@Value.Immutable
public abstract class PlaceOrder {

    public abstract Channel channel();

    /** The order's id in its channel; {@code (channel, externalId)} places at most one order. */
    public abstract String externalId();

    public abstract CustomerRef customer();

    /** Where to ship; required. Optional in the type so that a missing address is reported, not thrown. */
    public abstract Optional<Address> shipTo();

    public abstract PaymentMethod paymentMethod();

    public abstract List<LineRequest> lines();

    /**
     * The checkout hold whose units this order takes over, when the storefront placed one: while the hold
     * lives, its units become the order's allocations as they are; once it has expired, the order is
     * allocated like any other.
     */
    public abstract Optional<HoldId> hold();

    /**
     * A digest of everything the order asks for, kept with the placed order: placing the same channel order
     * again with other lines, payment, customer, address or hold is a reused key, not a replay.
     */
    public String fingerprint() {
        return Fingerprint.of(channel(), externalId(), customer(), shipTo(), paymentMethod(), lines(), hold());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PlaceOrder}. */
    public static final class Builder extends ImmutablePlaceOrder.Builder {}
}
