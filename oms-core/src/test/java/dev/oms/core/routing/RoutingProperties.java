// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.routing.RoutingRequest.RequestedLine;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.Money;

/**
 * Routing's promises over generated worlds of up to 6 locations (warehouses, stores, suppliers, some
 * paused, some without coordinates) and orders of up to 5 lines over 3 SKUs, for every built-in strategy,
 * with and without the ship-together wish, shipped or collected in store.
 */
class RoutingProperties {
    private static final java.util.List<Sku> SKUS = java.util.List.of(Sku.of("A"), Sku.of("B"), Sku.of("C"));

    @Property(tries = 400)
    void neverRoutesMoreThanALocationHasAvailableNorFromALocationItMayNotUse(@ForAll("cases") Case c) {
        RoutingDecision decision = c.strategy.route(c.request, c.candidates);
        Map<String, Long> routed = new HashMap<>();
        decision.assignments().forEach(a -> routed.merge(a.sku() + "@" + a.locationId(), a.quantity(), Long::sum));
        for (Candidate candidate : c.candidates) {
            for (Sku sku : SKUS) {
                long units = routed.getOrDefault(sku + "@" + candidate.id(), 0L);
                assertThat(units).as("%s of %s", candidate.id(), sku).isLessThanOrEqualTo(candidate.available(sku));
                if (units > 0) {
                    assertThat(admitted(c.request, candidate)).as("%s may ship", candidate.id()).isTrue();
                }
            }
        }
        decision.assignments().forEach(a -> assertThat(a.sku()).isEqualTo(lineSku(c.request, a.lineId())));
    }

    @Property(tries = 400)
    void coversTheOrderWheneverAdmittedStockDoesAndOtherwiseSaysExactlyWhatIsShort(@ForAll("cases") Case c) {
        RoutingDecision decision = c.strategy.route(c.request, c.candidates);
        c.request.demand().forEach((sku, wanted) -> {
            long stock = c.candidates.filter(x -> admitted(c.request, x)).map(x -> x.available(sku)).sum().longValue();
            long routed = decision.assignments().filter(a -> a.sku().equals(sku)).map(Assignment::quantity).sum().longValue();
            assertThat(routed).as("units of %s routed", sku).isEqualTo(Math.min(wanted, stock));
        });
        for (RequestedLine line : c.request.lines()) {
            long routed = decision.routedFor(line.lineId());
            assertThat(routed).isLessThanOrEqualTo(line.quantity());
            long missing = decision.shortfalls().find(s -> s.lineId().equals(line.lineId())).map(s -> s.missing()).getOrElse(0L);
            assertThat(routed + missing).as("line %s routed + short", line.lineId()).isEqualTo(line.quantity());
        }
        assertThat(decision.toAllocationPlan().coversEverything()).isEqualTo(decision.coversEverything());
    }

    @Property(tries = 300)
    void equalInputsGiveEqualDecisionsWhateverOrderTheCandidatesComeIn(@ForAll("cases") Case c, @ForAll int rotation) {
        RoutingDecision first = c.strategy.route(c.request, c.candidates);
        assertThat(c.strategy.route(c.request, c.candidates)).isEqualTo(first);
        int by = Math.floorMod(rotation, c.candidates.size());
        List<Candidate> shuffled = c.candidates.reverse().drop(by).appendAll(c.candidates.reverse().take(by));
        RoutingDecision reordered = c.strategy.route(c.request, shuffled);
        assertThat(reordered.assignments()).isEqualTo(first.assignments());
        assertThat(reordered.shortfalls()).isEqualTo(first.shortfalls());
        assertThat(reordered.trace().filter(t -> t.verdict() != Verdict.EXCLUDED))
                .isEqualTo(first.trace().filter(t -> t.verdict() != Verdict.EXCLUDED));
    }

    @Property(tries = 600)
    void fewestShipmentsEqualsTheBruteForceOptimum(@ForAll("worlds") World world) {
        RoutingDecision decision = Strategies.fewestShipments().route(world.request, world.candidates);
        Optimum optimum = bruteForce(world.request, world.candidates);
        assertThat(decision.locationsUsed().size()).as(decision.explain()).isEqualTo(optimum.locations);
        assertThat(totalDistance(world.request, world.candidates, decision.locationsUsed())).as(decision.explain())
                .isEqualByComparingTo(optimum.distance);
    }

    @Property(tries = 300)
    void shipTogetherUsesOneLocationWheneverOneCanShipTheWholeOrder(@ForAll("cases") Case c) {
        RoutingRequest together = c.request.withShipTogether(true);
        RoutingDecision decision = c.strategy.route(together, c.candidates);
        boolean oneCan = c.candidates.exists(x -> admitted(together, x)
                && together.demand().forAll(d -> x.available(d._1) >= d._2));
        if (oneCan) {
            assertThat(decision.locationsUsed()).hasSize(1);
            assertThat(decision.coversEverything()).isTrue();
        } else {
            World world = new World(together, c.candidates);
            assertThat(decision.locationsUsed().size()).isEqualTo(bruteForce(together, world.candidates).locations);
        }
    }

