// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The what-if's promise: oms's decisions are pure and deterministic, so a period replayed under the policies that ran
 * comes to exactly what was stored, order by order and location by location. Anything the replay dropped or played in
 * another order (an arrival, a cancellation, a tie at one instant) would show here as a difference.
 */
class WhatIfProperties {

    @Property(tries = 60) // a shop and its replay per try: about 8 s in all on 2 cores, so the CI suite stays fast
    void aReplayUnderThePolicyThatRanReproducesTheStoredOutcome(@ForAll("plans") RandomShops.Plan plan) {
        WhatIfShop shop = RandomShops.run(plan);
        WhatIfHistory history = shop.history(RandomShops.PERIOD);

        WhatIfOutcome stored = WhatIf.actual(history);
        WhatIfOutcome replayed = WhatIf.replay(history, plan.policies());

        assertThat(replayed.orders()).containsExactlyElementsOf(stored.orders());
        assertThat(replayed).isEqualTo(stored);
        Statistics.label("orders split").collect(stored.shipments() > stored.ordersShipping());
        Statistics.label("units backordered").collect(stored.backordered() > 0);
        Statistics.label("units cancelled").collect(stored.cancelled() > 0);
        Statistics.label("arrivals in the period").collect(history.arrivals().stream().anyMatch(a -> RandomShops.PERIOD.contains(a.at())));
    }

    @Provide
    Arbitrary<RandomShops.Plan> plans() {
        return RandomShops.plans();
    }
}
