// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.routing;

import static dev.oms.core.routing.Places.BIRMINGHAM;
import static dev.oms.core.routing.Places.GLASGOW;
import static dev.oms.core.routing.Places.LONDON;
import static dev.oms.core.routing.Places.MANCHESTER;
import static dev.oms.core.routing.Places.PARIS;
import static dev.oms.core.routing.Places.id;
import static dev.oms.core.routing.Places.line;
import static dev.oms.core.routing.Places.pickup;
import static dev.oms.core.routing.Places.shipTo;
import static dev.oms.core.routing.Places.stocked;
import static dev.oms.core.routing.Places.store;
import static dev.oms.core.routing.Places.warehouse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Named examples for each strategy, ties included, and the traces an operator reads. */
class RoutingStrategiesTest {

    @Test
    void priorityShipsEachLineFromTheHostsPreferredLocationThatHasAllOfIt() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W1", 1, LONDON), "A", 2, "B", 5),
                stocked(warehouse("W2", 2, GLASGOW), "A", 5, "B", 5));
        RoutingDecision decision = Strategies.priority().route(shipTo(LONDON, line("1", "A", 3), line("2", "B", 3)), candidates);

        assertThat(decision.assignments()).containsExactly(
                new Assignment(LineId.of("1"), Sku.of("A"), id("W2"), 3),
                new Assignment(LineId.of("2"), Sku.of("B"), id("W1"), 3));
        assertThat(decision.coversEverything()).isTrue();
    }

    @Test
    void priorityTieGoesToTheLowerLocationId() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W9", 1, LONDON), "A", 5),
                stocked(warehouse("W1", 1, GLASGOW), "A", 5));
        RoutingDecision decision = Strategies.priority().route(shipTo(LONDON, line("1", "A", 1)), candidates);

        assertThat(decision.locationsUsed()).containsExactly(id("W1"));
        assertThat(decision.traceOf(id("W9")).reason()).isEqualTo("tied on every criterion with W1, which wins on location id");
    }

    @Test
    void priorityPrefersAWholeLineFromOneLocationAndSplitsOnlyWhenNoneHasIt() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W1", 1, LONDON), "A", 3),
                stocked(warehouse("W2", 2, LONDON), "A", 4));
        RoutingDecision decision = Strategies.priority().route(shipTo(LONDON, line("1", "A", 6)), candidates);

        assertThat(decision.assignments()).containsExactly(
                new Assignment(LineId.of("1"), Sku.of("A"), id("W1"), 3),
                new Assignment(LineId.of("1"), Sku.of("A"), id("W2"), 3));
    }

    @Test
    void nearestShipsFromTheWarehouseClosestToTheCustomer() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("GLA", 1, GLASGOW), "A", 5),
                stocked(warehouse("BHM", 2, BIRMINGHAM), "A", 5),
                stocked(warehouse("MAN", 3, MANCHESTER), "A", 5));
        RoutingDecision decision = Strategies.nearest().route(shipTo(LONDON, line("1", "A", 2)), candidates);

        assertThat(decision.locationsUsed()).containsExactly(id("BHM"));
        assertThat(decision.traceOf(id("MAN")).verdict()).isEqualTo(Verdict.OUTRANKED);
        assertThat(decision.traceOf(id("MAN")).reason()).startsWith("BHM ranks ahead on distance_km (");
        assertThat(decision.traceOf(id("BHM")).scores().get("distance_km").get().get()).isBetween(
                new java.math.BigDecimal("160"), new java.math.BigDecimal("165"));
    }

    @Test
    void nearestTieOnDistanceFallsToPriorityThenToLocationId() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W3", 2, MANCHESTER), "A", 5),
                stocked(warehouse("W2", 1, MANCHESTER), "A", 5),
                stocked(warehouse("W1", 2, MANCHESTER), "A", 5));
        RoutingDecision decision = Strategies.nearest().route(shipTo(LONDON, line("1", "A", 2)), candidates);

        assertThat(decision.trace().map(CandidateTrace::locationId)).containsExactly(id("W2"), id("W1"), id("W3"));
        assertThat(decision.traceOf(id("W1")).reason()).isEqualTo("W2 ranks ahead on priority (1 vs 2)");
    }

    @Test
    void nearestRanksLocationsWithoutCoordinatesLast() {
        Location unknown = Location.of(id("W0"), "No address", LocationType.WAREHOUSE, 0);
        List<Candidate> candidates = List.of(stocked(unknown, "A", 5), stocked(warehouse("GLA", 9, GLASGOW), "A", 5));
        RoutingDecision decision = Strategies.nearest().route(shipTo(LONDON, line("1", "A", 1)), candidates);

        assertThat(decision.locationsUsed()).containsExactly(id("GLA"));
        assertThat(decision.traceOf(id("W0")).scores().get("distance_km").get().isEmpty()).isTrue();
        assertThat(decision.traceOf(id("W0")).reason()).startsWith("GLA ranks ahead on distance_km (");
    }

    @Test
    void mostStockPrefersTheLocationThatCanShipMostOfTheOrder() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W1", 1, LONDON), "A", 9, "B", 0),
                stocked(warehouse("W2", 2, GLASGOW), "A", 4, "B", 4));
        RoutingDecision decision = Strategies.mostStock().route(shipTo(LONDON, line("1", "A", 4), line("2", "B", 4)), candidates);

        assertThat(decision.locationsUsed()).containsExactly(id("W2"));
        assertThat(decision.traceOf(id("W2")).scores().get("stock_units").get().get()).isEqualByComparingTo("-8");
        assertThat(decision.traceOf(id("W1")).scores().get("stock_units").get().get()).isEqualByComparingTo("-4");
    }

    @Test
    void fewestShipmentsShipsFromOneFartherLocationRatherThanTwoNearOnes() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("LON", 1, LONDON), "A", 2),
                stocked(warehouse("BHM", 1, BIRMINGHAM), "B", 2),
                stocked(warehouse("GLA", 1, GLASGOW), "A", 2, "B", 2));
        RoutingRequest request = shipTo(LONDON, line("1", "A", 2), line("2", "B", 2));

        assertThat(Strategies.nearest().route(request, candidates).locationsUsed()).containsExactly(id("LON"), id("BHM"));
        RoutingDecision decision = Strategies.fewestShipments().route(request, candidates);
        assertThat(decision.locationsUsed()).containsExactly(id("GLA"));
        assertThat(decision.traceOf(id("LON")).verdict()).isEqualTo(Verdict.NOT_NEEDED);
        assertThat(decision.traceOf(id("LON")).reason()).isEqualTo("the order ships from fewer locations without it");
    }

    @Test
    void fewestShipmentsTieOnTheNumberOfLocationsGoesToTheLeastTotalDistance() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("LON", 1, LONDON), "A", 2),
                stocked(warehouse("PAR", 1, PARIS), "B", 2),
                stocked(warehouse("GLA", 1, GLASGOW), "A", 2),
                stocked(warehouse("BHM", 1, BIRMINGHAM), "B", 2));
        RoutingDecision decision = Strategies.fewestShipments().route(
                shipTo(MANCHESTER, line("1", "A", 2), line("2", "B", 2)), candidates);

        assertThat(decision.locationsUsed()).containsExactlyInAnyOrder(id("LON"), id("BHM"));
    }

    @Test
    void lowestCostShipsFromTheCheapestQuoteAndRanksUnquotedLocationsLast() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("NEAR", 1, LONDON), "A", 5),
                stocked(warehouse("CHEAP", 2, GLASGOW), "A", 5),
                stocked(warehouse("NOQUOTE", 0, LONDON), "A", 5));
        ShippingQuotes quotes = ShippingQuotes.of(Map.of(id("NEAR"), Money.parse("EUR 7.50"), id("CHEAP"), Money.parse("EUR 4.90")));
        RoutingDecision decision = Strategies.lowestCost(quotes).route(shipTo(LONDON, line("1", "A", 1)), candidates);

        assertThat(decision.locationsUsed()).containsExactly(id("CHEAP"));
        assertThat(decision.trace().map(CandidateTrace::locationId)).containsExactly(id("CHEAP"), id("NEAR"), id("NOQUOTE"));
        assertThat(decision.traceOf(id("NEAR")).reason()).isEqualTo("CHEAP ranks ahead on shipping_cost (4.90 vs 7.50)");
    }

    @Test
    void lowestCostTieOnPriceGoesToTheNearerLocation() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("FAR", 1, GLASGOW), "A", 5),
                stocked(warehouse("NEAR", 2, BIRMINGHAM), "A", 5));
        ShippingQuotes quotes = ShippingQuotes.of(Map.of(id("FAR"), Money.parse("EUR 4.90"), id("NEAR"), Money.parse("EUR 4.90")));
        RoutingDecision decision = Strategies.lowestCost(quotes).route(shipTo(LONDON, line("1", "A", 1)), candidates);

        assertThat(decision.locationsUsed()).containsExactly(id("NEAR"));
    }

    @Test
    void shipTogetherChoosesOneLocationThatHasEverythingEvenWhenItIsFarther() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("LON", 1, LONDON), "A", 2, "B", 0),
                stocked(warehouse("BHM", 1, BIRMINGHAM), "B", 2),
                stocked(warehouse("GLA", 1, GLASGOW), "A", 2, "B", 2));
        RoutingRequest request = shipTo(LONDON, line("1", "A", 2), line("2", "B", 2)).withShipTogether(true);
        RoutingDecision decision = Strategies.nearest().route(request, candidates);

        assertThat(decision.locationsUsed()).containsExactly(id("GLA"));
        assertThat(decision.traceOf(id("LON")).reason())
                .isEqualTo("the customer asked to ship together and GLA ships the whole order");
    }

    @Test
    void shipTogetherFallsBackToTheFewestLocationsWhenNoneHasEverything() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("LON", 1, LONDON), "A", 2),
                stocked(warehouse("BHM", 1, BIRMINGHAM), "B", 2),
                stocked(warehouse("MAN", 1, MANCHESTER), "C", 2),
                stocked(warehouse("GLA", 1, GLASGOW), "B", 2, "C", 2));
        RoutingRequest request = shipTo(LONDON, line("1", "A", 2), line("2", "B", 2), line("3", "C", 2)).withShipTogether(true);
        RoutingDecision decision = Strategies.nearest().route(request, candidates);

        assertThat(decision.locationsUsed()).containsExactlyInAnyOrder(id("LON"), id("GLA"));
    }

    @Test
    void clickAndCollectReservesAtThePickupStore() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("WH", 0, BIRMINGHAM), "A", 9),
                stocked(store("S1", 5, LONDON), "A", 2));
        RoutingDecision decision = Strategies.nearest().route(pickup("S1", true, line("1", "A", 2)), candidates);

        assertThat(decision.locationsUsed()).containsExactly(id("S1"));
        assertThat(decision.traceOf(id("WH")).reason()).isEqualTo("S1 ranks ahead on pickup_store (0 vs 1)");
    }

    @Test
    void clickAndCollectTransfersAWholeLineFromTheNearestLocationWhenTheStoreLacksItAndTransfersAreAllowed() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("GLA", 0, GLASGOW), "A", 9),
                stocked(warehouse("BHM", 5, BIRMINGHAM), "A", 9),
                stocked(store("S1", 5, LONDON), "A", 1));
        RoutingDecision decision = Strategies.nearest().route(pickup("S1", true, line("1", "A", 3)), candidates);

        assertThat(decision.assignments()).containsExactly(new Assignment(LineId.of("1"), Sku.of("A"), id("BHM"), 3));
        assertThat(decision.traceOf(id("S1")).verdict()).isEqualTo(Verdict.NOT_NEEDED);
        assertThat(decision.traceOf(id("GLA")).reason()).startsWith("BHM ranks ahead on distance_km (");
    }

    @Test
    void clickAndCollectSplitsBetweenTheStoreAndATransferOnlyWhenNoLocationHasTheWholeLine() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("BHM", 5, BIRMINGHAM), "A", 2),
                stocked(store("S1", 5, LONDON), "A", 1));
        RoutingDecision decision = Strategies.nearest().route(pickup("S1", true, line("1", "A", 3)), candidates);

        assertThat(decision.assignments()).containsExactly(
                new Assignment(LineId.of("1"), Sku.of("A"), id("S1"), 1),
                new Assignment(LineId.of("1"), Sku.of("A"), id("BHM"), 2));
    }

    @Test
    void clickAndCollectWithoutTransfersIsShortWhatTheStoreLacks() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("BHM", 0, BIRMINGHAM), "A", 9),
                stocked(store("S1", 5, LONDON), "A", 1));
        RoutingDecision decision = Strategies.nearest().route(pickup("S1", false, line("1", "A", 3)), candidates);

        assertThat(decision.locationsUsed()).containsExactly(id("S1"));
        assertThat(decision.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.wanted()).isEqualTo(3);
            assertThat(s.missing()).isEqualTo(2);
        });
        assertThat(decision.traceOf(id("BHM")).reason()).isEqualTo("excluded by rule 'serves-destination'");
    }

    @Test
    void pausedLocationsAndStoresThatDoNotShipAreNeverUsed() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("PAUSED", 0, LONDON).withActive(false), "A", 9),
                stocked(store("S1", 0, LONDON).withCapabilities(Set.of(LocationCapability.PICKUP_IN_STORE)), "A", 9),
                stocked(warehouse("GLA", 9, GLASGOW), "A", 9));
        RoutingDecision decision = Strategies.nearest().route(shipTo(LONDON, line("1", "A", 3)), candidates);

        assertThat(decision.locationsUsed()).containsExactly(id("GLA"));
        assertThat(decision.traceOf(id("PAUSED")).reason()).isEqualTo("excluded by rule 'active'");
        assertThat(decision.traceOf(id("S1")).reason()).isEqualTo("excluded by rule 'serves-destination'");
    }

    @Test
    void rulesComposeSameCountryCapacityAndChannelFiltersWithRankedCriteria() {
        Location paris = warehouse("PAR", 0, PARIS).withAddress(Places.address("FR", PARIS));
        Location busy = warehouse("BUSY", 0, LONDON).withDailyCapacity(100);
        Location marketplaceOnly = warehouse("MKT", 0, LONDON);
        Location manchester = warehouse("MAN", 1, MANCHESTER);
        Location glasgow = warehouse("GLA", 1, GLASGOW);
        List<Candidate> candidates = List.of(paris, busy, marketplaceOnly, manchester, glasgow).map(l -> stocked(l, "A", 5));
        RoutingStrategy rules = Rules.named("uk-nearest")
                .exclude(Filters.sameCountryOnly())
                .exclude(Filters.withinDailyCapacity(Map.of(id("BUSY"), 100L)))
                .exclude(Filters.channelSpecific(Map.of(id("MKT"), Set.of(Channel.MARKETPLACE))))
                .rankBy(Criteria.priority())
                .thenBy(Criteria.distance())
                .build();
        RoutingDecision decision = rules.route(shipTo(LONDON, line("1", "A", 1)), candidates);

        assertThat(decision.strategy()).isEqualTo("uk-nearest");
        assertThat(decision.locationsUsed()).containsExactly(id("MAN"));
        assertThat(decision.traceOf(id("PAR")).reason()).isEqualTo("excluded by rule 'same-country'");
        assertThat(decision.traceOf(id("BUSY")).reason()).isEqualTo("excluded by rule 'daily-capacity'");
        assertThat(decision.traceOf(id("MKT")).reason()).isEqualTo("excluded by rule 'channel'");
        assertThat(decision.traceOf(id("GLA")).reason()).startsWith("MAN ranks ahead on distance_km (");

        RoutingRequest fromMarketplace = new RoutingRequest(shipTo(LONDON, line("1", "A", 1)).lines(),
                shipTo(LONDON).destination(), Channel.MARKETPLACE, false);
        assertThat(rules.route(fromMarketplace, candidates).locationsUsed()).containsExactly(id("MKT"));
    }

    @Test
    void aShortOrderSaysExactlyWhichLineLacksHowManyUnits() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("W1", 1, LONDON), "A", 3, "B", 1),
                stocked(warehouse("W2", 2, LONDON), "A", 2));
        RoutingDecision decision = Strategies.priority().route(
                shipTo(LONDON, line("1", "A", 4), line("2", "B", 3), line("3", "A", 4)), candidates);

        assertThat(decision.shortfalls().map(s -> s.lineId().value() + ":" + s.missing() + "/" + s.wanted()))
                .containsExactly("2:2/3", "3:3/4");
        assertThat(decision.explain()).contains("short: 2 (B) 2 of 3", "short: 3 (A) 3 of 4");
    }

    @Test
    void theExplanationListsShipmentsAndEveryCandidateForAnOperator() {
        List<Candidate> candidates = List.of(
                stocked(warehouse("BHM", 2, BIRMINGHAM), "A", 5),
                stocked(warehouse("EMPTY", 1, LONDON), "B", 5),
                stocked(warehouse("PAUSED", 1, LONDON).withActive(false), "A", 5));
        String explained = Strategies.nearest().route(shipTo(LONDON, line("1", "A", 2)), candidates).explain();

        assertThat(explained).isEqualTo("""
                routed by nearest
                  ship from BHM: 1 x2
                  EMPTY #1 NO_STOCK [distance_km=0.000, priority=1] has none of the units the order needs
                  BHM #2 CHOSEN [distance_km=162.521, priority=2] ships 2 units
                  PAUSED EXCLUDED [] excluded by rule 'active'
                """);
    }

    @Test
    void stockAtLocationsTheHostDidNotListIsNeverRouted() {
        Location known = warehouse("W1", 1, LONDON);
        List<Candidate> candidates = Candidate.of(List.of(known), List.of(
                new dev.oms.spi.inventory.StockLevel(Sku.of("A"), LocationId.of("GHOST"), 9, 0, 0, "X"),
                new dev.oms.spi.inventory.StockLevel(Sku.of("A"), known.id(), 5, 2, 1, "X")));

        RoutingDecision decision = Strategies.priority().route(shipTo(LONDON, line("1", "A", 4)), candidates);
        assertThat(decision.routedFor(LineId.of("1"))).isEqualTo(2);
        assertThat(decision.locationsUsed()).containsExactly(id("W1"));
    }
}