    @Property(tries = 200)
    void theGreedyFallbackStillCoversWhatStockCovers(@ForAll("worlds") World world) {
        Rules greedy = Rules.named("greedy").rankBy(Criteria.distance()).fewestShipments().exactSearchBudget(1).build();
        RoutingDecision decision = greedy.route(world.request, world.candidates);
        RoutingDecision exact = Strategies.fewestShipments().route(world.request, world.candidates);
        assertThat(decision.shortfalls()).isEqualTo(exact.shortfalls());
        assertThat(decision.locationsUsed().size()).isGreaterThanOrEqualTo(exact.locationsUsed().size());
        // The documented bound: at most H(u) times the optimum, u the most units one location can cover.
        long u = world.candidates.map(c -> Criteria.coverable(world.request.demand(), c)).max().getOrElse(0L);
        double harmonic = java.util.stream.LongStream.rangeClosed(1, u).mapToDouble(i -> 1.0 / i).sum();
        assertThat((double) decision.locationsUsed().size()).isLessThanOrEqualTo(harmonic * exact.locationsUsed().size() + 1e-9);
    }

    @Property(tries = 300)
    void everyCandidateIsTracedOnceWithAScorePerCriterion(@ForAll("cases") Case c) {
        RoutingDecision decision = c.strategy.route(c.request, c.candidates);
        assertThat(decision.trace().map(CandidateTrace::locationId)).containsExactlyInAnyOrderElementsOf(c.candidates.map(Candidate::id));
        decision.trace().forEach(t -> {
            boolean used = decision.locationsUsed().contains(t.locationId());
            assertThat(t.verdict() == Verdict.CHOSEN).isEqualTo(used);
            assertThat(t.scores().isEmpty()).isEqualTo(t.verdict() == Verdict.EXCLUDED);
        });
        List<Integer> ranks = decision.trace().filter(t -> t.rank() > 0).map(CandidateTrace::rank);
        assertThat(ranks).isEqualTo(List.rangeClosed(1, ranks.size()));
    }

    // ---- the independent model ----

    /** What every built-in strategy admits: active locations that serve the destination. */
    static boolean admitted(RoutingRequest request, Candidate candidate) {
        Location l = candidate.location();
        if (!l.active()) {
            return false;
        }
        if (request.destination() instanceof Destination.Pickup pickup) {
            // Default capabilities: only stores offer pickup; every type ships, so may transfer.
            return l.id().equals(pickup.store()) ? l.type() == LocationType.STORE : pickup.transfersAllowed();
        }
        return true;
    }

    private static Sku lineSku(RoutingRequest request, LineId line) {
        return request.lines().find(l -> l.lineId().equals(line)).get().sku();
    }

    private record Optimum(int locations, BigDecimal distance) {}

