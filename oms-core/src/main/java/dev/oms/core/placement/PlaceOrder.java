// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.placement;

import dev.oms.core.command.Fingerprint;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Pickup;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A channel's request to place an order. Built with {@link #builder()}; structural nulls are refused at
 * build time, while business problems (no lines, bad quantities, unknown SKUs, a missing address, a store that offers no pickup...) are
 * reported together by {@link PlacementValidation}.
 */
@Value.Immutable
public abstract class PlaceOrder {

    /** {@return the channel the order came in through} */
    public abstract Channel channel();

    /** {@return the order's id in its channel; {@code (channel, externalId)} places at most one order} */
    public abstract String externalId();

    /** {@return the customer who ordered} */
    public abstract CustomerRef customer();

    /**
     * {@return where to ship; an order names either this or {@link #pickup()}, optional in the type so that a missing
     * destination is reported, not thrown}
     */
    public abstract Optional<Address> shipTo();

    /**
     * {@return the store the customer collects the order at (click and collect), instead of a {@link #shipTo()}
     * address; it must be a known, active location offering pickup, with an address. The order is placed with the
     * store's address as its ship-to, where parcels from other locations go when the pickup allows transfer}
     */
    public abstract Optional<Pickup> pickup();

    /**
     * {@return the shipping service the customer chose at checkout ({@code "standard"}, {@code "express"}), if the
     * channel sends one}: passed to the pricing port, which may charge shipping by it
     */
    public abstract Optional<String> shippingService();

    /** {@return how the customer pays} */
    public abstract PaymentMethod paymentMethod();

    /** {@return the lines as the channel sent them, in order} */
    public abstract List<LineRequest> lines();

    /**
     * {@return the checkout hold whose units this order takes over, when the storefront placed one: while the hold
     * lives, its units become the order's allocations, those the order does not need given back; once it has
     * expired, the order is allocated like any other}
     */
    public abstract Optional<HoldId> hold();

    /**
     * {@return further checkout holds of the same checkout (one per location, say) whose units this order takes
     * over with {@link #hold()}; none by default}
     */
    public abstract List<HoldId> additionalHolds();

    /** {@return every hold the order names: {@link #hold()} first, then {@link #additionalHolds()}, each once} */
    public List<HoldId> holds() {
        java.util.LinkedHashSet<HoldId> all = new java.util.LinkedHashSet<>();
        hold().ifPresent(all::add);
        all.addAll(additionalHolds());
        return List.copyOf(all);
    }

    /**
     * {@return a digest of everything the order asks for, kept with the placed order: placing the same channel order
     * again with other lines, payment, customer, address, pickup, hold or shipping service is a reused key, not a replay}
     */
    @Value.Lazy // asked when checking for a replay and again when storing the placement
    public String fingerprint() {
        // Without a shipping service, the digest is the one orders placed before it existed were stored with.
        return shippingService().isEmpty() ? fingerprintWithoutService()
                : Fingerprint.of(fingerprintWithoutService(), "shippingService", shippingService().get());
    }

    private String fingerprintWithoutService() {
        // Without further holds or a pickup, the digest is the one orders placed before they existed were stored with.
        if (pickup().isPresent()) {
            return Fingerprint.of(channel(), externalId(), customer(), shipTo(), paymentMethod(), lines(), hold(),
                    additionalHolds(), pickup().get());
        }
        return additionalHolds().isEmpty()
                ? Fingerprint.of(channel(), externalId(), customer(), shipTo(), paymentMethod(), lines(), hold())
                : Fingerprint.of(channel(), externalId(), customer(), shipTo(), paymentMethod(), lines(), hold(), additionalHolds());
    }

    /** {@return a builder for a request} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PlaceOrder}. */
    public static final class Builder extends ImmutablePlaceOrder.Builder {}
}
