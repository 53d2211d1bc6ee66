// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import dev.oms.core.allocation.AllocationPlan;
import dev.oms.core.allocation.AllocationPlan.LineShortfall;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;

/**
 * Where an order's units ship from, what no location can cover, and why: each candidate's scores and
 * verdict. A host can show {@link #explain()} to an operator; {@link #toAllocationPlan()} hands the
 * decision to the allocation machinery unchanged.
 *
 * @param strategy the name of the strategy that decided
 * @param assignments per line, the location and quantity of each shipment, in line order
 * @param shortfalls lines whose units the assignments do not fully cover
 * @param trace one entry per candidate, in ranking order, excluded candidates last
 */
public record RoutingDecision(String strategy, List<Assignment> assignments, List<LineShortfall> shortfalls,
        List<CandidateTrace> trace) {

    /**
     * Checks the components.
     *
     * @param strategy the name of the strategy that decided
     * @param assignments the shipments, in line order
     * @param shortfalls lines not fully covered
     * @param trace one entry per candidate
     */
    public RoutingDecision {
        Require.nonBlank(strategy, "strategy");
        Require.nonNull(assignments, "assignments");
        Require.nonNull(shortfalls, "shortfalls");
        Require.nonNull(trace, "trace");
    }

    /** A decision whose shortfalls are whatever of {@code request} the assignments leave uncovered. */
    static RoutingDecision of(String strategy, RoutingRequest request, List<Assignment> assignments, List<CandidateTrace> trace) {
        List<LineShortfall> shortfalls = request.lines().flatMap(line -> {
            long covered = assignments.filter(a -> a.lineId().equals(line.lineId())).map(Assignment::quantity).sum().longValue();
            return covered < line.quantity()
                    ? List.of(new LineShortfall(line.lineId(), line.sku(), line.quantity(), line.quantity() - covered))
                    : List.<LineShortfall>empty();
        });
        return new RoutingDecision(strategy, assignments, shortfalls, trace);
    }

    /** {@return whether every unit is routed} */
    public boolean coversEverything() {
        return shortfalls.isEmpty();
    }

    /** {@return the shipments: per location, in order of first use, the lines and units it ships} */
    public LinkedHashMap<LocationId, List<Assignment>> shipments() {
        LinkedHashMap<LocationId, List<Assignment>> shipments = LinkedHashMap.empty();
        for (Assignment a : assignments) {
            shipments = shipments.put(a.locationId(), shipments.get(a.locationId()).getOrElse(List.empty()).append(a));
        }
        return shipments;
    }

    /** {@return the locations that ship something, in order of first use} */
    public List<LocationId> locationsUsed() {
        return assignments.map(Assignment::locationId).distinct();
    }

    /**
     * Units routed for one line.
     *
     * @param line the line
     * @return the units, over all locations
     */
    public long routedFor(LineId line) {
        return assignments.filter(a -> a.lineId().equals(line)).map(Assignment::quantity).sum().longValue();
    }

    /**
     * Why one candidate was or was not used.
     *
     * @param location the candidate location
     * @return its trace
     * @throws IllegalArgumentException when the location was not a candidate
     */
    public CandidateTrace traceOf(LocationId location) {
        return trace.find(t -> t.locationId().equals(location))
                .getOrElseThrow(() -> new IllegalArgumentException("no candidate " + location));
    }

    /** {@return the decision as reservations and shortfalls, for an {@link dev.oms.core.allocation.AllocationPolicy}} */
    public AllocationPlan toAllocationPlan() {
        return AllocationPlan.of(assignments.map(Assignment::toReservation), shortfalls);
    }

    /** {@return a readable account of the decision, for an operator: shipments, shortfalls, then every candidate} */
    public String explain() {
        StringBuilder text = new StringBuilder("routed by ").append(strategy).append('\n');
        shipments().forEach((location, items) -> text.append("  ship from ").append(location).append(": ")
                .append(items.map(a -> a.lineId() + " x" + a.quantity()).mkString(", ")).append('\n'));
        shortfalls.forEach(s -> text.append("  short: ").append(s.lineId()).append(" (").append(s.sku()).append(") ")
                .append(s.missing()).append(" of ").append(s.wanted()).append('\n'));
        trace.forEach(t -> text.append("  ").append(t.describe()).append('\n'));
        return text.toString();
    }
}
