// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.value.Require;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.util.function.BiFunction;

/**
 * One way to rank candidates: a score per candidate, lower is better. A candidate the criterion cannot
 * score (no coordinates, no quote) gets no score and ranks after every scored one. Must be a pure function.
 */
public interface Criterion {

    /** {@return a short stable name, shown in traces: {@code "distance_km"}, {@code "priority"}} */
    String name();

    /**
     * Scores one candidate; lower is better.
     *
     * @param problem the routing problem
     * @param candidate the candidate
     * @return its score; none when it cannot be scored
     */
    Option<BigDecimal> score(RoutingProblem problem, Candidate candidate);

    /**
     * A criterion from a name and a scoring function.
     *
     * @param name a short stable name, shown in traces
     * @param score the score of a candidate, lower is better; none when unscored
     * @return the criterion
     */
    static Criterion of(String name, BiFunction<RoutingProblem, Candidate, Option<BigDecimal>> score) {
        Require.nonBlank(name, "name");
        Require.nonNull(score, "score");
        return new Criterion() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Option<BigDecimal> score(RoutingProblem problem, Candidate candidate) {
                return score.apply(problem, candidate);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
