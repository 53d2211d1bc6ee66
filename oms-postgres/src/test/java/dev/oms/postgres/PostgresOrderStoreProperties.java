// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.event.PlacementEvent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.StoredOrder;
import dev.oms.testkit.OmsArbitraries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is appended comes back from the database unchanged, in append order, with its versions. */
class PostgresOrderStoreProperties {

    @Property(tries = 60)
    void appendedCommitsLoadBackUnchanged(@ForAll("placements") PlacementEvent.OrderPlaced placed,
            @ForAll("followUps") List<OrderCommit> followUps) {
        var store = new PostgresOrderStore(TestDatabase.reset());
        List<OrderCommit> appended = new ArrayList<>();
        appended.add(new OrderCommit("place", Instant.parse("2026-01-01T00:00:00.000000001Z"), List.of(placed)));
        appended.addAll(followUps);

        for (int i = 0; i < appended.size(); i++) {
            assertThat(store.append(i, appended.get(i), TestSummaries.after(placed.orderId(), placed.channel(), placed.externalId(), i)))
                    .isEqualTo(new AppendResult.Appended(i + 1));
        }

        StoredOrder loaded = store.load(placed.orderId()).get();
        assertThat(loaded.commits()).containsExactlyElementsOf(appended);
        assertThat(store.findByChannelOrder(placed.channel(), placed.externalId())).contains(placed.orderId());
    }

    @Provide
    Arbitrary<PlacementEvent.OrderPlaced> placements() {
        return OmsArbitraries.orderPlacements();
    }

    @Provide
    Arbitrary<List<OrderCommit>> followUps() {
        return Combinators.combine(OmsArbitraries.text(), OmsArbitraries.instants(),
                OmsArbitraries.orderEvents().list().ofMinSize(1).ofMaxSize(4)).as(OrderCommit::new).list().ofMaxSize(4);
    }
}
