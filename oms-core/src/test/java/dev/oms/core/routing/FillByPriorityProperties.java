// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import static dev.oms.core.routing.RoutingProperties.admitted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.routing.RoutingProperties.World;
import dev.oms.core.routing.RoutingRequest.RequestedLine;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Strategies#fillByPriority()} against an independent model, over the worlds of
 * {@link RoutingProperties} (paused locations, stores, suppliers, pickups, the ship-together wish).
 */
class FillByPriorityProperties {
    private final RoutingStrategy fill = Strategies.fillByPriority();

    @Property(tries = 500)
    void neverPlansMoreUnitsAtALocationThanItHasAvailableNorAnyAtOneItMayNotUse(@ForAll("worlds") World world) {
        RoutingDecision decision = fill.route(world.request(), world.candidates());
        Map<String, Long> planned = new HashMap<>();
        decision.assignments().forEach(a -> planned.merge(a.sku() + "@" + a.locationId(), a.quantity(), Long::sum));
        for (Candidate candidate : world.candidates()) {
            for (Sku sku : world.request().demand().keySet()) {
                long units = planned.getOrDefault(sku + "@" + candidate.id(), 0L);
                assertThat(units).as("%s of %s", candidate.id(), sku).isLessThanOrEqualTo(candidate.available(sku));
                if (units > 0) {
                    assertThat(admitted(world.request(), candidate)).as("%s may ship", candidate.id()).isTrue();
                }
            }
        }
    }

    @Property(tries = 500)
    void plansEachLineWhatTheAdmittedStockEarlierLinesLeftCanCoverAndNamesTheRestAsShort(@ForAll("worlds") World world) {
        RoutingRequest request = world.request();
        RoutingDecision decision = fill.route(request, world.candidates());
        Map<Sku, Long> stock = new HashMap<>();
        request.demand().keySet().forEach(sku -> stock.put(sku, world.candidates().filter(c -> admitted(request, c))
                .map(c -> c.available(sku)).sum().longValue()));
        for (RequestedLine line : request.lines()) {
            long expected = Math.min(line.quantity(), stock.get(line.sku()));
            stock.merge(line.sku(), -expected, Long::sum);
            assertThat(decision.routedFor(line.lineId())).as("line %s planned", line.lineId()).isEqualTo(expected);
            long missing = decision.shortfalls().find(s -> s.lineId().equals(line.lineId())).map(s -> s.missing()).getOrElse(0L);
            assertThat(missing).as("line %s short", line.lineId()).isEqualTo(line.quantity() - expected);
        }
    }

    /** Without the ship-together wish, which may rightly trade strict order for a single parcel. */
    @Property(tries = 1000)
    void takesUnitsFromALessPreferredLocationOnlyOnceEveryMorePreferredOneHasNoneLeft(@ForAll("worlds") World world) {
        RoutingRequest request = world.request().withShipTogether(false);
        RoutingDecision decision = fill.route(request, world.candidates());
        List<Candidate> preferred = world.candidates().filter(c -> admitted(request, c)).sorted(preference(request));
        Map<String, Long> left = new HashMap<>();
        preferred.forEach(c -> request.demand().keySet().forEach(sku -> left.put(sku + "@" + c.id(), c.available(sku))));
        for (RequestedLine line : request.lines()) {
            List<Assignment> forLine = decision.assignments().filter(a -> a.lineId().equals(line.lineId()));
            forLine.forEach(a -> left.merge(a.sku() + "@" + a.locationId(), -a.quantity(), Long::sum));
            List<Integer> places = forLine.map(a -> preferred.indexWhere(c -> c.id().equals(a.locationId())));
            assertThat(places.toJavaList()).as("line %s, in order of preference", line.lineId()).isSorted().doesNotHaveDuplicates()
                    .allSatisfy(place -> assertThat(place).isNotNegative());
            for (Assignment a : forLine) {
                for (Candidate better : preferred.take(preferred.indexWhere(c -> c.id().equals(a.locationId())))) {
                    assertThat(left.get(a.sku() + "@" + better.id()))
                            .as("%s left at %s while line %s takes some from %s", a.sku(), better.id(), line.lineId(), a.locationId())
                            .isZero();
                }
            }
        }
    }

    /** The model's order: for click and collect the pickup store first; then priority, then location id. */
    private static Comparator<Candidate> preference(RoutingRequest request) {
        return Comparator.<Candidate>comparingInt(c -> request.destination() instanceof Destination.Pickup p && p.store().equals(c.id()) ? 0 : 1)
                .thenComparingInt(c -> c.location().priority())
                .thenComparing(c -> c.id().value());
    }

    @Provide
    Arbitrary<World> worlds() {
        return new RoutingProperties().anyWorlds();
    }
}
