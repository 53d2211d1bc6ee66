// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.shipping;

import dev.oms.spi.value.Address;
import dev.oms.spi.value.LabelId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.ReturnId;
import org.joda.money.Money;

/**
 * The host's carrier integration.
 *
 * <p>Contract: calls carry idempotency keys derived from stored events; a repeated key must not buy a
 * second label or void twice, and answers as the first call did. "No such service" is a value;
 * infrastructure failures may be thrown unchecked and are retried with the same key.
 */
public interface ShippingCarrier {

    /**
     * Buys a label for one package, when it is about to ship.
     *
     * @param request the package, where it leaves from and goes to, the service and the idempotency key
     * @return the label bought, or why the carrier cannot take the package
     */
    LabelResult purchaseLabel(LabelRequest request);

    /**
     * Cancels a label that will not be used (its package was cancelled, or a retry found it bought twice).
     *
     * @param idempotencyKey the same on every retry of this void
     * @param labelId the label to cancel
     */
    void voidLabel(String idempotencyKey, LabelId labelId);

    /**
     * Buys a return label: the customer ships the units of an approved return back to one of the host's locations.
     * Keyed as {@link #purchaseLabel} is: a repeated key buys nothing more and answers as the first call did. A label
     * that is not used is cancelled with {@link #voidLabel}. The default answers {@link LabelResult.Unavailable}, for
     * carriers that sell no return labels, so existing carriers compile unchanged.
     *
     * @param request the return, where it leaves from and goes back to, the service and the idempotency key
     * @return the label bought, or why the carrier cannot take the parcel
     */
    default LabelResult purchaseReturnLabel(ReturnLabelRequest request) {
        return new LabelResult.Unavailable("this carrier sells no return labels");
    }

    /**
     * What shipping a parcel would cost, for routing by cost. A read: it buys nothing and needs no key.
     * The default answers {@link RateQuote.Unavailable}, for carriers that give no quotes; routing then
     * ranks every location as unquoted and falls back to its next criterion.
     *
     * @param request where the parcel would leave from and go to, the service and its size in units
     * @return the price, or why there is none
     */
    default RateQuote quote(RateRequest request) {
        return new RateQuote.Unavailable("this carrier gives no quotes");
    }

    /**
     * The carrier's tracking events for a parcel, every one it has, in any order; a read that needs no key. oms records
     * each event once by its {@link TrackingUpdate#carrierEventId()}, so answering an event again is harmless. The
     * default answers none, for carriers whose events reach the host by webhook instead.
     *
     * @param trackingNumber the parcel's tracking number
     * @return its tracking events, none when the carrier has none or gives none this way
     */
    default java.util.List<TrackingUpdate> trackingUpdates(String trackingNumber) {
        return java.util.List.of();
    }

    /**
     * A parcel to price.
     *
     * @param shipFrom the location the parcel would leave from
     * @param shipTo where it would go
     * @param service the carrier service, e.g. {@code "ground"}
     * @param units how many units the parcel would hold
     */
    record RateRequest(LocationId shipFrom, Address shipTo, String service, long units) {
        /**
         * Checks the components.
         *
         * @param shipFrom the location the parcel would leave from
         * @param shipTo where it would go
         * @param service the carrier service, e.g. {@code "ground"}
         * @param units how many units the parcel would hold
         * @throws NullPointerException when a component is null
         * @throws IllegalArgumentException when {@code service} is blank or {@code units} is not positive
         */
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
        /**
         * The carrier's price.
         *
         * @param cost what the label would cost
         */
        record Quoted(Money cost) implements RateQuote {
            /**
             * Checks the price.
             *
             * @param cost what the label would cost
             * @throws NullPointerException when {@code cost} is null
             */
            public Quoted {
                Require.nonNull(cost, "cost");
            }
        }

        /**
         * No price: the carrier gives no quotes, or not for this parcel.
         *
         * @param reason why, for logs and routing explanations
         */
        record Unavailable(String reason) implements RateQuote {}
    }

    /**
     * What to label.
     *
     * @param idempotencyKey the same on every retry of this purchase
     * @param orderId the order shipping
     * @param packageId the package to label
     * @param shipFrom the location the package leaves from
     * @param shipTo the customer's address
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
        /**
         * Checks the components.
         *
         * @param idempotencyKey the same on every retry of this purchase
         * @param orderId the order shipping
         * @param packageId the package to label
         * @param shipFrom the location the package leaves from
         * @param shipTo the customer's address
         * @param service the carrier service the host chose, e.g. {@code "ground"}
         * @param units how many units the package holds
         * @throws NullPointerException when a component is null
         * @throws IllegalArgumentException when the idempotency key or the service is blank
         */
        public LabelRequest {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(packageId, "packageId");
            Require.nonNull(shipFrom, "shipFrom");
            Require.nonNull(shipTo, "shipTo");
            Require.nonBlank(service, "service");
        }
    }

    /**
     * What to label for a return: a parcel from the customer back to a location.
     *
     * @param idempotencyKey the same on every retry of this purchase
     * @param orderId the order the units were sold on
     * @param returnId the approved return
     * @param shipFrom where the parcel leaves from: the customer's address (the order's ship-to)
     * @param returnTo the location the parcel goes back to
     * @param service the carrier service the host chose, e.g. {@code "ground"}
     * @param units how many units the return asks for
     */
    record ReturnLabelRequest(String idempotencyKey, OrderId orderId, ReturnId returnId, Address shipFrom, LocationId returnTo,
            String service, long units) {
        /**
         * Checks the components.
         *
         * @param idempotencyKey the same on every retry of this purchase
         * @param orderId the order the units were sold on
         * @param returnId the approved return
         * @param shipFrom the customer's address
         * @param returnTo the location the parcel goes back to
         * @param service the carrier service
         * @param units how many units the return asks for
         * @throws NullPointerException when a component is null
         * @throws IllegalArgumentException when the key or the service is blank, or {@code units} is not positive
         */
        public ReturnLabelRequest {
            Require.nonBlank(idempotencyKey, "idempotencyKey");
            Require.nonNull(orderId, "orderId");
            Require.nonNull(returnId, "returnId");
            Require.nonNull(shipFrom, "shipFrom");
            Require.nonNull(returnTo, "returnTo");
            Require.nonBlank(service, "service");
            if (units <= 0) {
                throw new IllegalArgumentException("units must be positive, was " + units);
            }
        }
    }

    /** The carrier's answer to a label purchase: bought, or refused with a reason. */
    sealed interface LabelResult {
        /**
         * The answer, told apart once: bought or refused. Exhaustive by construction, so a caller needs no cast.
         *
         * @param <R> what the caller makes of the answer
         * @param ifPurchased applied when the label was bought
         * @param ifUnavailable applied when the carrier refused
         * @return what the function applied made
         */
        <R> R fold(java.util.function.Function<Purchased, R> ifPurchased, java.util.function.Function<Unavailable, R> ifUnavailable);

        /**
         * A label bought.
         *
         * @param carrier the carrier's name, as printed on the label
         * @param labelId the carrier's id of the label, to void it
         * @param trackingNumber what the customer tracks the parcel by
         * @param cost what the label cost
         */
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
