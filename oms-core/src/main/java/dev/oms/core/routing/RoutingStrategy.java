// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import io.vavr.collection.List;

/**
 * Chooses the locations that ship an order's units. A pure function: it reserves nothing, never routes
 * more of a SKU from a location than the candidate has available, covers every unit the admitted
 * candidates' stock can cover (naming exactly what is short otherwise), and gives equal decisions for
 * equal inputs. {@link Strategies} holds the built-in ones; {@link Rules} composes new ones.
 */
@FunctionalInterface
public interface RoutingStrategy {

    /**
     * Routes the request's units over the candidates.
     *
     * @param request the units to route, where to and from which channel
     * @param candidates every location the host knows, with its available stock; strategies filter them
     * @return the assignments, what is short, and a trace of every candidate
     */
    RoutingDecision route(RoutingRequest request, List<Candidate> candidates);
}
