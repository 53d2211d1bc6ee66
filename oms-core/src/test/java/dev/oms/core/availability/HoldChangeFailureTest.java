// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import static dev.oms.core.availability.Checkout.EAST;
import static dev.oms.core.availability.Checkout.SHOE;
import static dev.oms.core.availability.Checkout.WEST;
import static dev.oms.core.availability.Checkout.hold;
import static dev.oms.core.availability.Checkout.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.core.application.OrderManagement;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.inventory.StockMovement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A hold store that fails while a change is stored, before or after it took effect: the units stay with
 * exactly one owner, the increase given back when the change was not stored, the decrease given back by
 * the next call that touches the hold when it was.
 */
class HoldChangeFailureTest {
    private static final Duration TTL = Duration.ofMinutes(15);
    private final Checkout shop = new Checkout(3, 5, 0);
    private final FailingChanges store = new FailingChanges(shop.adapters.holds());
    private final OrderManagement oms = OrderManagement.builder().ports(shop.adapters.ports(shop.clock)).holds(store).build();

    @Test
    void aChangeTheStoreRefusedToStoreGivesItsIncreaseBack() {
        oms.storefront().placeHold(hold("cart-1", TTL, units(SHOE, 2))).get();
        store.failBefore = true;

        assertThatThrownBy(() -> oms.storefront().changeHold("c-1", hold("cart-1", TTL, units(SHOE, 6))))
                .isInstanceOf(IllegalStateException.class);

        assertThat(reserved()).isEqualTo(2);
        assertThat(store.find(HoldId.of("cart-1")).get().movements()).extracting(StockMovement::quantity).containsExactly(2L);
    }

    @Test
    void aChangeStoredWhoseAnswerWasLostIsFinishedByItsRetryAndItsUnitsAreTheHolds() {
        oms.storefront().placeHold(hold("cart-1", TTL, units(SHOE, 6))).get();
        store.failAfter = true;

        assertThatThrownBy(() -> oms.storefront().changeHold("c-1", hold("cart-1", TTL, units(SHOE, 2))))
                .isInstanceOf(IllegalStateException.class);
        Hold stored = store.find(HoldId.of("cart-1")).get();
        assertThat(stored.givenUp()).as("still reserved, still the hold's").isNotEmpty();
        assertThat(reserved()).isEqualTo(6);

        Hold retried = oms.storefront().changeHold("c-1", hold("cart-1", TTL, units(SHOE, 2))).get();

        assertThat(retried.givenUp()).isEmpty();
        assertThat(reserved()).isEqualTo(2);
        assertThat(oms.storefront().releaseHold(HoldId.of("cart-1")).get().state()).isEqualTo(HoldState.RELEASED);
        assertThat(reserved()).isZero();
    }

    @Test
    void aDecreaseLeftOwingIsGivenBackWhenTheHoldEnds() {
        oms.storefront().placeHold(hold("cart-1", TTL, units(SHOE, 6))).get();
        store.failAfter = true;
        assertThatThrownBy(() -> oms.storefront().changeHold("c-1", hold("cart-1", TTL, units(SHOE, 1))))
                .isInstanceOf(IllegalStateException.class);

        shop.clock.advance(TTL);

        assertThat(oms.storefront().expireHolds()).isEqualTo(1);
        assertThat(reserved()).isZero();
    }

    private long reserved() {
        return shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST);
    }

    /** Fails the next change once: before storing it, or after. */
    private static final class FailingChanges implements HoldStore {
        private final HoldStore real;
        boolean failBefore;
        boolean failAfter;

        FailingChanges(HoldStore real) {
            this.real = real;
        }

        @Override
        public Optional<Hold> change(HoldId id, String expectedReservationKey, Hold changed) {
            if (failBefore) {
                failBefore = false;
                throw new IllegalStateException("store down");
            }
            Optional<Hold> answer = real.change(id, expectedReservationKey, changed);
            if (failAfter) {
                failAfter = false;
                throw new IllegalStateException("answer lost");
            }
            return answer;
        }

        @Override
        public Hold create(Hold hold) {
            return real.create(hold);
        }

        @Override
        public Optional<Hold> find(HoldId id) {
            return real.find(id);
        }

        @Override
        public Optional<Hold> end(HoldId id, HoldState state, Optional<String> consumedBy) {
            return real.end(id, state, consumedBy);
        }

        @Override
        public Optional<Hold> reopen(HoldId id, String consumedBy) {
            return real.reopen(id, consumedBy);
        }

        @Override
        public void givenUpReturned(HoldId id, String reservationKey) {
            real.givenUpReturned(id, reservationKey);
        }

        @Override
        public List<Hold> expiredBy(Instant now) {
            return real.expiredBy(now);
        }

        @Override
        public List<Hold> livePromising(dev.oms.spi.value.Sku sku, Instant now) {
            return real.livePromising(sku, now);
        }

        @Override
        public List<Hold> owingStock() {
            return real.owingStock();
        }

        @Override
        public void stockReturned(HoldId id) {
            real.stockReturned(id);
        }
    }
}
