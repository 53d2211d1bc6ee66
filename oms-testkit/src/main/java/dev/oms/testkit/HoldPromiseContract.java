// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.availability.PromisedUnits;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link HoldStore} contract for the units a hold promises without stock, as tests. An adapter's test
 * class extends this and returns a fresh, empty store from {@link #emptyStore()}. What matters: a hold's
 * promised units are stored whole, and {@link HoldStore#livePromising} answers exactly the holds live at the
 * instant asked that promise the SKU, oldest placement first, however they were created, changed, ended or
 * reopened since.
 */
public abstract class HoldPromiseContract {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Sku BOOK = Sku.of("BOOK");
    private static final Sku BOOT = Sku.of("BOOT");
    private static final PromisedUnits BOOK_PREORDERED = new PromisedUnits(BOOK, Bucket.PREORDERED, Channel.WEB, Optional.empty(), 2);
    private static final PromisedUnits BOOT_AT_WH1 =
            new PromisedUnits(BOOT, Bucket.BACKORDERED, Channel.STORE, Optional.of(LocationId.of("WH-1")), 3);
    private static final PromisedUnits BOOT_ANYWHERE = new PromisedUnits(BOOT, Bucket.BACKORDERED, Channel.WEB, Optional.empty(), 1);

    private HoldStore store;

    /** Creates the contract; an adapter's test class extends it. */
    protected HoldPromiseContract() {}

    /** {@return a fresh store of the adapter under test, with no holds; called before every test} */
    protected abstract HoldStore emptyStore();

    @BeforeEach
    void freshStore() {
        store = emptyStore();
    }

    @Test
    void aHoldThatOnlyPromisesUnitsComesBackUnchanged() {
        Hold hold = promising("cart-1", NOW, 15, BOOK_PREORDERED, BOOT_AT_WH1, BOOT_ANYWHERE);

        assertThat(store.create(hold)).isEqualTo(hold);
        assertThat(store.find(hold.id())).contains(hold);
        assertThat(store.find(hold.id()).get().promised()).containsExactly(BOOK_PREORDERED, BOOT_AT_WH1, BOOT_ANYWHERE);
        assertThat(store.find(hold.id()).get().movements()).isEmpty();
    }

    @Test
    void aHoldHoldingAndPromisingUnitsKeepsBoth() {
        Hold hold = Hold.active(HoldId.of("cart-1"), List.of(new StockMovement(Sku.of("SHOE"), LocationId.of("WH-1"), 2)),
                List.of(BOOT_AT_WH1), "hold:cart-1", NOW, NOW.plus(Duration.ofMinutes(15)));

        assertThat(store.create(hold)).isEqualTo(hold);
        assertThat(store.find(hold.id())).contains(hold);
        assertThat(store.livePromising(BOOT, NOW)).containsExactly(hold);
        assertThat(store.livePromising(Sku.of("SHOE"), NOW)).as("held, not promised").isEmpty();
    }

    @Test
    void livePromisingListsTheLiveHoldsPromisingTheSkuOldestPlacementFirst() {
        // Placements a fraction of a second apart: their ISO text does not sort as they do.
        Hold newest = store.create(promising("newest", NOW.plusSeconds(1), 30, BOOT_ANYWHERE));
        Hold middle = store.create(promising("middle", NOW.plusMillis(500), 30, BOOT_AT_WH1, BOOT_ANYWHERE));
        Hold oldestB = store.create(promising("oldest-b", NOW, 30, BOOT_AT_WH1));
        Hold oldestA = store.create(promising("oldest-a", NOW, 30, BOOK_PREORDERED, BOOT_AT_WH1));
        store.create(promising("book-only", NOW, 30, BOOK_PREORDERED));
        store.create(promising("ran-out", NOW.minus(Duration.ofMinutes(20)), 10, BOOT_ANYWHERE));
        store.create(Hold.active(HoldId.of("holds-boots"), List.of(new StockMovement(BOOT, LocationId.of("WH-1"), 1)),
                "hold:holds-boots", NOW, NOW.plus(Duration.ofMinutes(30))));
        for (String ended : List.of("consumed", "released", "expired")) {
            store.create(promising(ended, NOW, 30, BOOT_ANYWHERE));
        }
        store.end(HoldId.of("consumed"), HoldState.CONSUMED, Optional.of("ORD-1"));
        store.end(HoldId.of("released"), HoldState.RELEASED, Optional.empty());
        store.end(HoldId.of("expired"), HoldState.EXPIRED, Optional.empty());
        assertThat(store.create(promising("newest", NOW, 30, BOOK_PREORDERED))).as("an id that exists").isEqualTo(newest);

        Instant at = NOW.plus(Duration.ofMinutes(5));
        assertThat(store.livePromising(BOOT, at)).containsExactly(oldestA, oldestB, middle, newest);
        assertThat(store.livePromising(BOOK, at)).extracting(Hold::id).containsExactly(HoldId.of("book-only"), HoldId.of("oldest-a"));
        assertThat(store.livePromising(Sku.of("SHOE"), at)).isEmpty();
    }

    @Test
    void aChangeThatAddsOrDropsAPromisedSkuIsWhatLivePromisingSees() {
        Hold first = store.create(promising("cart-1", NOW, 15, BOOK_PREORDERED));
        Hold boots = first.changed(List.of(), List.of(BOOT_AT_WH1), "hold:cart-1:K2", first.expiresAt(), List.of(), "change-1");

        assertThat(store.change(first.id(), first.reservationKey(), boots)).contains(boots);
        assertThat(store.livePromising(BOOK, NOW)).isEmpty();
        assertThat(store.livePromising(BOOT, NOW)).containsExactly(boots);
        assertThat(store.find(first.id())).contains(boots);

        Hold both = boots.changed(List.of(new StockMovement(BOOT, LocationId.of("WH-2"), 1)), List.of(BOOT_AT_WH1, BOOK_PREORDERED),
                "hold:cart-1:K3", boots.expiresAt(), List.of(), "change-2");
        assertThat(store.change(first.id(), boots.reservationKey(), both)).contains(both);
        assertThat(store.livePromising(BOOK, NOW)).containsExactly(both);
        assertThat(store.livePromising(BOOT, NOW)).containsExactly(both);

        Hold heldOnly = both.changed(both.movements(), List.of(), "hold:cart-1:K4", both.expiresAt(), List.of(), "change-3");
        assertThat(store.change(first.id(), both.reservationKey(), heldOnly)).contains(heldOnly);
        assertThat(store.livePromising(BOOK, NOW)).isEmpty();
        assertThat(store.livePromising(BOOT, NOW)).isEmpty();
        assertThat(store.find(first.id()).get().promised()).isEmpty();
    }

    @Test
    void aChangeThatLosesItsCompareChangesNoPromise() {
        Hold first = store.create(promising("cart-1", NOW, 15, BOOK_PREORDERED));
        Hold stale = first.changed(List.of(), List.of(BOOT_ANYWHERE), "hold:cart-1:K2", first.expiresAt(), List.of(), "change-1");

        assertThat(store.change(first.id(), "hold:cart-1:gone", stale)).isEmpty();
        assertThat(store.livePromising(BOOK, NOW)).containsExactly(first);
        assertThat(store.livePromising(BOOT, NOW)).isEmpty();
    }

    @Test
    void aReopenedHoldPromisesAgain() {
        Hold hold = store.create(promising("cart-1", NOW, 15, BOOT_AT_WH1));
        store.end(hold.id(), HoldState.CONSUMED, Optional.of("ORD-1"));
        assertThat(store.livePromising(BOOT, NOW)).isEmpty();

        Hold reopened = store.reopen(hold.id(), "ORD-1").orElseThrow();

        assertThat(reopened.promised()).containsExactly(BOOT_AT_WH1);
        assertThat(store.livePromising(BOOT, NOW)).containsExactly(reopened);
    }

    @Test
    void aHoldIsNoLongerLiveAtTheInstantItsTimeRunsOut() {
        Hold hold = store.create(promising("cart-1", NOW, 15, BOOK_PREORDERED));
        Instant expiry = hold.expiresAt();

        assertThat(store.livePromising(BOOK, expiry.minusNanos(1))).containsExactly(hold);
        assertThat(store.livePromising(BOOK, expiry)).isEmpty();
        assertThat(store.livePromising(BOOK, expiry.plusNanos(1))).isEmpty();
        assertThat(store.find(hold.id()).get().state()).as("still active until it is expired").isEqualTo(HoldState.ACTIVE);
    }

    @Test
    void expiriesAreComparedToTheNanosecond() {
        Instant expiry = NOW.plus(Duration.ofMinutes(15)).plusNanos(123_456_789);
        Hold hold = store.create(Hold.active(HoldId.of("cart-1"), List.of(), List.of(BOOT_ANYWHERE), "hold:cart-1",
                NOW.plusNanos(987_654_321), expiry));

        assertThat(store.find(hold.id())).contains(hold);
        assertThat(store.livePromising(BOOT, expiry.minusNanos(1))).containsExactly(hold);
        assertThat(store.livePromising(BOOT, expiry)).isEmpty();
    }

    /** An active hold that only promises {@code promised}, placed at {@code placedAt}, expiring {@code minutes} later. */
    private static Hold promising(String id, Instant placedAt, long minutes, PromisedUnits... promised) {
        return Hold.active(HoldId.of(id), List.of(), List.of(promised), "hold:" + id, placedAt, placedAt.plus(Duration.ofMinutes(minutes)));
    }
}
