// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import static dev.oms.core.routing.Places.BIRMINGHAM;
import static dev.oms.core.routing.Places.GLASGOW;
import static dev.oms.core.routing.Places.LONDON;
import static dev.oms.core.routing.Places.MANCHESTER;
import static dev.oms.core.routing.Places.id;
import static dev.oms.core.routing.Places.line;
import static dev.oms.core.routing.Places.shipTo;
import static dev.oms.core.routing.Places.stocked;
import static dev.oms.core.routing.Places.warehouse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Re-routing moves only the units of the location that failed, and routes them like any others. */
class ReroutingProperties {

    @Property(tries = 300)
    void onlyTheFailedLocationsUnitsMoveAndNeverBeyondWhatIsAvailable(
            @ForAll("worlds") RoutingProperties.World world, @ForAll("picks") int pick) {
        RoutingDecision first = Strategies.nearest().route(world.request(), world.candidates());
        if (first.locationsUsed().isEmpty()) {
            return;
        }
        LocationId failed = first.locationsUsed().get(pick % first.locationsUsed().size());
        List<Candidate> now = afterReserving(world.candidates(), first.assignments());

        RoutingDecision rerouted = Rerouting.reroute(world.request(), first.assignments(), failed, Strategies.nearest(), now);

        List<Assignment> kept = first.assignments().filter(a -> !a.locationId().equals(failed));
        assertThat(rerouted.assignments().take(kept.size())).isEqualTo(kept);
        List<Assignment> moved = rerouted.assignments().drop(kept.size());
        assertThat(moved).noneMatch(a -> a.locationId().equals(failed));
        Map<String, Long> taken = new HashMap<>();
        moved.forEach(a -> taken.merge(a.sku() + "@" + a.locationId(), a.quantity(), Long::sum));
        now.forEach(c -> world.request().demand().keySet().forEach(sku ->
                assertThat(taken.getOrDefault(sku + "@" + c.id(), 0L)).isLessThanOrEqualTo(c.available(sku))));
        for (var line : world.request().lines()) {
            long wasThere = first.assignments().filter(a -> a.lineId().equals(line.lineId()) && a.locationId().equals(failed))
                    .map(Assignment::quantity).sum().longValue();
            long movedNow = moved.filter(a -> a.lineId().equals(line.lineId())).map(Assignment::quantity).sum().longValue();
            assertThat(movedNow).isLessThanOrEqualTo(wasThere);
        }
        world.request().demand().forEach((sku, wanted) -> {
            long affected = first.assignments().filter(a -> a.sku().equals(sku) && a.locationId().equals(failed))
                    .map(Assignment::quantity).sum().longValue();
            long elsewhere = now.filter(c -> !c.id().equals(failed)).map(c -> c.available(sku)).sum().longValue();
            long movedSku = moved.filter(a -> a.sku().equals(sku)).map(Assignment::quantity).sum().longValue();
            assertThat(movedSku).isEqualTo(Math.min(affected, elsewhere));
        });
    }

    @Test
    void aWarehouseThatCannotShipAfterAllHandsItsUnitsToTheNextNearest() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("BHM", 1, BIRMINGHAM), "A", 5, "B", 5),
                stocked(warehouse("MAN", 1, MANCHESTER), "A", 5),
                stocked(warehouse("GLA", 1, GLASGOW), "A", 5));
        RoutingRequest request = shipTo(LONDON, line("1", "A", 2), line("2", "B", 1));
        RoutingDecision first = Strategies.nearest().route(request, candidates);
        assertThat(first.locationsUsed()).containsExactly(id("BHM"));

        RoutingDecision rerouted = Rerouting.reroute(request, first.assignments(), id("BHM"), Strategies.nearest(),
                afterReserving(candidates, first.assignments()));

        assertThat(rerouted.assignments()).containsExactly(new Assignment(LineId.of("1"), Sku.of("A"), id("MAN"), 2));
        assertThat(rerouted.shortfalls()).singleElement().satisfies(s -> assertThat(s.lineId()).isEqualTo(LineId.of("2")));
        assertThat(rerouted.traceOf(id("BHM")).reason()).isEqualTo("cannot fulfil after all");
        assertThat(rerouted.strategy()).isEqualTo("reroute:nearest");
    }

    /** The candidates as the inventory shows them once the decision's units are reserved. */
    private static List<Candidate> afterReserving(List<Candidate> candidates, List<Assignment> assignments) {
        return candidates.map(c -> {
            Map<Sku, Long> left = new HashMap<>(c.available());
            assignments.filter(a -> a.locationId().equals(c.id())).forEach(a -> left.merge(a.sku(), -a.quantity(), Long::sum));
            return new Candidate(c.location(), left);
        });
    }

    @Provide
    Arbitrary<RoutingProperties.World> worlds() {
        return new RoutingProperties().worlds();
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 10);
    }
}
