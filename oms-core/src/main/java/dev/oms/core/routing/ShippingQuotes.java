// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import io.vavr.control.Option;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What shipping the order from each candidate location would cost, as quoted by the carrier. The host
 * (or the facade) fetches quotes through the shipping port; routing only compares them, so it stays pure.
 * A location without a quote ranks after every quoted one.
 *
 * @param byLocation the quote per location, all in one currency
 */
public record ShippingQuotes(Map<LocationId, Money> byLocation) {

    /**
     * Copies the quotes and checks they share one currency.
     *
     * @param byLocation the quote per location
     */
    public ShippingQuotes {
        byLocation = Map.copyOf(Require.nonNull(byLocation, "byLocation"));
        long currencies = byLocation.values().stream().map(Money::getCurrencyUnit).distinct().count();
        if (currencies > 1) {
            throw new IllegalArgumentException("quotes must share one currency to be compared");
        }
    }

    /**
     * Quotes from a map.
     *
     * @param byLocation the quote per location, all in one currency
     * @return the quotes
     */
    public static ShippingQuotes of(Map<LocationId, Money> byLocation) {
        return new ShippingQuotes(byLocation);
    }

    /**
     * The quote for shipping from one location.
     *
     * @param location the location
     * @return its quote; none when the carrier gave none
     */
    public Option<Money> from(LocationId location) {
        return Option.of(byLocation.get(location));
    }

    /** {@return the quotes' currency; none when there are no quotes} */
    public Option<CurrencyUnit> currency() {
        return Option.ofOptional(byLocation.values().stream().map(Money::getCurrencyUnit).findFirst());
    }
}
