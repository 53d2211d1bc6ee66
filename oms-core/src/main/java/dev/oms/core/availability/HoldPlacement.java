// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.core.allocation.BackorderPlaces;
import dev.oms.core.allocation.PreorderRoom;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.core.routing.Candidate;
import dev.oms.core.routing.RoutingStrategy;
import dev.oms.spi.availability.PromisedUnits;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;

/**
 * Where a checkout hold's units come from, by the rules placement applies to an order: units of a product not
 * yet released are promised as pre-orders within its caps (over them, backordered where allowed); the others
 * are reserved from stock where the hold routing puts them, and what stock leaves short is promised as
 * backordered where the terms allow, at the location whose terms take it. Promised units reserve nothing;
 * while the hold lives they count against the caps and limits like the units of waiting orders. Pure.
 */
public final class HoldPlacement {
    private HoldPlacement() {}

    /**
     * What a hold holds.
     *
     * @param reserved the units to reserve, per SKU and location
     * @param promised the units promised without stock
     */
    public record Placed(List<StockMovement> reserved, List<PromisedUnits> promised) {}

    /**
     * The terms units are promised under: the same catalogue, policies and demand placement decides with.
     *
     * @param now the facade's clock reading, which tells a product not yet released
     * @param products the catalogue
     * @param preorders the host's per-channel pre-order caps
     * @param backorders the host's backorder terms
     * @param demand the units waiting in orders and promised by other live holds
     * @param inTransit a SKU's transfers in transit, which backorders may be promised against
     */
    public record Terms(Instant now, Function<Sku, Option<Product>> products, PreorderPolicy preorders,
            BackorderPolicy backorders, WaitingDemand demand, Function<Sku, List<StockTransfer>> inTransit) {
        /**
         * Checks the components for nulls.
         *
         * @param now the facade's clock reading
         * @param products the catalogue
         * @param preorders the host's per-channel pre-order caps
         * @param backorders the host's backorder terms
         * @param demand the units waiting and promised
         * @param inTransit a SKU's transfers in transit
         */
        public Terms {
            Require.nonNull(now, "now");
            Require.nonNull(products, "products");
            Require.nonNull(preorders, "preorders");
            Require.nonNull(backorders, "backorders");
            Require.nonNull(demand, "demand");
            Require.nonNull(inTransit, "inTransit");
        }

        boolean unreleased(Sku sku) {
            return products.apply(sku).exists(p -> p.isUnreleasedAt(now));
        }
    }

    /**
     * The units to reserve and to promise for a valid request, or a rejection naming every SKU that can be
     * neither: {@code PREORDER_CAP_EXCEEDED}, {@code BACKORDER_LIMIT_EXCEEDED}, {@code INSUFFICIENT_STOCK}, and
     * for a pinned location {@code UNKNOWN_LOCATION} or {@code LOCATION_CANNOT_SERVE}.
     *
     * @param request a valid request of stock-tracked SKUs
     * @param strategy the hold routing
     * @param candidates every location, with the stock a new order is shown of the request's SKUs
     * @param terms the catalogue, policies and demand
     * @return the placement, or the rejection
     */
    public static Either<Rejection, Placed> place(HoldRequest request, RoutingStrategy strategy, List<Candidate> candidates, Terms terms) {
        List<HoldRequest.Units> lines = List.ofAll(request.lines());
        Either<Rejection, HoldRules.Routed> routed = HoldRules.route(request.withLines(lines.filter(u -> !terms.unreleased(u.sku())).toJavaList()),
                strategy, candidates);
        if (routed.isLeft()) {
            return Either.left(routed.getLeft());
        }
        // A backorder waits where the hold could be served from: at its pinned location only, when it has one.
        List<Location> serving = candidates.map(Candidate::location).filter(l -> l.active() && request.destination().servedFrom(l)
                && request.location().map(l.id()::equals).orElse(true));
        Promising promising = new Promising(request, terms, serving);
        perSku(lines.filter(u -> terms.unreleased(u.sku()))).forEach(promising::preorder);
        routed.get().shortfalls().forEach(promising::shortOfStock);
        return promising.problems.isEmpty() ? Either.right(new Placed(routed.get().reserved(), promising.promised))
                : Either.left(Rejection.of(promising.problems));
    }

