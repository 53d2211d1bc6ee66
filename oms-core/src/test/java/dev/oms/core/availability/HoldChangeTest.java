// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import static dev.oms.core.availability.Checkout.EAST;
import static dev.oms.core.availability.Checkout.SHOE;
import static dev.oms.core.availability.Checkout.SOCK;
import static dev.oms.core.availability.Checkout.WEST;
import static dev.oms.core.availability.Checkout.hold;
import static dev.oms.core.availability.Checkout.order;
import static dev.oms.core.availability.Checkout.units;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.event.Bucket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Changing a live checkout hold's quantities: the increase reserved, the decrease given back, all or nothing, once per key. */
class HoldChangeTest {
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private final Checkout shop = new Checkout(3, 5, 2);

    @Test
    void anIncreaseIsReservedWhereTheHoldRoutingTakesIt() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2))).get();

        Hold changed = shop.oms.storefront().changeHold("c-1", hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 5))).get();

        assertThat(changed.movements()).as("the three added whole from the one location that has them")
                .extracting(m -> m.locationId() + "x" + m.quantity()).containsExactly("WH-EASTx2", "WH-WESTx3");
        assertThat(changed.givenUp()).isEmpty();
        assertThat(shop.reserved(SHOE, EAST)).isEqualTo(2);
        assertThat(shop.reserved(SHOE, WEST)).isEqualTo(3);
        assertThat(shop.oms.storefront().availableToPromise(SHOE).total()).isEqualTo(3);
    }

    @Test
    void aDecreaseIsGivenBackFromTheLeastPreferredLocationsFirstAndASkuLeftOutWhole() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 6), units(SOCK, 2))).get();

        Hold changed = shop.oms.storefront().changeHold("c-1", hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2))).get();

        assertThat(changed.movements()).extracting(m -> m.sku() + "@" + m.locationId() + "x" + m.quantity())
                .containsExactly("SHOE@WH-EASTx2");
        assertThat(shop.reserved(SHOE, EAST)).isEqualTo(2);
        assertThat(shop.reserved(SHOE, WEST)).isZero();
        assertThat(shop.reserved(SOCK, WEST)).isZero();
        assertThat(shop.adapters.holds().find(HoldId.of("cart-1")).get().givenUp()).as("their return is recorded").isEmpty();
    }

    @Test
    void anIncreaseBeyondTheStockIsRefusedAndTheHoldStaysAsItWas() {
        Hold placed = shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2))).get();

        assertThat(shop.oms.storefront().changeHold("c-1", hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 9), units(SOCK, 1)))
                .getLeft().codes()).containsExactly(ProblemCode.INSUFFICIENT_STOCK);

        assertThat(shop.adapters.holds().find(HoldId.of("cart-1"))).contains(placed);
        assertThat(shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST)).isEqualTo(2);
        assertThat(shop.reserved(SOCK, WEST)).isZero();
    }

    @Test
    void aChangeIsAppliedOncePerKeyAndTheKeyCannotBeReusedForOtherUnits() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2))).get();
        Hold first = shop.oms.storefront().changeHold("c-1", hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 4))).get();
        shop.oms.storefront().changeHold("c-2", hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 1))).get();

        Hold replayed = shop.oms.storefront().changeHold("c-1", hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 4))).get();

        assertThat(replayed.movements()).as("the replay changes nothing: the later change stands")
                .extracting(m -> m.quantity()).containsExactly(1L);
        assertThat(first.movements()).extracting(m -> m.quantity()).containsExactly(2L, 2L);
        assertThat(shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST)).isEqualTo(1);
        assertThat(shop.oms.storefront().changeHold("c-1", hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 5))).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST)).isEqualTo(1);
    }

    @Test
    void aChangeRenewsTheTimeToLiveAndTheOrderTakesTheChangedUnitsOver() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 1))).get();
        shop.clock.advance(Duration.ofMinutes(10));
        Hold changed = shop.oms.storefront().changeHold("c-1", hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 4))).get();
        assertThat(changed.expiresAt()).isEqualTo(shop.clock.instant().plus(FIFTEEN_MINUTES));
        shop.clock.advance(Duration.ofMinutes(10));

        assertThat(shop.oms.orders().place(order("W-1", "cart-1", 5)).getLeft().codes()).containsExactly(ProblemCode.HOLD_MISMATCH);
        Order order = shop.oms.orders().place(order("W-2", "cart-1", 4)).get();

        assertThat(order.units(Bucket.ALLOCATED)).isEqualTo(4);
        assertThat(shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST)).isEqualTo(4);
        assertThat(shop.adapters.holds().find(HoldId.of("cart-1")).get().state()).isEqualTo(HoldState.CONSUMED);
    }

    @Test
    void onlyALiveKnownHoldChangesAndABadChangeNamesEveryProblem() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 1))).get();
        shop.oms.storefront().releaseHold(HoldId.of("cart-1")).get();

        assertThat(shop.oms.storefront().changeHold("c-1", hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2))).getLeft().codes())
                .containsExactly(ProblemCode.HOLD_NOT_ACTIVE);
        assertThat(shop.oms.storefront().changeHold("c-1", hold("cart-9", FIFTEEN_MINUTES, units(SHOE, 2))).getLeft().codes())
                .containsExactly(ProblemCode.UNKNOWN_HOLD);
        assertThat(shop.oms.storefront().changeHold("k\u0000", hold("cart-1", Duration.ZERO, units(SHOE, 0))).getLeft().codes())
                .containsExactly(ProblemCode.TEXT_NOT_ALLOWED, ProblemCode.QUANTITY_NOT_POSITIVE, ProblemCode.HOLD_TIME_OUT_OF_RANGE);
        assertThat(shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST)).isZero();
    }
}
