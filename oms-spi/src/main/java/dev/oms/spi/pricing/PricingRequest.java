// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.pricing;

import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Pickup;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What oms asks the pricing port to price: a valid order's lines, its customer, destination and channel. Every price
 * offered is in {@code currency}.
 *
 * @param channel the channel the order came through
 * @param customer the customer who ordered
 * @param shipTo where it ships to (for a pickup order, the store's address)
 * @param pickup the store the customer collects at, if any
 * @param shippingService the shipping service the customer chose, if the channel sent one
 * @param currency the order's currency
 * @param lines the lines, in order; at least one
 */
public record PricingRequest(Channel channel, CustomerRef customer, Address shipTo, Optional<Pickup> pickup,
        Optional<String> shippingService, CurrencyUnit currency, List<Line> lines) {

    /**
     * One line to price.
     *
     * @param lineId the line's id in the order
     * @param sku the SKU
     * @param quantity how many units; positive
     * @param unitPrice the unit price the channel offered
     */
    public record Line(LineId lineId, Sku sku, long quantity, Money unitPrice) {
        /** Checks the line.
         * @param lineId the line's id
         * @param sku the SKU
         * @param quantity how many units
         * @param unitPrice the unit price offered */
        public Line {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonNull(unitPrice, "unitPrice");
        }

        /** {@return the value of the line at the price offered} */
        public Money value() {
            return unitPrice.multipliedBy(quantity);
        }
    }

    /** Checks the request and copies the lines.
     * @param channel the channel
     * @param customer the customer
     * @param shipTo where it ships to
     * @param pickup the pickup store, if any
     * @param shippingService the shipping service chosen, if any
     * @param currency the order's currency
     * @param lines the lines */
    public PricingRequest {
        Require.nonNull(channel, "channel");
        Require.nonNull(customer, "customer");
        Require.nonNull(shipTo, "shipTo");
        Require.nonNull(pickup, "pickup");
        Require.nonNull(shippingService, "shippingService");
        Require.nonNull(currency, "currency");
        lines = List.copyOf(Require.nonNull(lines, "lines"));
    }
}
