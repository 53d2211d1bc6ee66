// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Lookups by host text that a store cannot hold (NUL, a lone surrogate, a megabyte) answer "unknown" on
 * PostgreSQL as in memory, instead of a {@link StorageException}: no such id was ever stored.
 */
class HostileLookupsTest {
    private static final String NUL = "ORD-\u0000";
    private static final String LONE_SURROGATE = "SKU-\uD800";
    private static final String MEGABYTE = "X".repeat(1 << 20);

    private final OrderManagement oms;

    HostileLookupsTest() {
        var dataSource = TestDatabase.reset();
        var adapters = InMemoryAdapters.create();
        oms = OrderManagement.builder()
                .ports(adapters.ports(Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC)))
                .orders(new PostgresOrderStore(dataSource))
                .inventory(new PostgresInventoryStore(dataSource))
                .holds(new PostgresHoldStore(dataSource))
                .build();
    }

    @Test
    void findingAndResumingAnOrderByAnIdNoStoreCanHoldAnswersNone() {
        for (String id : new String[] {NUL, LONE_SURROGATE, MEGABYTE}) {
            assertThat(oms.queries().find(OrderId.of(id))).isEmpty();
            assertThat(oms.recovery().resume(OrderId.of(id))).isEmpty();
        }
    }

    @Test
    void availabilityOfASkuNoStoreCanHoldIsNothing() {
        for (String sku : new String[] {NUL, LONE_SURROGATE, MEGABYTE}) {
            assertThat(oms.storefront().availableToPromise(Sku.of(sku)).total()).isZero();
            assertThat(oms.inbound().releaseDateMoved(Sku.of(sku)).getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_SKU);
        }
    }

    @Test
    void releasingAHoldByAnIdNoStoreCanHoldIsAnUnknownHold() {
        for (String id : new String[] {NUL, LONE_SURROGATE, MEGABYTE}) {
            assertThat(oms.storefront().releaseHold(HoldId.of(id)).getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_HOLD);
        }
    }
}
