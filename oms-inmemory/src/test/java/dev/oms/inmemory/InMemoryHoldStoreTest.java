// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InMemoryHoldStoreTest {
    private static final Instant NOON = Instant.parse("2026-03-01T12:00:00Z");
    private final InMemoryHoldStore store = new InMemoryHoldStore();

    private static Hold hold(String id, Duration ttl) {
        return Hold.active(HoldId.of(id), List.of(new StockMovement(Sku.of("A"), LocationId.of("WH-1"), 2)), "hold:" + id, NOON, NOON.plus(ttl));
    }

    @Test
    void creatingAnIdTwiceKeepsTheFirstHold() {
        Hold first = store.create(hold("cart-1", Duration.ofMinutes(5)));
        Hold second = store.create(hold("cart-1", Duration.ofMinutes(50)));

        assertThat(second).isEqualTo(first);
        assertThat(store.holds()).containsExactly(first);
        assertThat(store.find(HoldId.of("cart-2"))).isEmpty();
    }

    @Test
    void anActiveHoldEndsOnceAndNamesItsOrderOnlyWhenConsumed() {
        store.create(hold("cart-1", Duration.ofMinutes(5)));

        assertThat(store.end(HoldId.of("cart-1"), HoldState.CONSUMED, Optional.of("web:W-1")).get().consumedBy()).contains("web:W-1");
        assertThat(store.end(HoldId.of("cart-1"), HoldState.EXPIRED, Optional.empty())).isEmpty();
        assertThat(store.end(HoldId.of("unknown"), HoldState.RELEASED, Optional.empty())).isEmpty();
        assertThat(store.find(HoldId.of("cart-1")).get().state()).isEqualTo(HoldState.CONSUMED);
        assertThatThrownBy(() -> store.end(HoldId.of("cart-1"), HoldState.ACTIVE, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiredByListsActiveHoldsWhoseTimeRanOutSoonestFirst() {
        store.create(hold("late", Duration.ofMinutes(10)));
        store.create(hold("early", Duration.ofMinutes(5)));
        store.create(hold("gone", Duration.ofMinutes(1)));
        store.end(HoldId.of("gone"), HoldState.RELEASED, Optional.empty());

        assertThat(store.expiredBy(NOON.plus(Duration.ofMinutes(4)))).isEmpty();
        assertThat(store.expiredBy(NOON.plus(Duration.ofMinutes(5)))).extracting(Hold::id).containsExactly(HoldId.of("early"));
        assertThat(store.expiredBy(NOON.plus(Duration.ofHours(1)))).extracting(Hold::id)
                .containsExactly(HoldId.of("early"), HoldId.of("late"));
    }

    @Test
    void ofConcurrentCallersEndingOneHoldExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 50; round++) {
                HoldId id = HoldId.of("cart-" + round);
                store.create(hold(id.value(), Duration.ofMinutes(5)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Optional<Hold>>> calls = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    HoldState state = t % 2 == 0 ? HoldState.EXPIRED : HoldState.CONSUMED;
                    Optional<String> by = state == HoldState.CONSUMED ? Optional.of("web:" + t) : Optional.empty();
                    calls.add(pool.submit(() -> {
                        start.await();
                        return store.end(id, state, by);
                    }));
                }
                start.countDown();
                long winners = 0;
                for (Future<Optional<Hold>> call : calls) {
                    winners += call.get(10, TimeUnit.SECONDS).isPresent() ? 1 : 0;
                }
                assertThat(winners).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyTheConsumingOrderReopensAConsumedHold() {
        InMemoryHoldStore store = new InMemoryHoldStore();
        store.create(Hold.active(HoldId.of("cart-1"), List.of(new StockMovement(Sku.of("SHOE"), LocationId.of("WH-1"), 2)), "hold:cart-1",
                Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T10:15:00Z")));
        store.end(HoldId.of("cart-1"), HoldState.CONSUMED, Optional.of("ORD-1"));

        assertThat(store.reopen(HoldId.of("cart-1"), "ORD-2")).isEmpty();
        assertThat(store.reopen(HoldId.of("cart-1"), "ORD-1")).get().extracting(Hold::state).isEqualTo(HoldState.ACTIVE);
        assertThat(store.reopen(HoldId.of("cart-1"), "ORD-1")).as("reopening twice").isEmpty();
        assertThat(store.reopen(HoldId.of("nobody"), "ORD-1")).isEmpty();
    }
}
