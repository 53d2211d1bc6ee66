// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.spi.value.Require;
import java.util.function.BiPredicate;

/** A rule that keeps a candidate out of routing altogether, named so a trace can say which rule did. Pure. */
public interface Filter {

    /** {@return a short stable name, shown in traces: {@code "active"}, {@code "same-country"}} */
    String name();

    /**
     * Whether the candidate may take part.
     *
     * @param problem the routing problem
     * @param candidate the candidate
     * @return whether it is admitted
     */
    boolean admits(RoutingProblem problem, Candidate candidate);

    /**
     * A filter from a name and a predicate that admits candidates.
     *
     * @param name a short stable name, shown in traces
     * @param admits whether a candidate may take part
     * @return the filter
     */
    static Filter of(String name, BiPredicate<RoutingProblem, Candidate> admits) {
        Require.nonBlank(name, "name");
        Require.nonNull(admits, "admits");
        return new Filter() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean admits(RoutingProblem problem, Candidate candidate) {
                return admits.test(problem, candidate);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
