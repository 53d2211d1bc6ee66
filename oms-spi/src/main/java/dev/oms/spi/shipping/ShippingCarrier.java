// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.shipping;

import dev.oms.spi.value.Address;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;
import org.joda.money.Money;

/**
 * The host's carrier integration.
 *
 * <p>Contract: calls carry idempotency keys derived from stored events; a repeated key must not buy a
 * second label or void twice, and answers as the first call did. "No such service" is a value;
 * infrastructure failures may be thrown unchecked and are retried with the same key.
 */
public interface ShippingCarrier {

    LabelResult purchaseLabel(LabelRequest request);

    /** Cancels a label that will not be used. */
    void voidLabel(String idempotencyKey, LabelId labelId);

    /**
     * What shipping a parcel would cost, for routing by cost. A read: it buys nothing and needs no key.
     * The default answers {@link RateQuote.Unavailable}, for carriers that give no quotes; routing then
     * ranks every location as unquoted and falls back to its next criterion.
     */
    default RateQuote quote(RateRequest request) {
        return new RateQuote.Unavailable("this carrier gives no quotes");
    }

    /**
     * A parcel to price.
     *
     * @param units how many units the parcel would hold
     */
    record RateRequest(LocationId shipFrom, Address shipTo, String service, long units) {
        public RateRequest {
            Require.nonNull(shipFrom, "shipFrom");
            Require.nonNull(shipTo, "shipTo");
            Require.nonBlank(service, "service");
            if (units <= 0) {
                throw new IllegalArgumentException("units must be positive, was " + units);
            }
        }
    }

    /** A carrier's price for a parcel, or why it has none. */
    sealed interface RateQuote {
        record Quoted(Money cost) implements RateQuote {
            public Quoted {
                Require.nonNull(cost, "cost");
            }
        }

        record Unavailable(String reason) implements RateQuote {}
    }

    /**
     * What to label.
     *
     * @param service the carrier service the host chose, e.g. {@code "ground"}
     * @param units how many units the package holds
     */
    record LabelRequest(
            String idempotencyKey,
            OrderId orderId,
            PackageId packageId,
            LocationId shipFrom,
            Address shipTo,
            String service,
            long units) {
        public LabelRequest {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(packageId, "packageId");
            Require.nonNull(shipFrom, "shipFrom");
            Require.nonNull(shipTo, "shipTo");
            Require.nonBlank(service, "service");
        }
    }

    sealed interface LabelResult {
        /**
         * The answer, told apart once: bought or refused. Exhaustive by construction, so a caller needs no cast.
         */
        <R> R fold(java.util.function.Function<Purchased, R> ifPurchased, java.util.function.Function<Unavailable, R> ifUnavailable);

        record Purchased(String carrier, LabelId labelId, String trackingNumber, Money cost) implements LabelResult {
            @Override
            public <R> R fold(java.util.function.Function<Purchased, R> ifPurchased, java.util.function.Function<Unavailable, R> ifUnavailable) {
                return ifPurchased.apply(this);
            }
        }

        /** The carrier cannot take this package (service unknown, destination not served...). */
        record Unavailable(String reason) implements LabelResult {
            @Override
            public <R> R fold(java.util.function.Function<Purchased, R> ifPurchased, java.util.function.Function<Unavailable, R> ifUnavailable) {
                return ifUnavailable.apply(this);
            }
        }
    }
}
