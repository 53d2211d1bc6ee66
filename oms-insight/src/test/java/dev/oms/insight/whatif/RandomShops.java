// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.routing.Strategies;
import dev.oms.insight.reports.ReportPeriod;
import dev.oms.spi.value.Coordinates;
import dev.oms.spi.value.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random small shops and their days: 2 to 4 warehouses with coordinates, 2 or 3 SKUs with little stock (so orders
 * split and backorder), and orders, stock arrivals, cancellations and shipments at whole hours, often at the same hour,
 * some after the period's end. A shop runs under one of the routing policies, backordering freely or up to a limit.
 */
final class RandomShops {
    static final ReportPeriod PERIOD = ReportPeriod.of(WhatIfShop.START, WhatIfShop.START.plus(Duration.ofHours(8)));
    static final List<String> SKUS = List.of("A", "B", "C");
    static final List<String> ROUTINGS = List.of("priority", "fill-by-priority", "nearest", "fewest-shipments");

    sealed interface Step permits Place, Arrive, Cancel, Ship {
        int hour();

        /** At one instant: arrivals, then placements, then cancellations (the replay's documented order). */
        int kind();
    }

    record Place(int hour, Coordinates customer, List<Map.Entry<String, Integer>> lines) implements Step {
        public int kind() { return 1; }
    }

    record Arrive(int hour, String sku, int location, int units) implements Step {
        public int kind() { return 0; }
    }

    record Cancel(int hour, int target, boolean whole, int line, int units) implements Step {
        public int kind() { return 2; }
    }

    /** Picks, packs and ships what an order has allocated: not replayed, so the outcome must not depend on it. */
    record Ship(int hour, int target) implements Step {
        public int kind() { return 3; }
    }

    record Plan(List<Coordinates> locations, int skus, List<Integer> stock, String routing, boolean limited, List<Step> steps) {
        PolicySet policies() {
            BackorderTerms terms = limited ? BackorderTerms.allowedWithoutLimit().withLimit(3) : BackorderTerms.allowedWithoutLimit();
            PolicySet set = PolicySet.defaults(routing).backorder(BackorderPolicy.always(terms));
            return switch (routing) {
                case "priority" -> set;
                case "fill-by-priority" -> set.routing(Strategies.fillByPriority());
                case "nearest" -> set.routing(Strategies.nearest());
                default -> set.routing(Strategies.fewestShipments());
            };
        }
    }

    private RandomShops() {}

