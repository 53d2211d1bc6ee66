// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.spi.order.ForwardingOrderStore;
import dev.oms.spi.order.OrderSummary;
import java.util.Optional;
import static dev.oms.core.availability.Checkout.EAST;
import static dev.oms.core.availability.Checkout.SHOE;
import static dev.oms.core.availability.Checkout.WEST;
import static dev.oms.core.availability.Checkout.hold;
import static dev.oms.core.availability.Checkout.order;
import static dev.oms.core.availability.Checkout.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.inmemory.InMemoryAdapters;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every unit a checkout hold reserved keeps exactly one owner: the live hold, or the one stored order that
 * consumed it; never nobody, never two. Also when placements race or the order store fails.
 */
class HoldOwnershipTest {
    private static final Duration TTL = Duration.ofMinutes(15);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final FlakyOrders orders = new FlakyOrders(adapters.orders());
    private final OrderManagement oms;

    HoldOwnershipTest() {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(WEST, "West", LocationType.WAREHOUSE, 2));
        adapters.catalog().add(new Product(SHOE, "Shoe"));
        adapters.inventory().setStock(SHOE, EAST, 6, "E-1");
        oms = OrderManagement.builder().ports(adapters.ports(clock)).orders(orders).holds(adapters.holds())
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit()))
                .build();
    }

    @Test
    void aDuplicateSubmissionOfACheckoutNeverReleasesTheHoldTheWinnerConsumed() {
        oms.storefront().placeHold(hold("cart-9", TTL, units(SHOE, 3))).get();
        // Both submissions looked the channel order up before either was stored: the race window, made certain.
        orders.staleChannelLookups = true;

        Order winner = oms.orders().place(order("W-9", "cart-9", 3)).get();
        Order duplicate = oms.orders().place(order("W-9", "cart-9", 3)).get();

        assertThat(duplicate.id()).isEqualTo(winner.id());
        assertThat(winner.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
        assertThat(reservedAtEast()).as("the winner's 3 units stay reserved").isEqualTo(3);
        orders.staleChannelLookups = false;
        assertThat(oms.orders().place(order("W-10", null, 3)).isRight()).isTrue();
        assertThat(oms.orders().place(order("W-11", null, 3)).get().line(LineId.of("L1")).get().count(Bucket.BACKORDERED))
                .as("only 6 units exist: the third order of 3 waits").isEqualTo(3);
    }

    @Test
    void aStorageFailureWhilePlacingWithAHoldLeavesTheHoldLiveForTheRetry() {
        oms.storefront().placeHold(hold("cart-9", TTL, units(SHOE, 3))).get();
        orders.failingAppends.set(1);

        assertThatThrownBy(() -> oms.orders().place(order("W-9", "cart-9", 3))).isInstanceOf(IllegalStateException.class);
        assertThat(adapters.holds().find(HoldId.of("cart-9")).get().state()).isEqualTo(HoldState.ACTIVE);

        Order retried = oms.orders().place(order("W-9", "cart-9", 3)).get();
        assertThat(retried.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
        assertThat(reservedAtEast()).as("the retry took the held units over, nothing reserved twice").isEqualTo(3);
        assertThat(adapters.holds().find(HoldId.of("cart-9")).get().consumedBy()).contains(retried.id().value());
    }

    @Test
    void aStorageFailureAfterTheOrderWasStoredKeepsTheHoldConsumed() {
        oms.storefront().placeHold(hold("cart-9", TTL, units(SHOE, 3))).get();
        orders.failAfterAppending = true;

        assertThatThrownBy(() -> oms.orders().place(order("W-9", "cart-9", 3))).isInstanceOf(IllegalStateException.class);
        orders.failAfterAppending = false;

        assertThat(adapters.holds().find(HoldId.of("cart-9")).get().state()).isEqualTo(HoldState.CONSUMED);
        Order stored = oms.orders().place(order("W-9", "cart-9", 3)).get();
        assertThat(stored.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
        assertThat(reservedAtEast()).isEqualTo(3);
    }

    @Test
    void onlyTheOrderThatConsumedAHoldCanReopenIt() {
        oms.storefront().placeHold(hold("cart-9", TTL, units(SHOE, 3))).get();
        Order order = oms.orders().place(order("W-9", "cart-9", 3)).get();

        assertThat(adapters.holds().reopen(HoldId.of("cart-9"), "web:W-9")).isEmpty();
        assertThat(adapters.holds().reopen(HoldId.of("cart-9"), "some-other-order")).isEmpty();
        assertThat(adapters.holds().find(HoldId.of("cart-9")).get().consumedBy()).contains(order.id().value());
        assertThat(oms.storefront().releaseHold(HoldId.of("cart-9")).getLeft().codes()).containsExactly(ProblemCode.HOLD_NOT_ACTIVE);
    }

    @Test
    void unitsOfAReleasedHoldServeWaitingBackordersFirst() {
        oms.storefront().placeHold(hold("cart-1", TTL, units(SHOE, 6))).get();
        Order waiting = oms.orders().place(order("W-1", null, 2)).get();
        assertThat(waiting.line(LineId.of("L1")).get().count(Bucket.BACKORDERED)).isEqualTo(2);

        oms.storefront().releaseHold(HoldId.of("cart-1")).get();

        assertThat(oms.queries().find(waiting.id()).get().line(LineId.of("L1")).get().count(Bucket.ALLOCATED)).isEqualTo(2);
        assertThat(oms.storefront().availableToPromise(SHOE).total()).isEqualTo(4);
    }

    @Test
    void unitsOfAnExpiredHoldServeWaitingBackordersFirst() {
        oms.storefront().placeHold(hold("cart-1", TTL, units(SHOE, 6))).get();
        Order waiting = oms.orders().place(order("W-1", null, 2)).get();

        clock.advance(TTL);
        assertThat(oms.storefront().expireHolds()).isEqualTo(1);

        assertThat(oms.queries().find(waiting.id()).get().line(LineId.of("L1")).get().count(Bucket.ALLOCATED)).isEqualTo(2);
        Order later = oms.orders().place(order("W-2", null, 5)).get();
        assertThat(later.line(LineId.of("L1")).get().count(Bucket.BACKORDERED))
                .as("the earlier backorder was served first").isEqualTo(1);
    }

    private long reservedAtEast() {
        return adapters.inventory().stockAt(SHOE, EAST).get().reserved();
    }

    /** An order store that can fail its next appends, fail after storing, or answer channel lookups as stale. */
    private static final class FlakyOrders extends ForwardingOrderStore {
        final AtomicInteger failingAppends = new AtomicInteger();
        volatile boolean failAfterAppending;
        volatile boolean staleChannelLookups;

        FlakyOrders(OrderStore store) {
            super(store);
        }

        @Override
        public Optional<OrderId> findByChannelOrder(Channel channel, String externalId) {
            return staleChannelLookups ? Optional.empty() : super.findByChannelOrder(channel, externalId);
        }

        @Override
        public AppendResult append(long expectedVersion, OrderCommit commit, OrderSummary summary) {
            if (failingAppends.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new IllegalStateException("storage unavailable");
            }
            AppendResult result = super.append(expectedVersion, commit, summary);
            if (failAfterAppending) {
                throw new IllegalStateException("connection lost before the commit was acknowledged");
            }
            return result;
        }
    }
}
