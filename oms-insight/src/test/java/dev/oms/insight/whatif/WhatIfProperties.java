// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The what-if's promise: oms's decisions are pure and deterministic, so a period replayed under the policies that ran
 * comes to exactly what was stored, order by order and location by location, though it ships nothing. Anything the
 * replay dropped or played in another order (an arrival, a cancellation, a tie at one instant) would show here as a
 * difference.
 */
class WhatIfProperties {

    @Property(tries = 100) // a shop and its replay per try: about 14 s in all on 2 cores shared with other builds
    void aReplayUnderThePolicyThatRanReproducesTheStoredOutcome(@ForAll("plans") RandomShops.Plan plan) {
        WhatIfShop shop = RandomShops.run(plan);
        WhatIfHistory history = shop.history(RandomShops.PERIOD);

        WhatIfOutcome stored = WhatIf.actual(history);
        WhatIfOutcome replayed = WhatIf.replay(history, plan.policies());

        assertThat(replayed.orders()).containsExactlyElementsOf(stored.orders());
        assertThat(replayed).isEqualTo(stored);
        // Read from the stock log instead of the test's own bookkeeping, the stock replays the same.
        assertThat(WhatIf.replay(shop.historyFromLogs(RandomShops.PERIOD), plan.policies())).isEqualTo(stored);
        Statistics.label("orders split").collect(stored.shipments() > stored.ordersShipping());
        Statistics.label("units backordered").collect(stored.backordered() > 0);
        Statistics.label("units cancelled").collect(stored.cancelled() > 0);
        Statistics.label("parcels shipped").collect(history.orders().stream()
                .anyMatch(o -> o.atPeriodEnd().packages().values().exists(parcel -> parcel.isShipped())));
        Statistics.label("arrivals in the period").collect(history.arrivals().stream().anyMatch(a -> RandomShops.PERIOD.contains(a.at())));
    }

    @Property(tries = 40) // about 8 s on the same busy cores
    void underAnyCandidateEveryUnitIsPlacedWaitingOrCancelledAndNoLocationGivesMoreThanItHad(
            @ForAll("plans") RandomShops.Plan plan, @ForAll("candidates") PolicySet candidate) {
        WhatIfHistory history = RandomShops.run(plan).history(RandomShops.PERIOD);

        WhatIfReport report = WhatIf.compare(history, "as run", List.of(candidate));

        WhatIfOutcome replayed = report.candidates().get(0).outcome();
        for (OrderOutcome order : replayed.orders()) {
            if (order.refused()) { // every unit wanted, none placed, waiting or cancelled
                assertThat(order.wanted()).isPositive();
                assertThat(order.filled() + order.backordered() + order.preordered() + order.cancelled()).isZero();
            } else {
                assertThat(order.filled() + order.backordered() + order.preordered()).as("units of %s", order.orderId()).isEqualTo(order.wanted());
            }
        }
        Map<LocationId, Long> had = new HashMap<>();
        history.startingStock().forEach(level -> had.merge(level.locationId(), level.available(), Long::sum));
        history.arrivals().stream().filter(a -> history.period().contains(a.at())).forEach(a -> had.merge(a.location(), a.units(), Long::sum));
        Map<LocationId, Long> given = new HashMap<>();
        replayed.orders().forEach(order -> order.unitsAt().forEach((location, units) -> given.merge(location, units, Long::sum)));
        given.forEach((location, units) -> assertThat(units).as("units given from %s", location).isLessThanOrEqualTo(had.getOrDefault(location, 0L)));
        // The report lists exactly the orders the candidate placed otherwise.
        List<OrderId> placedOtherwise = new ArrayList<>();
        for (int o = 0; o < replayed.orders().size(); o++) {
            OrderOutcome stored = report.actual().outcome().orders().get(o);
            OrderOutcome other = replayed.orders().get(o);
            if (other.refused() || !other.unitsAt().equals(stored.unitsAt())) {
                placedOtherwise.add(stored.orderId());
            }
        }
        assertThat(report.differences()).extracting(WhatIfReport.OrderDifference::orderId).containsExactlyElementsOf(placedOtherwise);
        Statistics.label("candidate refused an order").collect(replayed.ordersRefused() > 0);
        Statistics.label("candidate placed an order otherwise").collect(!placedOtherwise.isEmpty());
    }

    @Provide
    Arbitrary<RandomShops.Plan> plans() {
        return RandomShops.plans();
    }

    // Another routing, backordering freely, up to a limit, or not at all (short orders are then refused).
    @Provide
    Arbitrary<PolicySet> candidates() {
        Arbitrary<PolicySet> routed = Combinators.combine(Arbitraries.of(RandomShops.ROUTINGS), Arbitraries.of(false, true))
                .as((routing, limited) -> new RandomShops.Plan(List.of(), 0, List.of(), routing, limited, List.of()).policies());
        return Combinators.combine(routed, Arbitraries.integers().between(0, 3))
                .as((set, pick) -> pick == 0 ? set.backorder(BackorderPolicy.none()).named(set.name() + ", no backorders") : set);
    }
}
