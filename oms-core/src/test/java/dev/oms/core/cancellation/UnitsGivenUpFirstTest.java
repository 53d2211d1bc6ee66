// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.Cancelled;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LineId;
import org.junit.jupiter.api.Test;

/** A cancellation that names where to give units up first: what it takes, and the requests it refuses. */
class UnitsGivenUpFirstTest {
    private final TestShop shop = new TestShop().stock("MUG", 1, 2);
    private final Order order = shop.oms.orders().place(TestShop.order("W-1", TestShop.line("MUG", 3, "EUR 5.00"))).get();
    private final LineId line = order.lines().values().head().id();

    @Test
    void theUnitAtThePreferredLocationIsGivenUpWhenTheRequestNamesIt() {
        Order usual = shop.oms.orders().cancel(order.id(), CancelRequest.units("usual", line, 1, "fewer")).get().order();
        assertThat(usual.lines().get(line).get().count(Bucket.ALLOCATED, TestShop.WEST)).as("the least preferred first").isEqualTo(1);

        Order named = shop.oms.orders().cancel(order.id(), CancelRequest.units("east", line, 1, "fewer").firstAt(TestShop.EAST, 1)).get().order();

        assertThat(named.lines().get(line).get().count(Bucket.ALLOCATED, TestShop.EAST)).isZero();
        assertThat(named.lines().get(line).get().count(Bucket.ALLOCATED, TestShop.WEST)).isEqualTo(1);
    }

    @Test
    void moreUnitsNamedThanTheLocationCanCancelAreTakenAsUsual() {
        Order after = shop.oms.orders().cancel(order.id(), CancelRequest.units("two", line, 2, "fewer").firstAt(TestShop.EAST, 2)).get().order();

        assertThat(after.lines().get(line).get().count(Bucket.ALLOCATED, TestShop.EAST)).isZero();
        assertThat(after.lines().get(line).get().count(Bucket.ALLOCATED, TestShop.WEST)).isEqualTo(1);
        assertThat(after.lines().get(line).get().count(Bucket.CANCELLED)).isEqualTo(2);
    }

    @Test
    void unitsNamedBeyondTheQuantityOrNotPositiveAreRefusedNamingEach() {
        var refused = shop.oms.orders().cancel(order.id(),
                CancelRequest.units("bad", line, 1, "fewer").firstAt(TestShop.EAST, 2).firstAt(TestShop.WEST, 0));

        assertThat(refused.getLeft().codes()).containsExactlyInAnyOrder(ProblemCode.QUANTITY_NOT_POSITIVE, ProblemCode.QUANTITY_TOO_LARGE);
        assertThat(shop.oms.queries().find(order.id()).get().version()).as("a refused command stores nothing").isEqualTo(order.version());
    }

    @Test
    void unitsNamedWithoutALineAreRefused() {
        CancelRequest whole = CancelRequest.wholeOrder("whole", "changed mind").firstAt(TestShop.EAST, 1);

        assertThat(shop.oms.orders().cancel(order.id(), whole).getLeft().codes()).containsExactly(ProblemCode.UNKNOWN_LINE);
    }

    @Test
    void theSameRequestAgainAnswersTheFirstCancellationAndOtherLocationsUnderItsKeyAreRefused() {
        CancelRequest east = CancelRequest.units("key-1", line, 1, "fewer").firstAt(TestShop.EAST, 1);
        Cancelled first = shop.oms.orders().cancel(order.id(), east).get();

        Cancelled again = shop.oms.orders().cancel(order.id(), east).get();
        var elsewhere = shop.oms.orders().cancel(order.id(), CancelRequest.units("key-1", line, 1, "fewer").firstAt(TestShop.WEST, 1));

        assertThat(again.cancellationId()).isEqualTo(first.cancellationId());
        assertThat(again.order().version()).isEqualTo(first.order().version());
        assertThat(elsewhere.getLeft().codes()).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }
}
