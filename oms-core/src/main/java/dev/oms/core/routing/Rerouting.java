// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.core.routing.RoutingRequest.RequestedLine;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;

/**
 * When a location cannot fulfil after all (a stock count came up short, the store closed): only the units
 * routed there move. Every other shipment stays as it is; the affected units are routed again by the
 * strategy, never back to the failed location. Pure, like every strategy.
 */
public final class Rerouting {
    private Rerouting() {}

    /**
     * Routes again the units routed to a location that cannot ship them; the rest stay where they are.
     *
     * @param request the order's units as first routed
     * @param current where the units are routed now (for an order: its allocated units per location)
     * @param failed the location that cannot ship them
     * @param strategy the strategy that routes the affected units
     * @param candidates locations with the stock available now; units of {@code current} are already
     *     reserved, so they are not in it
     * @return a decision whose assignments are the kept ones followed by the new ones, short of what no
     *     other location can ship, with the trace of routing the affected units
     */
    public static RoutingDecision reroute(RoutingRequest request, List<Assignment> current, LocationId failed,
            RoutingStrategy strategy, List<Candidate> candidates) {
        Require.nonNull(request, "request");
        Require.nonNull(current, "current");
        Require.nonNull(failed, "failed");
        Require.nonNull(strategy, "strategy");
        Require.nonNull(candidates, "candidates");
        List<Assignment> kept = current.filter(a -> !a.locationId().equals(failed));
        List<RequestedLine> affected = request.lines().flatMap(line -> {
            long moving = current.filter(a -> a.lineId().equals(line.lineId()) && a.locationId().equals(failed))
                    .map(Assignment::quantity).sum().longValue();
            return moving > 0 ? List.of(new RequestedLine(line.lineId(), line.sku(), moving)) : List.<RequestedLine>empty();
        });
        if (affected.isEmpty()) {
            return RoutingDecision.of("reroute", request, current, List.empty());
        }
        List<Candidate> others = candidates.filter(c -> !c.id().equals(failed));
        RoutingDecision moved = strategy.route(new RoutingRequest(affected, request.destination(), request.channel(), request.shipTogether()), others);
        return RoutingDecision.of("reroute:" + moved.strategy(), request, kept.appendAll(moved.assignments()),
                moved.trace().appendAll(candidates.filter(c -> c.id().equals(failed)).map(c -> new CandidateTrace(c.id(),
                        io.vavr.collection.LinkedHashMap.empty(), 0, Verdict.EXCLUDED, "cannot fulfil after all"))));
    }
}
