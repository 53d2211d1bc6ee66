// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.pricing.PriceBreakdown;
import dev.oms.spi.pricing.ShippingCharge;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Pickup;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

import static dev.oms.spi.event.EventChecks.positive;
import static dev.oms.spi.event.EventChecks.positiveMoney;

/** Facts of an order being accepted. */
public sealed interface PlacementEvent extends OrderEvent {
    /**
     * One line as placed.
     *
     * @param lineId the order line
     * @param sku the SKU
     * @param quantity how many units; positive
     * @param unitPrice the price of one unit, in the order's currency
     * @param stockTracked whether the catalogue tracked the SKU's stock at placement. False for an untracked
     *     SKU (a digital good, a service): then every {@link AllocationEvent.UnitsAllocated} of the line is an
     *     allocation without a reservation, and neither cancelling nor shipping its units moves any stock
     * @param price the discounts and taxes on the line, as the pricing port answered; {@link PriceBreakdown#NONE} for
     *     a price as given, and for every line placed before breakdowns existed
     */
    record PlacedLine(LineId lineId, Sku sku, long quantity, Money unitPrice, boolean stockTracked, PriceBreakdown price) {
        /** Checks the line.
         * @param lineId the order line
         * @param sku the SKU
         * @param quantity how many units; positive
         * @param unitPrice the price of one unit, in the order's currency
         * @param stockTracked whether the SKU's stock is tracked
         * @param price the discounts and taxes on the line, in the unit price's currency */
        public PlacedLine {
            Require.nonNull(lineId, "lineId");
            Require.nonNull(sku, "sku");
            Require.nonNull(unitPrice, "unitPrice");
            Require.nonNull(price, "price");
            positive(quantity, "quantity");
            if (!price.isIn(unitPrice.getCurrencyUnit())) {
                throw new IllegalArgumentException("line " + lineId + "'s discounts and taxes are not all in " + unitPrice.getCurrencyUnit());
            }
        }

        /** A line priced as given: no discount, no tax.
         * @param lineId the order line
         * @param sku the SKU
         * @param quantity how many units; positive
         * @param unitPrice the price of one unit, in the order's currency
         * @param stockTracked whether the SKU's stock is tracked */
        public PlacedLine(LineId lineId, Sku sku, long quantity, Money unitPrice, boolean stockTracked) {
            this(lineId, sku, quantity, unitPrice, stockTracked, PriceBreakdown.NONE);
        }

        /** {@return what the customer pays for the whole line}: see {@link PriceBreakdown#total} */
        public Money total() {
            return price.total(unitPrice, quantity);
        }

        /** A line of a SKU whose stock is tracked.
         * @param lineId the order line
         * @param sku the SKU
         * @param quantity how many units; positive
         * @param unitPrice the price of one unit, in the order's currency */
        public PlacedLine(LineId lineId, Sku sku, long quantity, Money unitPrice) {
            this(lineId, sku, quantity, unitPrice, true);
        }
    }

    /**
     * The order was accepted: every line's units start {@link Bucket#PENDING}.
     *
     * @param orderId the order
     * @param channel the channel it came from
     * @param externalId its id in that channel
     * @param customer the host's reference to the customer
     * @param shipTo where it ships to: for a pickup order, the pickup store's address, so that routing by distance,
     *     shipping quotes and the labels of parcels sent to the store read it as for any order
     * @param pickup the store the customer collects at, for a click-and-collect order; empty for a delivery
     * @param paymentMethod how the customer pays
     * @param currency the currency of every price
     * @param lines the lines as placed; at least one
     * @param placedAt when it was placed
     * @param shipping the shipping charge, if shipping is charged; empty for every order placed before it existed
     */
    record OrderPlaced(
            OrderId orderId,
            Channel channel,
            String externalId,
            CustomerRef customer,
            Address shipTo,
            Optional<Pickup> pickup,
            PaymentMethod paymentMethod,
            CurrencyUnit currency,
            List<PlacedLine> lines,
            Instant placedAt,
            Optional<ShippingCharge> shipping)
            implements PlacementEvent {
        /** Checks the event.
         * @param orderId the order
         * @param channel the channel it came from
         * @param externalId its id in that channel
         * @param customer the host's reference to the customer
         * @param shipTo where it ships to; the pickup store's address for a pickup order
         * @param pickup the store the customer collects at, if any
         * @param paymentMethod how the customer pays
         * @param currency the currency of every price
         * @param lines the lines as placed; at least one
         * @param placedAt when it was placed
         * @param shipping the shipping charge, if any, in the order's currency */
        public OrderPlaced {
            Require.nonNull(orderId, "orderId");
            Require.nonNull(channel, "channel");
            Require.nonBlank(externalId, "externalId");
            Require.nonNull(customer, "customer");
            Require.nonNull(shipTo, "shipTo");
            Require.nonNull(pickup, "pickup");
            Require.nonNull(paymentMethod, "paymentMethod");
            Require.nonNull(currency, "currency");
            Require.nonNull(placedAt, "placedAt");
            Require.nonNull(shipping, "shipping");
            if (shipping.isPresent() && !shipping.get().amount().getCurrencyUnit().equals(currency)) {
                throw new IllegalArgumentException("shipping is charged in " + shipping.get().amount().getCurrencyUnit() + ", the order in " + currency);
            }
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("an order has at least one line");
            }
        }

        /** An order shipped to the customer, with no pickup.
         * @param orderId the order
         * @param channel the channel it came from
         * @param externalId its id in that channel
         * @param customer the host's reference to the customer
         * @param shipTo where it ships to
         * @param paymentMethod how the customer pays
         * @param currency the currency of every price
         * @param lines the lines as placed; at least one
         * @param placedAt when it was placed */
        public OrderPlaced(OrderId orderId, Channel channel, String externalId, CustomerRef customer, Address shipTo,
                PaymentMethod paymentMethod, CurrencyUnit currency, List<PlacedLine> lines, Instant placedAt) {
            this(orderId, channel, externalId, customer, shipTo, Optional.empty(), paymentMethod, currency, lines, placedAt);
        }

        /** An order with no shipping charge.
         * @param orderId the order
         * @param channel the channel it came from
         * @param externalId its id in that channel
         * @param customer the host's reference to the customer
         * @param shipTo where it ships to; the pickup store's address for a pickup order
         * @param pickup the store the customer collects at, if any
         * @param paymentMethod how the customer pays
         * @param currency the currency of every price
         * @param lines the lines as placed; at least one
         * @param placedAt when it was placed */
        public OrderPlaced(OrderId orderId, Channel channel, String externalId, CustomerRef customer, Address shipTo,
                Optional<Pickup> pickup, PaymentMethod paymentMethod, CurrencyUnit currency, List<PlacedLine> lines,
                Instant placedAt) {
            this(orderId, channel, externalId, customer, shipTo, pickup, paymentMethod, currency, lines, placedAt, Optional.empty());
        }

        /** {@return what the customer pays for the order}: every line's total and the shipping charge */
        public Money total() {
            Money total = shipping.map(ShippingCharge::total).orElse(Money.zero(currency));
            for (PlacedLine line : lines) {
                total = total.plus(line.total());
            }
            return total;
        }

        @Override
        public <R> R accept(OrderEvent.Visitor<R> visitor) {
            return visitor.visit(this);
        }
    }
}
