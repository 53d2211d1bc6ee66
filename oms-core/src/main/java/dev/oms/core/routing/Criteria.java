// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.joda.money.Money;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;

/** The built-in ranking criteria. Each scores lower-is-better; ties fall to the next criterion, then the location id. */
public final class Criteria {
    private Criteria() {}

    /** {@return the host's own order of preference: {@link dev.oms.spi.inventory.Location#priority()}} */
    public static Criterion priority() {
        return Criterion.of("priority", (p, c) -> Option.of(BigDecimal.valueOf(c.location().priority())));
    }

    /**
     * Great-circle kilometres, to the metre, from the location to the ship-to address or the pickup store.
     * Unknown when either side has no coordinates.
     *
     * @return the criterion
     */
    public static Criterion distance() {
        return Criterion.of("distance_km", (p, c) -> p.destinationPoint().flatMap(to -> Option.ofOptional(c.location().coordinates())
                .map(from -> BigDecimal.valueOf(from.kilometresTo(to)).setScale(3, RoundingMode.HALF_UP))));
    }

    /** {@return most stock first: the negated number of the order's units the location could ship on its own} */
    public static Criterion mostStock() {
        return Criterion.of("stock_units", (p, c) -> Option.of(BigDecimal.valueOf(-coverable(p.demand(), c))));
    }

    /**
     * Cheapest shipment first, by the carrier's quote for shipping the order from the location.
     *
     * @param quotes the carrier's quotes per location
     * @return the criterion; unquoted locations are unscored
     */
    public static Criterion shippingCost(ShippingQuotes quotes) {
        Require.nonNull(quotes, "quotes");
        return Criterion.of("shipping_cost", (p, c) -> quotes.from(c.id()).map(Money::getAmount));
    }

    /** {@return for click and collect: the pickup store (0) before every location that would transfer to it (1)} */
    public static Criterion pickupStoreFirst() {
        return Criterion.of("pickup_store", (p, c) -> Option.of(p.isPickupStore(c.id()) ? BigDecimal.ZERO : BigDecimal.ONE));
    }

    /** Units of {@code demand} the candidate alone could ship. */
    static long coverable(Map<Sku, Long> demand, Candidate candidate) {
        return demand.map(d -> Math.min(d._2, candidate.available(d._1))).sum().longValue();
    }
}
