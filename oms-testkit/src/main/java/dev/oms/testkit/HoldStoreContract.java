// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link HoldStore} contract as tests. An adapter's test class extends this and returns a fresh, empty
 * store from {@link #emptyStore()}. What matters most: ending, reopening and changing a hold are
 * compare-and-sets, so of racing placements, changes, releases and expiries exactly one wins, and only the
 * order that consumed a hold can undo that.
 */
public abstract class HoldStoreContract {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final HoldId CART = HoldId.of("cart-1");
    /** Racers per concurrency test; an adapter may lower it for a small connection pool. */
    protected int racers = 8;

    private HoldStore store;

    /** {@return a fresh store of the adapter under test, with no holds; called before every test} */
    protected abstract HoldStore emptyStore();

    @BeforeEach
    void freshStore() {
        store = emptyStore();
    }

    @Test
    void aCreatedHoldComesBackUnchanged() {
        Hold hold = hold(CART, 15);

        assertThat(store.create(hold)).isEqualTo(hold);
        assertThat(store.find(CART)).contains(hold);
        assertThat(store.find(HoldId.of("unknown"))).isEmpty();
    }

    @Test
    void creatingAnIdThatExistsAnswersTheStoredHold() {
        Hold first = hold(CART, 15);
        store.create(first);

        assertThat(store.create(hold(CART, 30))).isEqualTo(first);
        assertThat(store.find(CART)).contains(first);
    }

    @Test
    void endingAnActiveHoldIsAOneTimeCompareAndSet() {
        store.create(hold(CART, 15));

        assertThat(store.end(CART, HoldState.CONSUMED, Optional.of("ORD-1")))
                .hasValueSatisfying(h -> assertThat(h.consumedBy()).contains("ORD-1"));
        assertThat(store.end(CART, HoldState.RELEASED, Optional.empty())).isEmpty();
        assertThat(store.end(HoldId.of("unknown"), HoldState.EXPIRED, Optional.empty())).isEmpty();
        assertThat(store.find(CART).get().state()).isEqualTo(HoldState.CONSUMED);
    }

    @Test
    void ofRacingCallersEndingOneHoldExactlyOneWins() {
        store.create(hold(CART, 15));

        List<Boolean> won = Race.run(racers, racer -> racer % 2 == 0
                ? store.end(CART, HoldState.CONSUMED, Optional.of("ORD-" + racer)).isPresent()
                : store.end(CART, HoldState.RELEASED, Optional.empty()).isPresent());

        assertThat(won).filteredOn(w -> w).hasSize(1);
    }

    @Test
    void onlyTheConsumingOrderReopensAHoldAndOnlyOnce() {
        store.create(hold(CART, 15));
        store.end(CART, HoldState.CONSUMED, Optional.of("ORD-1"));

        assertThat(store.reopen(CART, "ORD-2")).isEmpty();
        Optional<Hold> reopened = store.reopen(CART, "ORD-1");
        assertThat(reopened).hasValueSatisfying(h -> {
            assertThat(h.state()).isEqualTo(HoldState.ACTIVE);
            assertThat(h.consumedBy()).isEmpty();
        });
        assertThat(store.reopen(CART, "ORD-1")).isEmpty();
        assertThat(store.find(CART)).isEqualTo(reopened);
        assertThat(store.reopen(HoldId.of("unknown"), "ORD-1")).isEmpty();
    }

    @Test
    void releasedAndExpiredHoldsCannotBeReopened() {
        store.create(hold(CART, 15));
        store.end(CART, HoldState.RELEASED, Optional.empty());

        assertThat(store.reopen(CART, "ORD-1")).isEmpty();
        assertThat(store.find(CART).get().state()).isEqualTo(HoldState.RELEASED);
    }

    @Test
    void expiredByListsActiveHoldsWhoseTimeRanOutOldestExpiryFirst() {
        store.create(hold(HoldId.of("late"), 30));
        store.create(hold(HoldId.of("early"), 10));
        store.create(hold(HoldId.of("live"), 60));
        store.create(hold(HoldId.of("consumed"), 5));
        store.end(HoldId.of("consumed"), HoldState.CONSUMED, Optional.of("ORD-1"));

        assertThat(store.expiredBy(NOW.plus(Duration.ofMinutes(30)))).extracting(Hold::id)
                .containsExactly(HoldId.of("early"), HoldId.of("late"));
        assertThat(store.expiredBy(NOW.plus(Duration.ofMinutes(9)))).isEmpty();
    }

    @Test
    void releasedAndExpiredHoldsOweTheirStockUntilItIsReturned() {
        store.create(hold(HoldId.of("released"), 20));
        store.create(hold(HoldId.of("expired"), 10));
        store.create(hold(HoldId.of("consumed"), 5));
        store.create(hold(HoldId.of("active"), 5));
        store.end(HoldId.of("released"), HoldState.RELEASED, Optional.empty());
        store.end(HoldId.of("expired"), HoldState.EXPIRED, Optional.empty());
        store.end(HoldId.of("consumed"), HoldState.CONSUMED, Optional.of("ORD-1"));

        assertThat(store.owingStock()).extracting(Hold::id).containsExactly(HoldId.of("expired"), HoldId.of("released"));

        store.stockReturned(HoldId.of("expired"));
        store.stockReturned(HoldId.of("expired"));
        store.stockReturned(HoldId.of("active"));
        assertThat(store.owingStock()).extracting(Hold::id).containsExactly(HoldId.of("released"));
        assertThat(store.find(HoldId.of("active")).get().state()).isEqualTo(HoldState.ACTIVE);
    }

    @Test
    void aChangeReplacesTheVersionItWasWorkedOutFromAndComesBackWithEverything() {
        Hold first = store.create(hold(CART, 15));
        Hold changed = changed(first, "K-2", 3, "change-1\tSHOE=3");

        assertThat(store.change(CART, first.reservationKey(), changed)).contains(changed);
        assertThat(store.find(CART)).contains(changed);
        assertThat(store.find(CART).get().givenUp()).containsExactly(new StockMovement(Sku.of("SOCK"), LocationId.of("WH-2"), 1));
        assertThat(store.find(CART).get().changes()).containsExactly("change-1\tSHOE=3");
        assertThat(store.change(CART, first.reservationKey(), changed(first, "K-3", 4, "change-2\tSHOE=4")))
                .as("worked out from a version that is gone").isEmpty();
        Hold unknown = hold(HoldId.of("unknown"), 15);
        assertThat(store.change(unknown.id(), unknown.reservationKey(), changed(unknown, "K-3", 4, "x"))).isEmpty();
        assertThat(store.find(unknown.id())).isEmpty();
        assertThat(store.find(CART)).contains(changed);
    }

    @Test
    void anEndedHoldCannotBeChangedAndEndsAsItsLatestVersion() {
        Hold first = store.create(hold(CART, 15));
        Hold changed = store.change(CART, first.reservationKey(), changed(first, "K-2", 3, "change-1\tSHOE=3")).get();

        assertThat(store.end(CART, HoldState.RELEASED, Optional.empty())).hasValueSatisfying(h -> {
            assertThat(h.movements()).isEqualTo(changed.movements());
            assertThat(h.givenUp()).isEqualTo(changed.givenUp());
        });
        assertThat(store.change(CART, changed.reservationKey(), changed(changed, "K-3", 4, "change-2\tSHOE=4"))).isEmpty();
        assertThat(store.find(CART).get().movements()).isEqualTo(changed.movements());
    }

    @Test
    void unitsGivenUpAreClearedOnlyForTheChangeThatGaveThemUp() {
        Hold first = store.create(hold(CART, 15));
        Hold changed = store.change(CART, first.reservationKey(), changed(first, "K-2", 3, "change-1\tSHOE=3")).get();

        store.givenUpReturned(CART, first.reservationKey());
        assertThat(store.find(CART).get().givenUp()).hasSize(1);
        store.givenUpReturned(CART, changed.reservationKey());
        store.givenUpReturned(CART, changed.reservationKey());
        store.givenUpReturned(HoldId.of("unknown"), changed.reservationKey());
        assertThat(store.find(CART).get().givenUp()).isEmpty();
        assertThat(store.find(CART).get().movements()).isEqualTo(changed.movements());
        assertThat(store.find(CART).get().changes()).containsExactly("change-1\tSHOE=3");
    }

    @Test
    void ofRacingChangesOfOneVersionExactlyOneWins() {
        Hold first = store.create(hold(CART, 15));

        List<Boolean> won = Race.run(racers, racer ->
                store.change(CART, first.reservationKey(), changed(first, "K-" + racer, racer + 1, "c-" + racer)).isPresent());

        assertThat(won).filteredOn(w -> w).hasSize(1);
        assertThat(store.find(CART).get().changes()).hasSize(1);
    }

    /** The hold holding {@code shoes} shoes at WH-1 and no sock, the sock given up, expiring an hour later. */
    private static Hold changed(Hold hold, String key, long shoes, String change) {
        return hold.changed(List.of(new StockMovement(Sku.of("SHOE"), LocationId.of("WH-1"), shoes)), "hold:" + hold.id() + ":" + key,
                hold.expiresAt().plus(Duration.ofHours(1)), List.of(new StockMovement(Sku.of("SOCK"), LocationId.of("WH-2"), 1)), change);
    }

    private static Hold hold(HoldId id, long minutes) {
        return Hold.active(id, List.of(new StockMovement(Sku.of("SHOE"), LocationId.of("WH-1"), 2),
                new StockMovement(Sku.of("SOCK"), LocationId.of("WH-2"), 1)), "hold:" + id + ":K" + minutes, NOW, NOW.plus(Duration.ofMinutes(minutes)));
    }
}