    /**
     * The promises of a hold made live again that the room still has, in order: while the hold was consumed by a
     * placement that did not stick, another may have used its room. Pre-ordered units are kept up to what the caps
     * leave; backordered ones whole where their place still takes them, else not at all.
     *
     * @param promised the hold's promised units
     * @param locations every location, for the places backordered units wait at
     * @param terms the catalogue, policies and demand, the hold's own promises not counted
     * @return the promises kept, possibly fewer or none
     */
    public static List<PromisedUnits> fit(List<PromisedUnits> promised, List<Location> locations, Terms terms) {
        WaitingDemand demand = terms.demand();
        List<PromisedUnits> kept = List.empty();
        for (PromisedUnits p : promised) {
            long units = p.quantity();
            WaitingDemand sofar = demand;
            if (p.bucket() == Bucket.PREORDERED) {
                units = terms.products().apply(p.sku()).filter(product -> product.isUnreleasedAt(terms.now()))
                        .map(product -> Math.min(p.quantity(), PreorderRoom.left(product, p.channel(), terms.preorders(), sofar)))
                        .getOrElse(p.quantity()); // released meanwhile: its order takes stock or waits like any other
            } else {
                List<StockTransfer> inTransit = terms.backorders().mayBackorder(p.sku()) ? terms.inTransit().apply(p.sku()) : List.empty();
                boolean stillTaken = BackorderPlaces.choose(terms.backorders(), p.sku(), p.channel(),
                        locations.filter(l -> p.waitsAt().map(l.id()::equals).orElse(false)), Option.none(), demand, inTransit, p.quantity())
                        .exists(place -> place.waitsAt().toJavaOptional().equals(p.waitsAt()));
                units = stillTaken ? p.quantity() : 0;
            }
            if (units > 0) {
                kept = kept.append(p.withQuantity(units));
                demand = demand.promising(List.of(p.withQuantity(units)));
            }
        }
        return kept;
    }

    /** The promises so far, each counted before the next is made: two lines of one SKU share one cap. */
    private static final class Promising {
        private final HoldRequest request;
        private final Terms terms;
        private final List<Location> serving;
        private WaitingDemand demand;
        private List<PromisedUnits> promised = List.empty();
        private List<Problem> problems = List.empty();

        Promising(HoldRequest request, Terms terms, List<Location> serving) {
            this.request = request;
            this.terms = terms;
            this.serving = serving;
            this.demand = terms.demand();
        }

        void preorder(Sku sku, long wanted) {
            long room = PreorderRoom.left(terms.products().apply(sku).get(), request.channel(), terms.preorders(), demand);
            long preordered = Math.min(wanted, room);
            if (preordered > 0) {
                promise(new PromisedUnits(sku, Bucket.PREORDERED, request.channel(), java.util.Optional.empty(), preordered));
            }
            if (wanted > preordered && !backorder(sku, wanted - preordered)) {
                problems = problems.append(Problem.of(ProblemCode.PREORDER_CAP_EXCEEDED, "lines",
                        "SKU " + sku + ": " + wanted + " to pre-order, " + preordered + " left under the cap"));
            }
        }

        void shortOfStock(HoldRules.Shortfall shortfall) {
            Either<BackorderPlaces.Refusal, BackorderPlaces.Place> place = place(shortfall.sku(), shortfall.missing());
            if (place.isRight()) {
                promise(backordered(shortfall.sku(), place.get(), shortfall.missing()));
            } else if (place.getLeft().limitReached()) {
                problems = problems.append(Problem.of(ProblemCode.BACKORDER_LIMIT_EXCEEDED, "lines", "SKU " + shortfall.sku()
                        + ": " + shortfall.missing() + " to backorder; " + place.getLeft().detail()));
            } else {
                problems = problems.append(shortfall.refusal());
            }
        }

        private boolean backorder(Sku sku, long units) {
            Either<BackorderPlaces.Refusal, BackorderPlaces.Place> place = place(sku, units);
            place.forEach(p -> promise(backordered(sku, p, units)));
            return place.isRight();
        }

        private Either<BackorderPlaces.Refusal, BackorderPlaces.Place> place(Sku sku, long units) {
            List<StockTransfer> inTransit = terms.backorders().mayBackorder(sku) ? terms.inTransit().apply(sku) : List.empty();
            return BackorderPlaces.choose(terms.backorders(), sku, request.channel(), serving, Option.none(), demand, inTransit, units);
        }

        private PromisedUnits backordered(Sku sku, BackorderPlaces.Place place, long units) {
            return new PromisedUnits(sku, Bucket.BACKORDERED, request.channel(), place.waitsAt().toJavaOptional(), units);
        }

        private void promise(PromisedUnits units) {
            promised = promised.append(units);
            demand = demand.promising(List.of(units));
        }
    }

    private static Map<Sku, Long> perSku(List<HoldRequest.Units> lines) {
        Map<Sku, Long> units = LinkedHashMap.empty();
        for (HoldRequest.Units u : lines) {
            units = units.put(u.sku(), units.get(u.sku()).getOrElse(0L) + u.quantity());
        }
        return units;
    }
}
