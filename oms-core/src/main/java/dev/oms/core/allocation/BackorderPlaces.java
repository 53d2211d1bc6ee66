// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * Where a line's short units may wait, as {@link BackorderPolicy} describes: at the location whose terms take
 * them with the earliest expected date, else anywhere under the SKU's terms. Pure.
 */
public final class BackorderPlaces {

    /**
     * The terms that took the units, and where they wait.
     *
     * @param waitsAt the location whose terms took them; none for the SKU's terms
     * @param terms the terms, for the expected date the customer is told
     */
    public record Place(Option<LocationId> waitsAt, BackorderTerms terms) {
        /**
         * Checks the components.
         *
         * @param waitsAt the location, if one
         * @param terms the terms
         */
        public Place {
            Require.nonNull(waitsAt, "waitsAt");
            Require.nonNull(terms, "terms");
        }
    }

    /**
     * Why no terms took the units.
     *
     * @param limitReached whether some terms allow backorders, but not this many more units
     * @param detail the terms asked and the units already waiting under them, for the rejection
     */
    public record Refusal(boolean limitReached, String detail) {}

    /**
     * Where a line waits now, when some of its units already wait for stock.
     *
     * @param at the location they wait at; none when they wait for stock anywhere
     */
    public record Waiting(Option<LocationId> at) {}

    private static final Comparator<Candidate> BEST = Comparator
            .comparing((Candidate c) -> c.terms().expectedRestock().getOrElse(LocalDate.MAX))
            .thenComparingInt(c -> c.location().priority())
            .thenComparing(c -> c.location().id().value());

    private record Candidate(Location location, BackorderTerms terms) {}

    private BackorderPlaces() {}

    /**
     * Chooses where {@code units} more units of an order's line wait, as {@link #choose} does, reading where its
     * units already wait from the order and the stock in transit only for a SKU that may be backordered.
     *
     * @param order the order as the decision so far leaves it
     * @param lineId the short line
     * @param units how many more units would wait
     * @param context the policies, the waiting demand and the stock in transit
     * @param candidates the locations that may serve the order
     * @return the place, or why none takes them
     */
    static Either<Refusal, Place> forLine(Order order, LineId lineId, long units, PendingAllocation.Context context,
            List<Location> candidates) {
        Line line = order.line(lineId).get();
        Option<Waiting> waiting = line.count(Bucket.BACKORDERED) == 0 ? Option.none()
                : Option.some(new Waiting(WaitingUnits.waitsAt(order, lineId)));
        List<StockTransfer> inTransit = context.backorders().mayBackorder(line.sku())
                ? context.inTransit().apply(line.sku()) : List.empty();
        return choose(context.backorders(), line.sku(), order.channel(), candidates, waiting, context.demand(), inTransit, units);
    }

    /**
     * Chooses where {@code units} more units of a SKU wait for an order.
     *
     * @param policy the host's backorder terms
     * @param sku the line's SKU
     * @param channel the order's channel
     * @param candidates the locations that may serve the order (active, shipping to it, not failed for it)
     * @param waiting where the line's units already wait, if some do: more of them wait there too
     * @param demand the units already waiting in other orders, which the limits count
     * @param inTransit the SKU's transfers in transit: units short may wait at a transfer's destination for as many
     *     of its units as nobody waits for yet (there, or anywhere), expected when the transfer that covers them arrives
     * @param units how many more units would wait
     * @return the place, or why none takes them
     */
    public static Either<Refusal, Place> choose(BackorderPolicy policy, Sku sku, Channel channel, List<Location> candidates,
            Option<Waiting> waiting, WaitingDemand demand, List<StockTransfer> inTransit, long units) {
        List<Location> open = waiting.exists(w -> w.at().isEmpty()) ? List.empty()
                : candidates.filter(l -> waiting.forAll(w -> w.at().contains(l.id())));
        // Units waiting anywhere were waiting first: the stock on its way is theirs before it is promised again.
        List<Candidate> located = open.flatMap(l -> incoming(l, inTransit,
                        demand.backorderedAt(sku, l.id()) + demand.backorderedAnywhere(sku) + units))
                .appendAll(open.flatMap(l -> policy.termsAt(sku, l.id(), channel).filter(BackorderTerms::allowed)
                        .map(t -> new Candidate(l, t))));
        Option<Candidate> best = located.filter(c -> c.terms().permits(demand.backorderedAt(sku, c.location().id()), units))
                .sorted(BEST).headOption();
        if (best.isDefined()) {
            return Either.right(new Place(Option.some(best.get().location().id()), best.get().terms()));
        }
        boolean skuWide = waiting.forAll(w -> w.at().isEmpty());
        BackorderTerms terms = skuWide ? policy.termsFor(sku) : BackorderTerms.notAllowed();
        if (terms.permits(demand.backorderedAnywhere(sku), units)) {
            return Either.right(new Place(Option.none(), terms));
        }
        String asked = located.filter(c -> c.terms().limit().isDefined()).map(c -> c.location().id() + " has " + demand.backorderedAt(sku, c.location().id())
                        + " backordered, limit " + c.terms().limit().get())
                .appendAll(terms.allowed() ? List.of(demand.backorderedAnywhere(sku) + " backordered anywhere, limit "
                        + terms.limit().get()) : List.empty())
                .mkString("; ");
        return Either.left(new Refusal(!located.isEmpty() || terms.allowed(), asked));
    }

    /**
     * The terms stock in transit to a location gives: as many units may wait there as are on their way, expected
     * when the transfer arrives that brings the {@code needed}-th one; none when fewer are on their way.
     */
    private static Option<Candidate> incoming(Location location, List<StockTransfer> inTransit, long needed) {
        List<StockTransfer> coming = inTransit.filter(t -> t.to().equals(location.id()))
                .sortBy(StockTransfer::expectedArrival);
        long total = coming.map(StockTransfer::quantity).sum().longValue();
        long covered = 0;
        for (StockTransfer transfer : coming) {
            covered += transfer.quantity();
            if (covered >= needed) {
                return Option.some(new Candidate(location,
                        BackorderTerms.allowedWithoutLimit().withLimit(total).expectedOn(transfer.expectedArrival())));
            }
        }
        return Option.none();
    }
}