    /** Every subset of admitted locations: the smallest covering the coverable units, then the least total distance. */
    private static Optimum bruteForce(RoutingRequest request, List<Candidate> candidates) {
        List<Candidate> usable = candidates.filter(x -> admitted(request, x));
        Map<Sku, Long> target = new HashMap<>();
        request.demand().forEach((sku, wanted) -> target.put(sku,
                Math.min(wanted, usable.map(x -> x.available(sku)).sum().longValue())));
        if (target.values().stream().allMatch(t -> t == 0)) {
            return new Optimum(0, BigDecimal.ZERO);
        }
        Optimum best = null;
        for (int mask = 1; mask < (1 << usable.size()); mask++) {
            List<Candidate> subset = List.empty();
            for (int i = 0; i < usable.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    subset = subset.append(usable.get(i));
                }
            }
            List<Candidate> chosen = subset;
            boolean covers = target.entrySet().stream().allMatch(t ->
                    chosen.map(x -> x.available(t.getKey())).sum().longValue() >= t.getValue());
            // A subset with a member that adds nothing is never smaller than the same subset without it.
            if (covers) {
                BigDecimal distance = totalDistance(request, candidates, chosen.map(Candidate::id));
                if (best == null || chosen.size() < best.locations
                        || (chosen.size() == best.locations && distance.compareTo(best.distance) < 0)) {
                    best = new Optimum(chosen.size(), distance);
                }
            }
        }
        return best;
    }

    private static BigDecimal totalDistance(RoutingRequest request, List<Candidate> candidates, List<LocationId> used) {
        RoutingProblem problem = new RoutingProblem(request, candidates);
        return used.map(id -> candidates.find(x -> x.id().equals(id)).get())
                .map(x -> Criteria.distance().score(problem, x).getOrElse(BigDecimal.ZERO))
                .fold(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---- generators ----

    record World(RoutingRequest request, List<Candidate> candidates) {}

    record Case(RoutingRequest request, List<Candidate> candidates, RoutingStrategy strategy) {
        @Override
        public String toString() {
            return strategy + " " + request + " " + candidates;
        }
    }

    @Provide
    Arbitrary<World> worlds() {
        return Combinators.combine(candidates(true), requests(true)).as((c, r) -> new World(r, c));
    }

    /** Worlds of every kind: paused locations, stores, suppliers, pickups, the ship-together wish. */
    Arbitrary<World> anyWorlds() {
        return Combinators.combine(candidates(false), requests(false)).as((c, r) -> new World(r, c));
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(candidates(false), requests(false), Arbitraries.integers().between(0, 5))
                .as((c, r, s) -> new Case(r, c, strategy(s, c)));
    }

    private static RoutingStrategy strategy(int which, List<Candidate> candidates) {
        return switch (which) {
            case 0 -> Strategies.priority();
            case 1 -> Strategies.nearest();
            case 2 -> Strategies.mostStock();
            case 3 -> Strategies.fewestShipments();
            case 4 -> Strategies.fillByPriority();
            default -> Strategies.lowestCost(ShippingQuotes.of(candidates
                    .filter(x -> x.location().priority() != 3) // some locations have no quote
                    .toJavaMap(x -> io.vavr.Tuple.of(x.id(), Money.parse("EUR " + (4 + x.location().priority() % 2) + ".90")))));
        };
    }

    /** 1 to 6 locations; when {@code simple}, all are active warehouses with coordinates. */
    private static Arbitrary<List<Candidate>> candidates(boolean simple) {
        return Arbitraries.integers().between(1, 6).flatMap(n -> Combinators.combine(
                java.util.stream.IntStream.range(0, n).mapToObj(i -> candidate(i, simple)).toList()).as(List::ofAll));
    }

    private static Arbitrary<Candidate> candidate(int index, boolean simple) {
        Arbitrary<Integer> priority = Arbitraries.integers().between(0, 3);
        Arbitrary<LocationType> type = simple ? Arbitraries.just(LocationType.WAREHOUSE) : Arbitraries.of(LocationType.values());
        Arbitrary<Boolean> active = simple ? Arbitraries.just(true) : Arbitraries.integers().between(0, 5).map(x -> x > 0);
        Arbitrary<Optional<Coordinates>> at = coordinates().optional(simple ? 1.0 : 0.8);
        Arbitrary<java.util.List<Long>> stock = Arbitraries.longs().between(0, 8).list().ofSize(SKUS.size());
        return Combinators.combine(priority, type, active, at, stock).as((p, t, a, c, s) -> {
            Location base = new Location(LocationId.of("L" + index), "Location " + index, t, p,
                    c.map(x -> Places.address("GB", x)), a);
            Map<Sku, Long> available = new HashMap<>();
            for (int i = 0; i < SKUS.size(); i++) {
                available.put(SKUS.get(i), s.get(i));
            }
            return new Candidate(base, available);
        });
    }

    private static Arbitrary<Coordinates> coordinates() {
        // A small grid, so equal distances (and so ties) happen.
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 4))
                .as((x, y) -> new Coordinates(51 + x * 0.5, -2 + y * 0.5));
    }

    private static Arbitrary<RoutingRequest> requests(boolean shipOnly) {
        Arbitrary<java.util.List<RequestedLine>> lines = Combinators.combine(
                Arbitraries.of(SKUS), Arbitraries.longs().between(1, 8)).as((sku, q) -> new Object[] {sku, q})
                .list().ofMinSize(1).ofMaxSize(5)
                .map(raw -> java.util.stream.IntStream.range(0, raw.size())
                        .mapToObj(i -> new RequestedLine(LineId.of("line-" + i), (Sku) raw.get(i)[0], (Long) raw.get(i)[1]))
                        .toList());
        Arbitrary<Destination> destination = shipOnly
                ? coordinates().map(c -> new Destination.ShipTo(Places.address("GB", c)))
                : Arbitraries.oneOf(
                        coordinates().map(c -> new Destination.ShipTo(Places.address("GB", c))),
                        Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.of(true, false))
                                .as((i, t) -> new Destination.Pickup(LocationId.of("L" + i), t)));
        return Combinators.combine(lines, destination, shipOnly ? Arbitraries.just(false) : Arbitraries.of(true, false))
                .as((l, d, together) -> new RoutingRequest(List.ofAll(l), d, Channel.WEB, together));
    }

}
