// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.followUp;
import static dev.oms.testkit.ContractFixtures.placed;
import static dev.oms.testkit.ContractFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderFilter;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link OrderStore} contract as tests. An adapter's test class extends this and returns a fresh,
 * empty store from {@link #emptyStore()}; every test here must pass for the adapter to be a valid
 * order store.
 */
public abstract class OrderStoreContract {
    private static final OrderId ORDER = OrderId.of("ORD-000001");
    /** Racers per concurrency test; an adapter may lower it for a small connection pool. */
    protected int racers = 8;

    private OrderStore store;

    /** {@return a fresh store of the adapter under test, with no orders; called before every test} */
    protected abstract OrderStore emptyStore();

    @BeforeEach
    void freshStore() {
        store = emptyStore();
    }

    private AppendResult append(OrderId orderId, Channel channel, String externalId, long expectedVersion, OrderCommit commit) {
        return store.append(expectedVersion, commit, summary(orderId, channel, externalId, expectedVersion + 1));
    }

    @Test
    void commitsAfterAVersionAreTheRestOfTheLogInAppendOrder() {
        OrderCommit first = placed(ORDER, Channel.WEB, "W-1");
        append(ORDER, Channel.WEB, "W-1", 0, first);
        append(ORDER, Channel.WEB, "W-1", 1, followUp("k2"));
        append(ORDER, Channel.WEB, "W-1", 2, followUp("k3"));

        assertThat(store.commitsAfter(ORDER, 0)).containsExactly(first, followUp("k2"), followUp("k3"));
        assertThat(store.commitsAfter(ORDER, 1)).containsExactly(followUp("k2"), followUp("k3"));
        assertThat(store.commitsAfter(ORDER, 3)).isEmpty();
        assertThat(store.commitsAfter(ORDER, 7)).isEmpty();
        assertThat(store.commitsAfter(OrderId.of("unknown"), 0)).isEmpty();
    }

    @Test
    void orderIdsArePagedWithoutRepeatsOrGapsWhileOrdersArePlaced() {
        for (int i = 0; i < 5; i++) {
            OrderId id = OrderId.of("P-" + i);
            append(id, Channel.WEB, "p" + i, 0, placed(id, Channel.WEB, "p" + i));
        }
        Page<OrderId> first = store.orderIds(PageRequest.first(2));
        OrderId late = OrderId.of("P-late");
        append(late, Channel.WEB, "late", 0, placed(late, Channel.WEB, "late"));
        Page<OrderId> second = store.orderIds(first.nextPage(2).get());
        Page<OrderId> third = store.orderIds(second.nextPage(2).get());

        assertThat(first.items()).containsExactly(OrderId.of("P-0"), OrderId.of("P-1"));
        assertThat(second.items()).containsExactly(OrderId.of("P-2"), OrderId.of("P-3"));
        assertThat(third.items()).containsExactly(OrderId.of("P-4"), late);
        assertThat(third.next()).isEmpty();
    }

    @Test
    void aSummaryIsRebuiltOnlyAtTheOrdersCurrentVersion() {
        append(ORDER, Channel.WEB, "W-1", 0, placed(ORDER, Channel.WEB, "W-1"));
        append(ORDER, Channel.WEB, "W-1", 1, followUp("k2"));
        OrderSummary atTwo = summary(ORDER, Channel.WEB, "W-1", 1);
        OrderSummary owingAt = new OrderSummary(ORDER, Channel.WEB, "W-1", atTwo.customer(), OrderStatus.PAYMENT_HOLD,
                atTwo.placedAt(), 1, true, List.of());

        assertThat(store.rebuildSummary(owingAt)).as("a summary of version 1 over version 2").isFalse();
        assertThat(store.owingEffects(PageRequest.first(10)).items()).isEmpty();

        OrderSummary current = new OrderSummary(ORDER, Channel.WEB, "W-1", atTwo.customer(), OrderStatus.PAYMENT_HOLD,
                atTwo.placedAt(), 2, true, List.of());
        assertThat(store.rebuildSummary(current)).isTrue();
        assertThat(store.owingEffects(PageRequest.first(10)).items()).containsExactly(ORDER);
        assertThat(store.orders(OrderFilter.all().withStatus(OrderStatus.PAYMENT_HOLD), PageRequest.first(10)).items())
                .containsExactly(current);
        assertThat(store.rebuildSummary(summary(OrderId.of("unknown"), Channel.WEB, "W-9", 1))).isFalse();
    }

    @Test
    void aRefusedAppendLeavesTheSummaryAsItWas() {
        append(ORDER, Channel.WEB, "W-1", 0, placed(ORDER, Channel.WEB, "W-1"));
        OrderSummary stale = new OrderSummary(ORDER, Channel.WEB, "W-1", summary(ORDER, Channel.WEB, "W-1", 1).customer(),
                OrderStatus.CANCELLED, ContractFixtures.NOW, 4, true, List.of());

        assertThat(store.append(3, followUp("k"), stale)).isEqualTo(new AppendResult.VersionConflict(1));
        assertThat(store.owingEffects(PageRequest.first(10)).items()).isEmpty();
        assertThat(store.orders(OrderFilter.all().withStatus(OrderStatus.CANCELLED), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void firstAppendCreatesTheOrderAtVersionOne() {
        OrderCommit commit = placed(ORDER, Channel.WEB, "W-1");

        assertThat(append(ORDER, Channel.WEB, "W-1", 0, commit)).isEqualTo(new AppendResult.Appended(1));
        assertThat(store.load(ORDER).get().commits()).containsExactly(commit);
        assertThat(store.load(ORDER).get().version()).isEqualTo(1);
        assertThat(store.findByChannelOrder(Channel.WEB, "W-1").get()).isEqualTo(ORDER);
    }

    @Test
    void commitsComeBackInAppendOrderUnchanged() {
        OrderCommit first = placed(ORDER, Channel.WEB, "W-1");
        append(ORDER, Channel.WEB, "W-1", 0, first);
        append(ORDER, Channel.WEB, "W-1", 1, followUp("k2"));
        append(ORDER, Channel.WEB, "W-1", 2, followUp("k3"));

        assertThat(store.load(ORDER).get().commits()).containsExactly(first, followUp("k2"), followUp("k3"));
    }

    @Test
    void aChannelOrderThatCanBeFoundCanBeLoaded() {
        List<Boolean> loadable = Race.run(racers, racer -> {
            if (racer == 0) {
                return append(ORDER, Channel.WEB, "W-1", 0, placed(ORDER, Channel.WEB, "W-1")) instanceof AppendResult.Appended;
            }
            for (int look = 0; look < 5_000; look++) {
                if (store.findByChannelOrder(Channel.WEB, "W-1").isPresent()) {
                    return store.load(ORDER).isPresent();
                }
                Thread.onSpinWait();
            }
            return true; // never saw it while looking: nothing to check for this racer
        });

        assertThat(loadable).containsOnly(true);
    }

    @Test
    void aCommitsRequestFingerprintComesBackUnchanged() {
        append(ORDER, Channel.WEB, "W-1", 0, placed(ORDER, Channel.WEB, "W-1"));
        OrderCommit fingerprinted = new OrderCommit("host/cancel:c-1", followUp("x").recordedAt(), followUp("x").events(),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        append(ORDER, Channel.WEB, "W-1", 1, fingerprinted);

        assertThat(store.load(ORDER).get().commits().get(1)).isEqualTo(fingerprinted);
        assertThat(store.load(ORDER).get().commits().get(1).requestFingerprint()).isEqualTo(fingerprinted.requestFingerprint());
    }

    @Test
    void appendAtAStaleVersionIsAVersionConflictAndStoresNothing() {
        append(ORDER, Channel.WEB, "W-1", 0, placed(ORDER, Channel.WEB, "W-1"));
        append(ORDER, Channel.WEB, "W-1", 1, followUp("k2"));

        assertThat(append(ORDER, Channel.WEB, "W-1", 1, followUp("k3")))
                .isEqualTo(new AppendResult.VersionConflict(2));
        assertThat(append(ORDER, Channel.WEB, "W-1", 0, placed(ORDER, Channel.WEB, "W-1")))
                .isEqualTo(new AppendResult.VersionConflict(2));
        assertThat(store.load(ORDER).get().version()).isEqualTo(2);
    }

    @Test
    void appendingToAMissingOrderAtAVersionAboveZeroIsAConflictAtZero() {
        assertThat(append(ORDER, Channel.WEB, "W-1", 3, followUp("k")))
                .isEqualTo(new AppendResult.VersionConflict(0));
        assertThat(store.load(ORDER)).isEmpty();
        assertThat(Page.all(store::orderIds)).isEmpty();
    }

    @Test
    void capturingTheSameChannelOrderTwiceNamesTheOrderThatHasIt() {
        OrderId second = OrderId.of("ORD-000002");
        append(ORDER, Channel.MARKETPLACE, "M-77", 0, placed(ORDER, Channel.MARKETPLACE, "M-77"));

        assertThat(append(second, Channel.MARKETPLACE, "M-77", 0, placed(second, Channel.MARKETPLACE, "M-77")))
                .isEqualTo(new AppendResult.DuplicateChannelOrder(ORDER));
        assertThat(store.load(second)).isEmpty();
        assertThat(Page.all(store::orderIds)).containsExactly(ORDER);
    }

    @Test
    void theSameExternalIdInAnotherChannelIsAnotherOrder() {
        OrderId second = OrderId.of("ORD-000002");
        append(ORDER, Channel.WEB, "42", 0, placed(ORDER, Channel.WEB, "42"));

        assertThat(append(second, Channel.PHONE, "42", 0, placed(second, Channel.PHONE, "42")))
                .isEqualTo(new AppendResult.Appended(1));
    }

    @Test
    void orderIdsAreListedInFirstAppendOrder() {
        OrderId b = OrderId.of("B");
        OrderId a = OrderId.of("A");
        OrderId c = OrderId.of("C");
        append(b, Channel.WEB, "1", 0, placed(b, Channel.WEB, "1"));
        append(a, Channel.WEB, "2", 0, placed(a, Channel.WEB, "2"));
        append(b, Channel.WEB, "1", 1, followUp("k"));
        append(c, Channel.WEB, "3", 0, placed(c, Channel.WEB, "3"));

        assertThat(Page.all(store::orderIds)).containsExactly(b, a, c);
    }

    @Test
    void unknownOrdersAndChannelOrdersReadAsNone() {
        assertThat(store.load(ORDER)).isEmpty();
        assertThat(store.findByChannelOrder(Channel.WEB, "nope")).isEmpty();
    }

    @Test
    void aNegativeExpectedVersionIsABug() {
        assertThatThrownBy(() -> append(ORDER, Channel.WEB, "W-1", -1, followUp("k")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactlyOneOfManyAppendsAtTheSameVersionWins() {
        for (int round = 0; round < 10; round++) {
            OrderId order = OrderId.of("ORD-" + round);
            String externalId = "W-" + round;
            append(order, Channel.WEB, externalId, 0, placed(order, Channel.WEB, externalId));

            List<AppendResult> results = Race.run(racers, racer ->
                    append(order, Channel.WEB, externalId, 1, followUp("racer-" + racer)));

            assertThat(results).filteredOn(AppendResult.Appended.class::isInstance)
                    .containsExactly(new AppendResult.Appended(2));
            assertThat(results).filteredOn(AppendResult.VersionConflict.class::isInstance)
                    .hasSize(racers - 1)
                    .containsOnly(new AppendResult.VersionConflict(2));
            assertThat(store.load(order).get().version()).isEqualTo(2);
        }
    }

    @Test
    void exactlyOneOfManyOrdersCapturingTheSameChannelOrderIsStored() {
        for (int round = 0; round < 10; round++) {
            String externalId = "M-" + round;
            List<AppendResult> results = Race.run(racers, racer -> {
                OrderId order = OrderId.of(externalId + "-racer-" + racer);
                return append(order, Channel.MARKETPLACE, externalId, 0,
                        placed(order, Channel.MARKETPLACE, externalId));
            });

            OrderId winner = store.findByChannelOrder(Channel.MARKETPLACE, externalId).get();
            assertThat(results).filteredOn(AppendResult.Appended.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(AppendResult.DuplicateChannelOrder.class::isInstance)
                    .hasSize(racers - 1)
                    .containsOnly(new AppendResult.DuplicateChannelOrder(winner));
        }
        assertThat(Page.all(store::orderIds)).hasSize(10);
    }
}
