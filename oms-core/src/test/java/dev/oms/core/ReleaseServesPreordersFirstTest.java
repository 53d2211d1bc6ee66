// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A release serves the queue in order, pre-orders first, even when backorders wait at the location holding the
 * stock: only a receipt at a location serves the units waiting there first. Before, every fill served those
 * backorders first, so at a release a backorder beyond the pre-order cap took the unit the pre-order was owed
 * (found by HostRoutingRuleProperties, whose host rule sends the pre-orders to that same warehouse).
 */
class ReleaseServesPreordersFirstTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Instant RELEASE = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void aBackorderWaitingAtTheWarehouseDoesNotTakeTheUnitAPreorderAheadOfItIsOwed() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perLocation((sku, location, channel) ->
                location.equals(EAST) ? Option.some(BackorderTerms.allowedWithoutLimit()) : Option.none()))
                .announced("BOOK", RELEASE, OptionalLong.of(1));
        Order preorder = shop.oms.orders().place(order("P-1", line("BOOK", 1, "EUR 20.00"))).get();
        Order backorder = shop.oms.orders().place(order("B-1", line("BOOK", 1, "EUR 20.00"))).get();
        assertThat(preorder.line(L1).get().count(Bucket.PREORDERED)).isEqualTo(1);
        assertThat(backorder.line(L1).get().count(Bucket.BACKORDERED)).as("beyond the cap, waiting at east").isEqualTo(1);
        shop.adapters.inventory().setStock(Sku.of("BOOK"), EAST, 1, "E-BOOK");
        shop.clock.set(RELEASE);

        shop.oms.inbound().release(Sku.of("BOOK"), "launch").get();

        assertThat(shop.order(preorder.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(shop.order(backorder.id()).line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
    }
}
