// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.core.routing.RoutingRequest.RequestedLine;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A routing strategy composed by a host: filters that keep candidates out, ranked criteria that order the
 * rest (the location id always breaking the last tie), and an objective.
 *
 * <pre>{@code
 * RoutingStrategy mine = Rules.named("eu-nearest")
 *         .exclude(Filters.sameCountryOnly())
 *         .exclude(Filters.withinDailyCapacity(sentToday))
 *         .rankBy(Criteria.distance())
 *         .thenBy(Criteria.priority())
 *         .build();
 * }</pre>
 *
 * <p>Every strategy admits only active locations that serve the destination ({@link Filters#active()},
 * {@link Filters#servesDestination()}); for click and collect the pickup store ranks before every location
 * that would transfer to it ({@link Criteria#pickupStoreFirst()}).
 *
 * <p>Objectives: <b>by line</b> (the default) gives each line, in order, to the best-ranked candidate
 * that can ship all of it, and splits a line over candidates in rank order only when none can; <b>fill in
 * rank order</b> takes each line's units from the best-ranked candidate as far as its stock goes, then from
 * the next, splitting wherever one runs short, so a lower-ranked candidate ships a SKU only once every
 * better-ranked one has none left; <b>fewest shipments</b> minimises the number of locations
 * ({@link FewestShipmentsSearch}). When the customer asks to ship together, the best-ranked candidate that
 * can ship the whole order gets it all; when none can, the fewest locations that can, ranked by this
 * strategy's criteria (and, when filling in rank order, filled in that order).
 */
public final class Rules implements RoutingStrategy {
    /** How many location subsets the exact fewest-shipments search may examine before it turns greedy. */
    public static final long DEFAULT_EXACT_SEARCH_BUDGET = 100_000;

    private final String name;
    private final List<Filter> filters;
    private final List<Criterion> criteria;
    private final Objective objective;
    private final long exactSearchBudget;

    private Rules(Builder builder) {
        this.name = builder.name;
        this.filters = builder.filters;
        this.criteria = builder.criteria;
        this.objective = builder.objective;
        this.exactSearchBudget = builder.exactSearchBudget;
    }

    /**
     * Starts a strategy.
     *
     * @param name a short stable name, shown in decisions and traces
     * @return a builder that admits active locations serving the destination
     */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** {@return the strategy's name} */
    public String name() {
        return name;
    }

    @Override
    public RoutingDecision route(RoutingRequest request, List<Candidate> candidates) {
        Require.nonNull(request, "request");
        Require.nonNull(candidates, "candidates");
        RoutingProblem problem = new RoutingProblem(request, candidates);
        List<Criterion> ranking = request.destination() instanceof Destination.Pickup
                ? criteria.prepend(Criteria.pickupStoreFirst()) : criteria;

        Map<LocationId, String> excluded = new LinkedHashMap<>();
        java.util.List<Scored> ranked = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Option<Filter> refusing = filters.find(f -> !f.admits(problem, candidate));
            if (refusing.isDefined()) {
                excluded.put(candidate.id(), refusing.get().name());
            } else {
                ranked.add(new Scored(candidate, ranking.map(c -> c.score(problem, candidate)).toJavaList()));
            }
        }
        ranked.sort(Scored.RANKING);

        StockTable table = new StockTable(ranked, request.demand());
        Choice choice = choose(request, table, ranked);
        List<Assignment> assignments = assign(request.lines(), table, ranked, choice.rows(), objective != Objective.FILL_IN_RANK_ORDER);
        List<CandidateTrace> trace = RoutingTrace.of(ranking, ranked, table, excluded, candidates, assignments, choice.notNeeded());
        return RoutingDecision.of(name, request, assignments, trace);
    }

    /** How lines are spread over the admitted candidates; see the class description. */
    private enum Objective { BY_LINE, FILL_IN_RANK_ORDER, FEWEST_SHIPMENTS }

    /** The candidates allowed to ship, as rows in rank order, and what to tell those left unused. */
    private record Choice(int[] rows, String notNeeded) {}

    private Choice choose(RoutingRequest request, StockTable table, java.util.List<Scored> ranked) {
        boolean fewestShipments = objective == Objective.FEWEST_SHIPMENTS;
        if (request.shipTogether() && !fewestShipments) {
            for (int row = 0; row < table.rows(); row++) {
                if (table.coversAll(row)) {
                    return new Choice(new int[] {row},
                            "the customer asked to ship together and " + ranked.get(row).candidate().id() + " ships the whole order");
                }
            }
        }
        if (fewestShipments || request.shipTogether()) {
            java.util.List<Option<BigDecimal>> primary = ranked.stream()
                    .map(s -> s.scores().isEmpty() ? Option.<BigDecimal>none() : s.scores().get(0)).toList();
            int[] rows = FewestShipmentsSearch.choose(table, table.coverableDemand(), primary, exactSearchBudget);
            return new Choice(rows, "the order ships from fewer locations without it");
        }
        // Filling in rank order, a candidate ranked ahead of every chosen one with stock left cannot occur.
        return new Choice(java.util.stream.IntStream.range(0, table.rows()).toArray(), objective == Objective.FILL_IN_RANK_ORDER
                ? "candidates ranked ahead of it had every unit the order needs"
                : "it could ship no line whole; candidates ranked after it could, so no line was split");
    }

    /**
     * Each line in order: with {@code wholeLinesFirst}, all of it from the first allowed row that has it
     * all; otherwise, or when none has, split over the rows in rank order, each giving what it has left.
     * Lines of one SKU draw on the same working stock.
     */
    private static List<Assignment> assign(List<RequestedLine> lines, StockTable table, java.util.List<Scored> ranked, int[] rows,
            boolean wholeLinesFirst) {
        java.util.List<Assignment> out = new ArrayList<>();
        for (RequestedLine line : lines) {
            int s = table.column(line.sku());
            long needed = line.quantity();
            int whole = -1;
            for (int i = 0; wholeLinesFirst && i < rows.length && whole < 0; i++) {
                if (table.left[rows[i]][s] >= needed) {
                    whole = rows[i];
                }
            }
            for (int row : whole >= 0 ? new int[] {whole} : rows) {
                long take = Math.min(table.left[row][s], needed);
                if (take > 0) {
                    out.add(new Assignment(line.lineId(), line.sku(), ranked.get(row).candidate().id(), take));
                    table.left[row][s] -= take;
                    needed -= take;
                }
                if (needed == 0) {
                    break;
                }
            }
        }
        return List.ofAll(out);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Builds {@link Rules}: the standard filters come first, then the host's, in the order given. */
    public static final class Builder {
        private final String name;
        private List<Filter> filters = List.of(Filters.active(), Filters.servesDestination());
        private List<Criterion> criteria = List.empty();
        private Objective objective = Objective.BY_LINE;
        private long exactSearchBudget = DEFAULT_EXACT_SEARCH_BUDGET;

        private Builder(String name) {
            this.name = Require.nonBlank(name, "name");
        }

        /**
         * Keeps out every candidate the filter does not admit.
         *
         * @param filter the filter
         * @return this builder
         */
        public Builder exclude(Filter filter) {
            filters = filters.append(Require.nonNull(filter, "filter"));
            return this;
        }

        /**
         * The first criterion; candidates it ties go to the criteria added by {@link #thenBy}.
         *
         * @param criterion the criterion
         * @return this builder
         */
        public Builder rankBy(Criterion criterion) {
            criteria = List.of(Require.nonNull(criterion, "criterion"));
            return this;
        }

        /**
         * The next criterion, for candidates the earlier ones tie.
         *
         * @param criterion the criterion
         * @return this builder
         */
        public Builder thenBy(Criterion criterion) {
            criteria = criteria.append(Require.nonNull(criterion, "criterion"));
            return this;
        }

        /**
         * Minimises the number of locations used; the criteria break ties between equally small sets.
         *
         * @return this builder
         * @throws IllegalStateException when {@link #fillInRankOrder()} was chosen: a strategy has one objective
         */
        public Builder fewestShipments() {
            return objective(Objective.FEWEST_SHIPMENTS);
        }

        /**
         * Fills each line from the candidates in rank order, each giving all it has left before the next is
         * asked, instead of looking for one candidate that has the whole line. For hosts that pay per
         * location touched in their preferred order rather than per parcel.
         *
         * @return this builder
         * @throws IllegalStateException when {@link #fewestShipments()} was chosen: a strategy has one objective
         */
        public Builder fillInRankOrder() {
            return objective(Objective.FILL_IN_RANK_ORDER);
        }

        private Builder objective(Objective chosen) {
            if (objective != Objective.BY_LINE && objective != chosen) {
                throw new IllegalStateException("a strategy has one objective; " + name + " already has "
                        + objective.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
            this.objective = chosen;
            return this;
        }

        /**
         * How many location subsets the exact fewest-shipments search may examine before turning greedy.
         *
         * @param subsets the budget, positive
         * @return this builder
         */
        public Builder exactSearchBudget(long subsets) {
            if (subsets < 1) {
                throw new IllegalArgumentException("exactSearchBudget must be positive, was " + subsets);
            }
            this.exactSearchBudget = subsets;
            return this;
        }

        /** {@return the strategy} */
        public Rules build() {
            return new Rules(this);
        }
    }
}
