// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import static dev.oms.core.routing.Places.BIRMINGHAM;
import static dev.oms.core.routing.Places.GLASGOW;
import static dev.oms.core.routing.Places.LONDON;
import static dev.oms.core.routing.Places.MANCHESTER;
import static dev.oms.core.routing.Places.id;
import static dev.oms.core.routing.Places.line;
import static dev.oms.core.routing.Places.pickup;
import static dev.oms.core.routing.Places.shipTo;
import static dev.oms.core.routing.Places.stocked;
import static dev.oms.core.routing.Places.store;
import static dev.oms.core.routing.Places.warehouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Named examples for {@link Strategies#fillByPriority()} and the fill-in-rank-order objective of {@link Rules}. */
class FillByPriorityTest {

    private static Assignment shipped(String line, String sku, String location, long units) {
        return new Assignment(LineId.of(line), Sku.of(sku), id(location), units);
    }

    @Test
    void aLineOfFiveWithThreeAtThePreferredWarehouseAndFourAtTheNextSplitsThreeAndTwo() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W2", 2, LONDON), "A", 4),
                stocked(warehouse("W1", 1, GLASGOW), "A", 3));
        RoutingDecision decision = Strategies.fillByPriority().route(shipTo(LONDON, line("1", "A", 5)), candidates);

        assertThat(decision.assignments()).containsExactly(shipped("1", "A", "W1", 3), shipped("1", "A", "W2", 2));
        assertThat(decision.coversEverything()).isTrue();
        assertThat(decision.strategy()).isEqualTo("fill-by-priority");
    }

    @Test
    void aLineThePreferredWarehouseCoversIsNotSplit() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W1", 1, GLASGOW), "A", 5),
                stocked(warehouse("W2", 2, LONDON), "A", 4));
        RoutingDecision decision = Strategies.fillByPriority().route(shipTo(LONDON, line("1", "A", 5)), candidates);

        assertThat(decision.assignments()).containsExactly(shipped("1", "A", "W1", 5));
        assertThat(decision.traceOf(id("W2")).verdict()).isEqualTo(Verdict.OUTRANKED);
        assertThat(decision.traceOf(id("W2")).reason()).isEqualTo("W1 ranks ahead on priority (1 vs 2)");
    }

    @Test
    void thePreferredWarehouseIsDrainedEvenWhenALessPreferredOneHasTheWholeLine() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W1", 1, LONDON), "A", 2),
                stocked(warehouse("W2", 2, LONDON), "A", 5));
        RoutingRequest request = shipTo(LONDON, line("1", "A", 3));

        assertThat(Strategies.fillByPriority().route(request, candidates).assignments())
                .containsExactly(shipped("1", "A", "W1", 2), shipped("1", "A", "W2", 1));
        // The whole-line strategy, unchanged, prefers one parcel from the less preferred warehouse.
        assertThat(Strategies.priority().route(request, candidates).assignments()).containsExactly(shipped("1", "A", "W2", 3));
    }

    @Test
    void linesOfOneSkuDrainTheSameStockInLineOrder() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W1", 1, LONDON), "A", 3, "B", 1),
                stocked(warehouse("W2", 2, LONDON), "A", 5, "B", 5));
        RoutingDecision decision = Strategies.fillByPriority().route(
                shipTo(LONDON, line("1", "A", 2), line("2", "B", 2), line("3", "A", 3)), candidates);

        assertThat(decision.assignments()).containsExactly(
                shipped("1", "A", "W1", 2),
                shipped("2", "B", "W1", 1), shipped("2", "B", "W2", 1),
                shipped("3", "A", "W1", 1), shipped("3", "A", "W2", 2));
    }

    @Test
    void whatNoAdmittedLocationHasIsTheLinesShortfallAndPausedOrPickupOnlyStockIsNeverTaken() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("PAUSED", 0, LONDON).withActive(false), "A", 9),
                stocked(store("S1", 0, LONDON).withCapabilities(Set.of(LocationCapability.PICKUP_IN_STORE)), "A", 9),
                stocked(warehouse("W1", 1, LONDON), "A", 2),
                stocked(warehouse("W2", 2, LONDON), "A", 1),
                stocked(warehouse("W3", 3, LONDON), "B", 4));
        RoutingDecision decision = Strategies.fillByPriority().route(shipTo(LONDON, line("1", "A", 5)), candidates);

        assertThat(decision.assignments()).containsExactly(shipped("1", "A", "W1", 2), shipped("1", "A", "W2", 1));
        assertThat(decision.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.wanted()).isEqualTo(5);
            assertThat(s.missing()).isEqualTo(2);
        });
        assertThat(decision.toAllocationPlan().coversEverything()).isFalse();
        assertThat(decision.explain()).isEqualTo("""
                routed by fill-by-priority
                  ship from W1: 1 x2
                  ship from W2: 1 x1
                  short: 1 (A) 2 of 5
                  W1 #1 CHOSEN [priority=1] ships 2 units
                  W2 #2 CHOSEN [priority=2] ships 1 units
                  W3 #3 NO_STOCK [priority=3] has none of the units the order needs
                  PAUSED EXCLUDED [] excluded by rule 'active'
                  S1 EXCLUDED [] excluded by rule 'serves-destination'
                """);
    }

    @Test
    void clickAndCollectDrainsThePickupStoreFirstThenTransfersInPriorityOrder() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W1", 1, GLASGOW), "A", 1),
                stocked(warehouse("W2", 2, BIRMINGHAM), "A", 5),
                stocked(store("S1", 5, LONDON), "A", 1));

        assertThat(Strategies.fillByPriority().route(pickup("S1", true, line("1", "A", 4)), candidates).assignments())
                .containsExactly(shipped("1", "A", "S1", 1), shipped("1", "A", "W1", 1), shipped("1", "A", "W2", 2));
        RoutingDecision withoutTransfers = Strategies.fillByPriority().route(pickup("S1", false, line("1", "A", 4)), candidates);
        assertThat(withoutTransfers.assignments()).containsExactly(shipped("1", "A", "S1", 1));
        assertThat(withoutTransfers.shortfalls()).singleElement().satisfies(s -> assertThat(s.missing()).isEqualTo(3));
    }

    @Test
    void theCustomersWishToShipTogetherStillWinsOverStrictPriority() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W1", 1, LONDON), "A", 2),
                stocked(warehouse("W2", 2, LONDON), "A", 2, "B", 2));
        RoutingRequest request = shipTo(LONDON, line("1", "A", 2), line("2", "B", 2));

        assertThat(Strategies.fillByPriority().route(request, candidates).locationsUsed()).containsExactly(id("W1"), id("W2"));
        RoutingDecision together = Strategies.fillByPriority().route(request.withShipTogether(true), candidates);
        assertThat(together.locationsUsed()).containsExactly(id("W2"));
        assertThat(together.traceOf(id("W1")).reason()).isEqualTo("the customer asked to ship together and W2 ships the whole order");
    }

    @Test
    void anyRankingCanBeFilledInOrder() {
        RoutingStrategy nearestFirst = Rules.named("nearest-fill").rankBy(Criteria.distance()).thenBy(Criteria.priority())
                .fillInRankOrder().build();
        List<Candidate> candidates = List.of(
                stocked(warehouse("MAN", 1, MANCHESTER), "A", 9),
                stocked(warehouse("BHM", 2, BIRMINGHAM), "A", 1));

        assertThat(nearestFirst.route(shipTo(LONDON, line("1", "A", 3)), candidates).assignments())
                .containsExactly(shipped("1", "A", "BHM", 1), shipped("1", "A", "MAN", 2));
        assertThat(Strategies.nearest().route(shipTo(LONDON, line("1", "A", 3)), candidates).assignments())
                .containsExactly(shipped("1", "A", "MAN", 3));
    }

    @Test
    void aStrategyHasOneObjective() {
        assertThatThrownBy(() -> Rules.named("both").fewestShipments().fillInRankOrder())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one objective");
        assertThatThrownBy(() -> Rules.named("both").fillInRankOrder().fewestShipments())
                .isInstanceOf(IllegalStateException.class);
        assertThat(Rules.named("twice").fillInRankOrder().fillInRankOrder().build().name()).isEqualTo("twice");
    }

    @Test
    void reroutingAwayFromTheFailedWarehouseFillsFromTheNextPreferredOnes() {
        RoutingRequest request = shipTo(LONDON, line("1", "A", 4));
        RoutingDecision first = Strategies.fillByPriority().route(request, List.of(
                stocked(warehouse("W1", 1, LONDON), "A", 5),
                stocked(warehouse("W2", 2, LONDON), "A", 2),
                stocked(warehouse("W3", 3, LONDON), "A", 5)));
        assertThat(first.assignments()).containsExactly(shipped("1", "A", "W1", 4));

        // W1 still shows the unit it has left, yet the units routed away from it never go back there.
        List<Candidate> now = List.of(
                stocked(warehouse("W1", 1, LONDON), "A", 1),
                stocked(warehouse("W2", 2, LONDON), "A", 2),
                stocked(warehouse("W3", 3, LONDON), "A", 5));
        RoutingDecision rerouted = Rerouting.reroute(request, first.assignments(), id("W1"), Strategies.fillByPriority(), now);

        assertThat(rerouted.assignments()).containsExactly(shipped("1", "A", "W2", 2), shipped("1", "A", "W3", 2));
        assertThat(rerouted.strategy()).isEqualTo("reroute:fill-by-priority");
        assertThat(rerouted.traceOf(id("W1")).reason()).isEqualTo("cannot fulfil after all");
    }
}
