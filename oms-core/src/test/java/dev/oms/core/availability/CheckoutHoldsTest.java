// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.core.application.OrderManagement;
import dev.oms.spi.order.Page;
import static dev.oms.core.availability.Checkout.EAST;
import static dev.oms.core.availability.Checkout.PAUSED;
import static dev.oms.core.availability.Checkout.SHOE;
import static dev.oms.core.availability.Checkout.SOCK;
import static dev.oms.core.availability.Checkout.WEST;
import static dev.oms.core.availability.Checkout.hold;
import static dev.oms.core.availability.Checkout.order;
import static dev.oms.core.availability.Checkout.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.core.TestShop;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LineId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Availability to promise and checkout holds through the facade, on the in-memory adapters. */
class CheckoutHoldsTest {
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private final Checkout shop = new Checkout(3, 5, 2);

    @Test
    void availableToPromiseIsPerLocationAndInTotalOverActiveLocations() {
        shop.oms.orders().place(order("W-1", null, 2)).get();

        AvailableToPromise shoes = shop.oms.storefront().availableToPromise(SHOE);
        assertThat(shoes.availableAt(EAST)).isEqualTo(1);
        assertThat(shoes.availableAt(WEST)).isEqualTo(5);
        assertThat(shoes.at(PAUSED).get().available()).isEqualTo(7);
        assertThat(shoes.availableAt(PAUSED)).isZero();
        assertThat(shoes.total()).isEqualTo(6);
        assertThat(shop.oms.storefront().availableToPromise(dev.oms.spi.value.Sku.of("NEVER-STOCKED")).total()).isZero();
    }

