// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * Units of a SKU that may still be backordered when the stock runs short.
 *
 * @param left the backorder limit less the units already backordered; none when no limit bounds them
 * @param expectedRestock when the backorder policy expects stock, for the storefront to show
 */
public record BackorderHeadroom(Option<Long> left, Option<LocalDate> expectedRestock) {
    /**
     * Checks the components: {@code left}, if bounded, is not negative.
     *
     * @param left the backorder limit less the units already backordered; none when unbounded
     * @param expectedRestock when the backorder policy expects stock
     */
    public BackorderHeadroom {
        Require.nonNull(left, "left");
        Require.nonNull(expectedRestock, "expectedRestock");
        if (left.exists(l -> l < 0)) {
            throw new IllegalArgumentException("backorderable units cannot be negative, was " + left.get());
        }
    }

    /**
     * What a storefront may still promise beyond the stock, under the terms placement would apply: each
     * location's terms for the channel asking (when it names one), and the SKU's terms; the expected date is
     * the earliest of those with units left.
     *
     * @param policy the host's backorder terms
     * @param sku the SKU
     * @param channel the channel asking; none for any channel, which only the SKU's terms answer
     * @param candidates the locations the answer counts that may serve orders
     * @param demand the units already waiting
     * @param inTransit the SKU's transfers in transit, promised where the SKU may be backordered at all
     * @return the headroom; none when no terms allow backorders
     */
    public static Option<BackorderHeadroom> of(BackorderPolicy policy, Sku sku, Option<Channel> channel,
            List<Location> candidates, WaitingDemand demand, List<StockTransfer> inTransit) {
        List<Tuple2<BackorderTerms, Long>> incoming = policy.mayBackorder(sku) ? candidates.flatMap(l -> incoming(l, inTransit, demand, sku))
                : List.empty();
        List<Tuple2<BackorderTerms, Long>> allowed = incoming.appendAll(channel.toList()
                .flatMap(c -> candidates.flatMap(l -> policy.termsAt(sku, l.id(), c)
                        .map(t -> Tuple.of(t, demand.backorderedAt(sku, l.id())))))
                .append(Tuple.of(policy.termsFor(sku), demand.backorderedAnywhere(sku)))
                .filter(t -> t._1.allowed()));
        if (allowed.isEmpty()) {
            return Option.none();
        }
        List<Option<Long>> lefts = allowed.map(t -> t._1.limit().map(limit -> Math.max(0, limit - t._2)));
        Option<Long> left = lefts.exists(Option::isEmpty) ? Option.none()
                : Option.some(lefts.map(Option::get).foldLeft(0L, Headroom::saturatedSum));
        Option<LocalDate> expected = allowed.filter(t -> t._1.limit().forAll(limit -> limit > t._2))
                .flatMap(t -> t._1.expectedRestock()).minBy(java.util.Comparator.naturalOrder());
        return Option.some(new BackorderHeadroom(left, expected));
    }

    /** The units on their way to a location as terms (limit: all of them; expected: the next arrival with room). */
    private static Option<Tuple2<BackorderTerms, Long>> incoming(Location location, List<StockTransfer> inTransit,
            WaitingDemand demand, Sku sku) {
        List<StockTransfer> coming = inTransit.filter(t -> t.to().equals(location.id())).sortBy(StockTransfer::expectedArrival);
        long waiting = demand.backorderedAt(sku, location.id()) + demand.backorderedAnywhere(sku);
        long covered = 0;
        for (StockTransfer transfer : coming) {
            covered += transfer.quantity();
            if (covered > waiting) {
                long total = coming.map(StockTransfer::quantity).sum().longValue();
                return Option.some(Tuple.of(BackorderTerms.allowedWithoutLimit().withLimit(total)
                        .expectedOn(transfer.expectedArrival()), waiting));
            }
        }
        return Option.none();
    }
}
