// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.core.rejection.InputLimits;
import dev.oms.core.rejection.InputLimits.TextKind;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.routing.Assignment;
import dev.oms.core.routing.Candidate;
import dev.oms.core.routing.RoutingDecision;
import dev.oms.core.routing.RoutingRequest;
import dev.oms.core.routing.RoutingRequest.RequestedLine;
import dev.oms.core.routing.RoutingStrategy;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Where a hold's units sit ({@link HoldTakeoverRules}: how an order takes them over). Pure. */
public final class HoldRules {
    /**
     * The longest a hold may live unless the host sets another limit ({@code OrderManagementBuilder.holdTimeToLiveLimit}):
     * longer than any checkout, since a longer hold is usually a storefront bug that locks stock away.
     */
    public static final java.time.Duration DEFAULT_MAX_TIME_TO_LIVE = java.time.Duration.ofHours(24);

    private HoldRules() {}

    /**
     * Every problem with the request, in field order, against the {@link #DEFAULT_MAX_TIME_TO_LIVE}.
     *
     * @param request the request
     * @return the problems; empty when it is valid
     */
    public static List<Problem> problems(HoldRequest request) {
        return problems(request, DEFAULT_MAX_TIME_TO_LIVE);
    }

    /**
     * Every problem with the request, in field order.
     *
     * @param request the request
     * @param maxTimeToLive the longest a hold may live in this shop
     * @return the problems; empty when it is valid
     */
    public static List<Problem> problems(HoldRequest request, java.time.Duration maxTimeToLive) {
        List<Problem> problems = InputLimits.text(request.id().value(), TextKind.ID, "id")
                .appendAll(InputLimits.text(request.channel().code(), TextKind.CODE, "channel"));
        if (request.lines().isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.NO_LINES, "lines", "a hold needs at least one line"));
        }
        if (request.lines().size() > InputLimits.MAX_LINES) {
            problems = problems.append(Problem.of(ProblemCode.TOO_MANY_LINES, "lines",
                    request.lines().size() + " lines; at most " + InputLimits.MAX_LINES + " are accepted"));
        }
        for (int i = 0; i < request.lines().size() && i < InputLimits.MAX_LINES; i++) {
            HoldRequest.Units units = request.lines().get(i);
            problems = problems.appendAll(InputLimits.text(units.sku().code(), TextKind.ID, "lines[" + i + "].sku"));
            if (units.quantity() <= 0) {
                problems = problems.append(Problem.of(ProblemCode.QUANTITY_NOT_POSITIVE, "lines[" + i + "].quantity",
                        "quantity must be positive, was " + units.quantity()));
            }
            problems = problems.appendAll(InputLimits.atMost(units.quantity(), InputLimits.MAX_LINE_QUANTITY, "lines[" + i + "].quantity"));
        }
        if (request.location().isPresent()) {
            problems = problems.appendAll(InputLimits.text(request.location().get().value(), TextKind.ID, "location"));
        }
        if (request.timeToLive().isNegative() || request.timeToLive().isZero() || request.timeToLive().compareTo(maxTimeToLive) > 0) {
            problems = problems.append(Problem.of(ProblemCode.HOLD_TIME_OUT_OF_RANGE, "timeToLive",
                    "a hold lives more than zero and at most " + maxTimeToLive + ", was " + request.timeToLive()));
        }
        return problems;
    }

    /**
     * The problems of the request against {@link InputLimits} alone (text, line count, quantities too
     * large): checked before the hold id is looked up in the host's store, which may not hold such text.
     *
     * @param request the request
     * @return those problems; empty when there are none
     */
    public static List<Problem> limitProblems(HoldRequest request) {
        return problems(request).filter(p -> LIMIT_CODES.contains(p.code()));
    }

    private static final java.util.Set<ProblemCode> LIMIT_CODES = java.util.EnumSet.of(
            ProblemCode.TEXT_TOO_LONG, ProblemCode.TEXT_NOT_ALLOWED, ProblemCode.TOO_MANY_LINES, ProblemCode.QUANTITY_TOO_LARGE);

    /**
     * What stock covers of a request and what it leaves short.
     *
     * @param reserved the units stock covers, per SKU and location
     * @param shortfalls the SKUs stock leaves short
     */
    public record Routed(List<StockMovement> reserved, List<Shortfall> shortfalls) {}

    /**
     * Units of a SKU that stock does not cover.
     *
     * @param sku the SKU
     * @param missing how many units are short
     * @param refusal the problem naming them, when they cannot be promised either
     */
    public record Shortfall(Sku sku, long missing, Problem refusal) {}

    /**
     * What stock covers of a valid request, routed by {@code strategy} over the candidates (or all at the request's
     * pinned location), merged per SKU and location, and what it leaves short; a rejection only for a pinned location
     * that is not a candidate ({@code UNKNOWN_LOCATION}), or is paused or cannot serve the destination
     * ({@code LOCATION_CANNOT_SERVE}).
     *
     * @param request a valid request
     * @param strategy the routing strategy
     * @param candidates the locations that may hold the units, with their stock
     * @return the units covered and the shortfalls, or the rejection
     */
    public static Either<Rejection, Routed> route(HoldRequest request, RoutingStrategy strategy, List<Candidate> candidates) {
        if (request.lines().isEmpty()) {
            return Either.right(new Routed(List.empty(), List.empty()));
        }
        if (request.location().isPresent()) {
            return pinned(request, request.location().get(), candidates);
        }
        List<RequestedLine> lines = List.ofAll(request.lines()).zipWithIndex()
                .map(t -> new RequestedLine(LineId.of("hold-" + (t._2 + 1)), t._1.sku(), t._1.quantity()));
        RoutingDecision decision = strategy.route(new RoutingRequest(lines, request.destination(), request.channel(), false), candidates);
        Map<Tuple2<Sku, LocationId>, Long> merged = LinkedHashMap.empty();
        for (Assignment a : decision.assignments()) {
            merged = merged.put(Tuple.of(a.sku(), a.locationId()), merged.get(Tuple.of(a.sku(), a.locationId())).getOrElse(0L) + a.quantity());
        }
        List<Shortfall> shortfalls = decision.shortfalls().map(s -> new Shortfall(s.sku(), s.missing(), Problem.of(ProblemCode.INSUFFICIENT_STOCK,
                "lines[" + (lines.indexWhere(l -> l.lineId().equals(s.lineId()))) + "]",
                "SKU " + s.sku() + ": " + s.wanted() + " wanted, " + s.covered() + " available")));
        return Either.right(new Routed(merged.map(e -> new StockMovement(e._1._1, e._1._2, e._2)).toList(), shortfalls));
    }

    /** Every unit at the one location, as far as its stock goes; the routing strategy is not asked. */
    private static Either<Rejection, Routed> pinned(HoldRequest request, LocationId at, List<Candidate> candidates) {
        Option<Candidate> candidate = candidates.find(c -> c.id().equals(at));
        if (candidate.isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.UNKNOWN_LOCATION, "location", "no location " + at));
        }
        if (!candidate.get().location().active() || !request.destination().servedFrom(candidate.get().location())) {
            return Either.left(Rejection.of(ProblemCode.LOCATION_CANNOT_SERVE, "location",
                    "location " + at + " is paused or cannot serve the hold's destination"));
        }
        Map<Sku, Long> wanted = LinkedHashMap.empty();
        for (HoldRequest.Units units : request.lines()) {
            wanted = wanted.put(units.sku(), wanted.get(units.sku()).getOrElse(0L) + units.quantity());
        }
        Candidate there = candidate.get();
        List<StockMovement> reserved = wanted.toList().filter(w -> Math.min(w._2, there.available(w._1)) > 0)
                .map(w -> new StockMovement(w._1, at, Math.min(w._2, there.available(w._1))));
        List<Shortfall> shortfalls = wanted.toList().filter(w -> w._2 > there.available(w._1)).map(w -> new Shortfall(w._1,
                w._2 - Math.max(0, there.available(w._1)), Problem.of(ProblemCode.INSUFFICIENT_STOCK, "lines", "SKU " + w._1
                        + " at " + at + ": " + w._2 + " wanted, " + there.available(w._1) + " available")));
        return Either.right(new Routed(reserved, shortfalls));
    }

    /**
     * The request without its untracked SKUs' lines: a hold neither reserves nor counts units that need no
     * stock, which are always available. Empty lines when every SKU is untracked: nothing to hold.
     *
     * @param request the request
     * @param tracked whether a SKU's stock is tracked (by the catalogue; an unknown SKU counts as tracked)
     * @return the request for the units to hold
     */
    public static HoldRequest trackedOnly(HoldRequest request, java.util.function.Predicate<Sku> tracked) {
        return request.withLines(request.lines().stream().filter(u -> tracked.test(u.sku())).toList());
    }

    /**
     * Whether a request under a hold id already placed asks for the units that hold holds or promises, SKU by SKU: a
     * checkout retrying, not a reused id. Where the units were reserved is the hold's own business, except
     * that a pinned request asks for every unit at its location.
     *
     * @param request the request asked again
     * @param hold the hold already placed under its id
     * @return whether they name the same units per SKU
     */
    public static boolean sameUnits(HoldRequest request, Hold hold) {
        if (request.location().isPresent() && !hold.movements().stream().allMatch(m -> m.locationId().equals(request.location().get()))) {
            return false; // pinned elsewhere
        }
        java.util.Map<Sku, Long> asked = new java.util.HashMap<>();
        request.lines().forEach(u -> asked.merge(u.sku(), u.quantity(), Long::sum));
        java.util.Map<Sku, Long> held = new java.util.HashMap<>();
        hold.movements().forEach(m -> held.merge(m.sku(), m.quantity(), Long::sum));
        hold.promised().forEach(p -> held.merge(p.sku(), p.quantity(), Long::sum));
        return asked.equals(held);
    }
}