    static Arbitrary<Plan> plans() {
        Arbitrary<Coordinates> places = Combinators.combine(Arbitraries.integers().between(500, 560), Arbitraries.integers().between(-50, 20))
                .as((lat, lon) -> new Coordinates(lat / 10.0, lon / 10.0));
        Arbitrary<Step> place = Combinators.combine(hours(), places,
                Combinators.combine(Arbitraries.of(SKUS), Arbitraries.integers().between(1, 3)).as(Map::entry).list().ofMinSize(1).ofMaxSize(3))
                .as(Place::new);
        Arbitrary<Step> arrive = Combinators.combine(hours(), Arbitraries.of(SKUS), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, 4)).as(Arrive::new);
        Arbitrary<Step> cancel = Combinators.combine(hours(), Arbitraries.integers().between(0, 9), Arbitraries.of(false, true),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(1, 2)).as(Cancel::new);
        Arbitrary<Step> ship = Combinators.combine(hours(), Arbitraries.integers().between(0, 9)).as(Ship::new);
        Arbitrary<List<Step>> steps = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, place), net.jqwik.api.Tuple.of(2, arrive),
                net.jqwik.api.Tuple.of(2, cancel), net.jqwik.api.Tuple.of(2, ship)).list().ofMinSize(1).ofMaxSize(14);
        return Combinators.combine(places.list().ofMinSize(2).ofMaxSize(4), Arbitraries.integers().between(2, 3),
                Arbitraries.integers().between(0, 3).list().ofSize(12), Arbitraries.of(ROUTINGS), Arbitraries.of(false, true), steps)
                .as(Plan::new);
    }

    // Hours 0 to 10 of a period 8 hours long: few distinct hours, so steps often share an instant, and a few fall after it.
    private static Arbitrary<Integer> hours() {
        return Arbitraries.integers().between(0, 10);
    }

    /** Runs a plan through a real shop, at one instant in the replay's documented order, and returns the shop. */
    static WhatIfShop run(Plan plan) {
        Map<String, Coordinates> locations = new LinkedHashMap<>();
        for (int l = 0; l < plan.locations().size(); l++) {
            locations.put("WH-" + (l + 1), plan.locations().get(l));
        }
        Map<String, Map<String, Integer>> stock = new LinkedHashMap<>();
        for (int s = 0; s < plan.skus(); s++) {
            Map<String, Integer> perLocation = new LinkedHashMap<>();
            for (int l = 0; l < plan.locations().size(); l++) {
                perLocation.put("WH-" + (l + 1), plan.stock().get(s * 4 + l));
            }
            stock.put(SKUS.get(s), perLocation);
        }
        WhatIfShop shop = new WhatIfShop(plan.policies(), locations, stock);
        List<Step> steps = new ArrayList<>(plan.steps());
        steps.sort(Comparator.comparingInt(Step::hour).thenComparingInt(Step::kind));
        // Cancellations at one instant go in the placement order of their orders, as the replay plays them.
        List<OrderId> placed = new ArrayList<>();
        Set<OrderId> shipped = new HashSet<>();
        List<Step> inOrder = new ArrayList<>();
        int placements = 0;
        for (Step step : steps) {
            if (step instanceof Place) {
                placements++;
            }
            if (step instanceof Cancel c && placements > 0) {
                inOrder.add(new Cancel(c.hour(), c.target() % placements, c.whole(), c.line(), c.units()));
            } else if (step instanceof Ship s && placements > 0) {
                inOrder.add(new Ship(s.hour(), s.target() % placements));
            } else {
                inOrder.add(step);
            }
        }
        inOrder.sort(Comparator.comparingInt(Step::hour).thenComparingInt(Step::kind)
                .thenComparingInt(s -> s instanceof Cancel c ? c.target() : s instanceof Ship p ? p.target() : 0));
        for (Step step : inOrder) {
            Instant at = WhatIfShop.START.plus(Duration.ofHours(step.hour()));
            if (step instanceof Place p) {
                placed.add(shop.place(at, p.customer(), lines(plan, p)).map(Order::id).getOrNull());
            } else if (step instanceof Arrive a && SKUS.indexOf(a.sku()) < plan.skus()) {
                shop.arrive(at, a.sku(), "WH-" + (a.location() % plan.locations().size() + 1), a.units());
            } else if (step instanceof Cancel c) {
                cancel(shop, at, placed, shipped, c);
            } else if (step instanceof Ship p && p.target() < placed.size() && placed.get(p.target()) != null) {
                shop.shipAllocated(at, placed.get(p.target()));
                shipped.add(placed.get(p.target()));
            }
        }
        return shop;
    }

    // Lines of SKUs the shop does not sell are left out; an order left with none asks for one unit of A.
    private static List<LineRequest> lines(Plan plan, Place place) {
        List<LineRequest> lines = place.lines().stream().filter(e -> SKUS.indexOf(e.getKey()) < plan.skus())
                .map(e -> WhatIfShop.line(e.getKey(), e.getValue())).toList();
        return lines.isEmpty() ? List.of(WhatIfShop.line("A", 1)) : lines;
    }

    // A whole-order cancellation of an order partly shipped is replayed only approximately (see PastOrder), so the
    // random days never make one: they cancel units of a line instead.
    private static void cancel(WhatIfShop shop, Instant at, List<OrderId> placed, Set<OrderId> shipped, Cancel cancel) {
        if (cancel.target() >= placed.size() || placed.get(cancel.target()) == null) {
            return; // no order yet, or its placement was refused
        }
        OrderId id = placed.get(cancel.target());
        if (cancel.whole() && !shipped.contains(id)) {
            shop.cancelWhole(at, id);
            return;
        }
        List<Line> lines = shop.oms.queries().find(id).orElseThrow().lines().values().toJavaList();
        Line line = lines.get(cancel.line() % lines.size());
        shop.cancelUnits(at, id, line.id(), Math.min(cancel.units(), Math.max(1, line.cancellable())));
    }
}
