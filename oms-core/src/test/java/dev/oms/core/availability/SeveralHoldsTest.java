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

import dev.oms.core.TestShop;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.Page;
import dev.oms.spi.value.LineId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One checkout, several holds: an order takes over any of them, covered, and what it leaves goes back. */
class SeveralHoldsTest {
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
    private final Checkout shop = new Checkout(3, 5, 2);

    @Test
    void anOrderTakesOverSeveralHoldsAndGivesBackWhatItLeavesOfThem() {
        shop.oms.storefront().placeHold(hold("cart-east", FIFTEEN_MINUTES, units(SHOE, 3)).pinnedTo(EAST)).get();
        shop.oms.storefront().placeHold(hold("cart-west", FIFTEEN_MINUTES, units(SHOE, 2), units(SOCK, 1)).pinnedTo(WEST)).get();

        Order order = shop.oms.orders().place(withHolds(TestShop.order("W-1", TestShop.line("SHOE", 4, "EUR 50.00"),
                TestShop.line("SOCK", 1, "EUR 5.00")), "cart-east", "cart-west")).get();

        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
        assertThat(order.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(1);
        assertThat(order.line(LineId.of("L2")).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(1);
        assertThat(shop.reserved(SHOE, EAST)).isEqualTo(3);
        assertThat(shop.reserved(SHOE, WEST)).as("the shoe the order left went back").isEqualTo(1);
        assertThat(shop.reserved(SOCK, WEST)).isEqualTo(1);
        assertThat(shop.adapters.holds().holds()).allMatch(h -> h.state() == HoldState.CONSUMED && h.givenUp().isEmpty());
        assertThat(shop.adapters.holds().find(HoldId.of("cart-west")).get().movements()).extracting(m -> m.quantity()).containsExactly(1L, 1L);
    }

    @Test
    void aHoldTheOrderTakesNothingFromIsReleasedAndOneItTakesPartOfIsConsumed() {
        shop.oms.storefront().placeHold(hold("cart-shoes", FIFTEEN_MINUTES, units(SHOE, 3))).get();
        shop.oms.storefront().placeHold(hold("cart-socks", FIFTEEN_MINUTES, units(SOCK, 2))).get();

        Order order = shop.oms.orders().place(withHolds(order("W-1", null, 2), "cart-shoes", "cart-socks")).get();

        assertThat(order.units(Bucket.ALLOCATED)).isEqualTo(2);
        assertThat(shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST)).isEqualTo(2);
        assertThat(shop.reserved(SOCK, WEST)).isZero();
        assertThat(shop.adapters.holds().find(HoldId.of("cart-socks")).get().state()).isEqualTo(HoldState.RELEASED);
        assertThat(shop.adapters.holds().find(HoldId.of("cart-shoes")).get().state()).isEqualTo(HoldState.CONSUMED);
        assertThat(shop.oms.storefront().availableToPromise(SHOE).total()).isEqualTo(6);
    }

    @Test
    void holdsThatDoNotCoverTheOrderAreRefusedAndLeftAsTheyWere() {
        shop.oms.storefront().placeHold(hold("cart-a", FIFTEEN_MINUTES, units(SHOE, 1))).get();
        shop.oms.storefront().placeHold(hold("cart-b", FIFTEEN_MINUTES, units(SHOE, 1), units(SOCK, 1))).get();

        assertThat(shop.oms.orders().place(withHolds(order("W-1", null, 3), "cart-a", "cart-b")).getLeft().codes())
                .containsExactly(ProblemCode.HOLD_MISMATCH);
        assertThat(shop.oms.orders().place(withHolds(order("W-2", null, 1), "cart-a", "nope")).getLeft().codes())
                .containsExactly(ProblemCode.UNKNOWN_HOLD);

        assertThat(Page.all(shop.oms.queries()::orderIds)).isEmpty();
        assertThat(shop.adapters.holds().holds()).allMatch(h -> h.state() == HoldState.ACTIVE);
        assertThat(shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST)).isEqualTo(2);
        assertThat(shop.reserved(SOCK, WEST)).isEqualTo(1);
    }

    @Test
    void anExpiredHoldIsLeftOutAndTheLiveOnesMustCoverTheOrder() {
        shop.oms.storefront().placeHold(hold("cart-short", Duration.ofMinutes(5), units(SHOE, 2))).get();
        shop.oms.storefront().placeHold(hold("cart-long", FIFTEEN_MINUTES, units(SHOE, 2))).get();
        shop.clock.advance(Duration.ofMinutes(5));

        assertThat(shop.oms.orders().place(withHolds(order("W-1", null, 3), "cart-short", "cart-long")).getLeft().codes())
                .containsExactly(ProblemCode.HOLD_MISMATCH);
        Order order = shop.oms.orders().place(withHolds(order("W-2", null, 2), "cart-short", "cart-long")).get();

        assertThat(order.units(Bucket.ALLOCATED)).isEqualTo(2);
        assertThat(shop.adapters.holds().find(HoldId.of("cart-long")).get().state()).isEqualTo(HoldState.CONSUMED);
        assertThat(shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST)).isEqualTo(2);
    }

    @Test
    void placingTheSameOrderAgainAnswersTheOrderPlacedAndOtherHoldsAreAReusedKey() {
        shop.oms.storefront().placeHold(hold("cart-a", FIFTEEN_MINUTES, units(SHOE, 1))).get();
        shop.oms.storefront().placeHold(hold("cart-b", FIFTEEN_MINUTES, units(SHOE, 1))).get();
        PlaceOrder command = withHolds(order("W-1", null, 2), "cart-a", "cart-b");
        Order placed = shop.oms.orders().place(command).get();

        assertThat(shop.oms.orders().place(command).get().id()).isEqualTo(placed.id());
        assertThat(shop.oms.orders().place(withHolds(order("W-1", null, 2), "cart-a")).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(shop.reserved(SHOE, EAST) + shop.reserved(SHOE, WEST)).isEqualTo(2);
    }

    private static PlaceOrder withHolds(PlaceOrder plain, String first, String... more) {
        return PlaceOrder.builder().from(plain).hold(HoldId.of(first))
                .additionalHolds(List.of(more).stream().map(HoldId::of).toList()).build();
    }
}