    @Test
    void aLiveHoldCountsAgainstAvailabilityAndNobodyElseCanReserveItsUnits() {
        Hold hold = shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 7))).get();

        assertThat(hold.state()).isEqualTo(HoldState.ACTIVE);
        assertThat(hold.expiresAt()).isEqualTo(shop.clock.instant().plus(FIFTEEN_MINUTES));
        assertThat(shop.oms.storefront().availableToPromise(SHOE).total()).isEqualTo(1);
        assertThat(shop.oms.orders().place(order("W-1", null, 2)).getLeft().codes()).containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(shop.oms.orders().place(order("W-2", null, 1)).isRight()).isTrue();
    }

    @Test
    void aHoldExpiresByTheClockUnlessAnOrderIsPlacedAndItsUnitsComeBack() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 4))).get();
        shop.clock.advance(FIFTEEN_MINUTES.minusSeconds(1));
        assertThat(shop.oms.storefront().availableToPromise(SHOE).total()).isEqualTo(4);

        shop.clock.advance(Duration.ofSeconds(1));
        assertThat(shop.oms.storefront().availableToPromise(SHOE).total()).isEqualTo(8);
        assertThat(shop.adapters.holds().find(HoldId.of("cart-1")).get().state()).isEqualTo(HoldState.EXPIRED);
        assertThat(shop.oms.storefront().expireHolds()).isZero();
    }

    @Test
    void placingTheOrderWithItsHoldTurnsTheHeldUnitsIntoAllocations() {
        Hold hold = shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 6))).get();
        assertThat(hold.movements()).extracting(m -> m.locationId() + "x" + m.quantity()).containsExactly("WH-EASTx3", "WH-WESTx3");

        Order order = shop.oms.orders().place(order("W-1", "cart-1", 6)).get();
        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(3);
        assertThat(shop.reserved(SHOE, EAST)).isEqualTo(3);
        assertThat(shop.reserved(SHOE, WEST)).isEqualTo(3);
        assertThat(shop.adapters.holds().find(HoldId.of("cart-1")).get().consumedBy()).contains(order.id().value());

        shop.clock.advance(Duration.ofHours(1));
        assertThat(shop.oms.storefront().expireHolds()).isZero();
        assertThat(shop.reserved(SHOE, WEST)).isEqualTo(3);
        assertThat(shop.oms.storefront().releaseHold(HoldId.of("cart-1")).getLeft().codes()).containsExactly(ProblemCode.HOLD_NOT_ACTIVE);
    }

    @Test
    void anOrderNamingAnExpiredHoldIsAllocatedLikeAnyOther() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2))).get();
        shop.clock.advance(FIFTEEN_MINUTES);

        Order order = shop.oms.orders().place(order("W-1", "cart-1", 2)).get();
        assertThat(order.units(Bucket.ALLOCATED)).isEqualTo(2);
        assertThat(shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST)).isEqualTo(2);
    }

    @Test
    void anOrderItsHoldDoesNotCoverIsRejectedAndTheHoldLivesOn() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 2), units(SOCK, 1))).get();

        var rejection = shop.oms.orders().place(order("W-1", "cart-1", 3)).getLeft();
        assertThat(rejection.codes()).as("three shoes wanted, two held").containsExactly(ProblemCode.HOLD_MISMATCH);
        assertThat(Page.all(shop.oms.queries()::orderIds)).isEmpty();
        assertThat(shop.adapters.holds().find(HoldId.of("cart-1")).get().state()).isEqualTo(HoldState.ACTIVE);
        assertThat(shop.oms.orders().place(order("W-2", "unknown-cart", 1)).getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_HOLD);
    }

    @Test
    void releasingAHoldGivesItsUnitsBackOnceHoweverOftenItIsAsked() {
        shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 3))).get();
        shop.oms.orders().place(order("W-1", null, 1)).get();

        assertThat(shop.oms.storefront().releaseHold(HoldId.of("cart-1")).get().state()).isEqualTo(HoldState.RELEASED);
        assertThat(shop.oms.storefront().releaseHold(HoldId.of("cart-1")).get().state()).isEqualTo(HoldState.RELEASED);
        assertThat(shop.oms.storefront().availableToPromise(SHOE).total()).isEqualTo(7);
        assertThat(shop.oms.storefront().releaseHold(HoldId.of("nope")).getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_HOLD);
    }

    @Test
    void askingForTheSameHoldAgainAnswersTheHoldAlreadyPlaced() {
        Hold first = shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 3))).get();
        Hold again = shop.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 3))).get();

        assertThat(again).isEqualTo(first);
        assertThat(shop.oms.storefront().availableToPromise(SHOE).total()).isEqualTo(5);
    }

    @Test
    void aBadHoldRequestIsRejectedWithEveryProblemAndHoldsNothing() {
        var rejection = shop.oms.storefront().placeHold(hold("cart-1", Duration.ZERO, units(SHOE, 0), units(SOCK, -1))).getLeft();

        assertThat(rejection.codes()).containsExactly(ProblemCode.QUANTITY_NOT_POSITIVE, ProblemCode.QUANTITY_NOT_POSITIVE,
                ProblemCode.HOLD_TIME_OUT_OF_RANGE);
        assertThat(shop.oms.storefront().placeHold(hold("cart-2", FIFTEEN_MINUTES, units(SHOE, 9))).getLeft().codes())
                .containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(shop.oms.storefront().availableToPromise(SHOE).total()).isEqualTo(8);
        assertThat(shop.adapters.holds().holds()).isEmpty();
    }

    @Test
    void aHoldLongerThanTheShopsLimitIsRefusedAndTheHostSetsTheLimit() {
        Duration twoDays = Duration.ofDays(2);
        assertThat(shop.oms.storefront().placeHold(hold("cart-1", twoDays, units(SHOE, 1))).getLeft().codes())
                .containsExactly(ProblemCode.HOLD_TIME_OUT_OF_RANGE);
        OrderManagement quotes = OrderManagement.builder().ports(shop.adapters.ports(shop.clock)).holds(shop.adapters.holds())
                .holdTimeToLiveLimit(Duration.ofDays(3)).build();

        Hold held = quotes.storefront().placeHold(hold("cart-1", twoDays, units(SHOE, 1))).get();

        assertThat(held.expiresAt()).isEqualTo(shop.clock.instant().plus(twoDays));
        assertThat(quotes.storefront().placeHold(hold("cart-2", Duration.ofDays(4), units(SHOE, 1))).getLeft().codes())
                .containsExactly(ProblemCode.HOLD_TIME_OUT_OF_RANGE);
        assertThatThrownBy(() -> OrderManagement.builder().holdTimeToLiveLimit(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withoutAHoldStoreTheHoldMethodsSaySo() {
        TestShop plain = new TestShop().stock("SHOE", 5, 5);
        assertThat(plain.oms.storefront().placeHold(hold("cart-1", FIFTEEN_MINUTES, units(SHOE, 1))).getLeft().codes())
                .containsExactly(ProblemCode.HOLDS_NOT_CONFIGURED);
        assertThat(plain.oms.storefront().availableToPromise(SHOE).total()).isEqualTo(10);
    }
}
