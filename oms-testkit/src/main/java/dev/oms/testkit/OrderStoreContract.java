package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.followUp;
import static dev.oms.testkit.ContractFixtures.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStore;
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

    /** A store with no orders; called before every test. */
    protected abstract OrderStore emptyStore();

    @BeforeEach
    void freshStore() {
        store = emptyStore();
    }

    @Test
    void firstAppendCreatesTheOrderAtVersionOne() {
        OrderCommit commit = placed(ORDER, Channel.WEB, "W-1");

        assertThat(store.append(ORDER, Channel.WEB, "W-1", 0, commit)).isEqualTo(new AppendResult.Appended(1));
        assertThat(store.load(ORDER).get().commits()).containsExactly(commit);
        assertThat(store.load(ORDER).get().version()).isEqualTo(1);
        assertThat(store.findByChannelOrder(Channel.WEB, "W-1").get()).isEqualTo(ORDER);
    }

    @Test
    void commitsComeBackInAppendOrderUnchanged() {
        OrderCommit first = placed(ORDER, Channel.WEB, "W-1");
        store.append(ORDER, Channel.WEB, "W-1", 0, first);
        store.append(ORDER, Channel.WEB, "W-1", 1, followUp("k2"));
        store.append(ORDER, Channel.WEB, "W-1", 2, followUp("k3"));

        assertThat(store.load(ORDER).get().commits()).containsExactly(first, followUp("k2"), followUp("k3"));
    }

    @Test
    void aChannelOrderThatCanBeFoundCanBeLoaded() {
        List<Boolean> loadable = Race.run(racers, racer -> {
            if (racer == 0) {
                return store.append(ORDER, Channel.WEB, "W-1", 0, placed(ORDER, Channel.WEB, "W-1")) instanceof AppendResult.Appended;
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
        store.append(ORDER, Channel.WEB, "W-1", 0, placed(ORDER, Channel.WEB, "W-1"));
        OrderCommit fingerprinted = new OrderCommit("host/cancel:c-1", followUp("x").recordedAt(), followUp("x").events(),
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        store.append(ORDER, Channel.WEB, "W-1", 1, fingerprinted);

        assertThat(store.load(ORDER).get().commits().get(1)).isEqualTo(fingerprinted);
        assertThat(store.load(ORDER).get().commits().get(1).requestFingerprint()).isEqualTo(fingerprinted.requestFingerprint());
    }

    @Test
    void appendAtAStaleVersionIsAVersionConflictAndStoresNothing() {
        store.append(ORDER, Channel.WEB, "W-1", 0, placed(ORDER, Channel.WEB, "W-1"));
        store.append(ORDER, Channel.WEB, "W-1", 1, followUp("k2"));

        assertThat(store.append(ORDER, Channel.WEB, "W-1", 1, followUp("k3")))
                .isEqualTo(new AppendResult.VersionConflict(2));
        assertThat(store.append(ORDER, Channel.WEB, "W-1", 0, placed(ORDER, Channel.WEB, "W-1")))
                .isEqualTo(new AppendResult.VersionConflict(2));
        assertThat(store.load(ORDER).get().version()).isEqualTo(2);
    }

    @Test
    void appendingToAMissingOrderAtAVersionAboveZeroIsAConflictAtZero() {
        assertThat(store.append(ORDER, Channel.WEB, "W-1", 3, followUp("k")))
                .isEqualTo(new AppendResult.VersionConflict(0));
        assertThat(store.load(ORDER)).isEmpty();
        assertThat(store.orderIds()).isEmpty();
    }

    @Test
    void capturingTheSameChannelOrderTwiceNamesTheOrderThatHasIt() {
        OrderId second = OrderId.of("ORD-000002");
        store.append(ORDER, Channel.MARKETPLACE, "M-77", 0, placed(ORDER, Channel.MARKETPLACE, "M-77"));

        assertThat(store.append(second, Channel.MARKETPLACE, "M-77", 0, placed(second, Channel.MARKETPLACE, "M-77")))
                .isEqualTo(new AppendResult.DuplicateChannelOrder(ORDER));
        assertThat(store.load(second)).isEmpty();
        assertThat(store.orderIds()).containsExactly(ORDER);
    }

    @Test
    void theSameExternalIdInAnotherChannelIsAnotherOrder() {
        OrderId second = OrderId.of("ORD-000002");
        store.append(ORDER, Channel.WEB, "42", 0, placed(ORDER, Channel.WEB, "42"));

        assertThat(store.append(second, Channel.PHONE, "42", 0, placed(second, Channel.PHONE, "42")))
                .isEqualTo(new AppendResult.Appended(1));
    }

    @Test
    void orderIdsAreListedInFirstAppendOrder() {
        OrderId b = OrderId.of("B");
        OrderId a = OrderId.of("A");
        OrderId c = OrderId.of("C");
        store.append(b, Channel.WEB, "1", 0, placed(b, Channel.WEB, "1"));
        store.append(a, Channel.WEB, "2", 0, placed(a, Channel.WEB, "2"));
        store.append(b, Channel.WEB, "1", 1, followUp("k"));
        store.append(c, Channel.WEB, "3", 0, placed(c, Channel.WEB, "3"));

        assertThat(store.orderIds()).containsExactly(b, a, c);
    }

    @Test
    void unknownOrdersAndChannelOrdersReadAsNone() {
        assertThat(store.load(ORDER)).isEmpty();
        assertThat(store.findByChannelOrder(Channel.WEB, "nope")).isEmpty();
    }

    @Test
    void aNegativeExpectedVersionIsABug() {
        assertThatThrownBy(() -> store.append(ORDER, Channel.WEB, "W-1", -1, followUp("k")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactlyOneOfManyAppendsAtTheSameVersionWins() {
        for (int round = 0; round < 10; round++) {
            OrderId order = OrderId.of("ORD-" + round);
            String externalId = "W-" + round;
            store.append(order, Channel.WEB, externalId, 0, placed(order, Channel.WEB, externalId));

            List<AppendResult> results = Race.run(racers, racer ->
                    store.append(order, Channel.WEB, externalId, 1, followUp("racer-" + racer)));

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
                return store.append(order, Channel.MARKETPLACE, externalId, 0,
                        placed(order, Channel.MARKETPLACE, externalId));
            });

            OrderId winner = store.findByChannelOrder(Channel.MARKETPLACE, externalId).get();
            assertThat(results).filteredOn(AppendResult.Appended.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(AppendResult.DuplicateChannelOrder.class::isInstance)
                    .hasSize(racers - 1)
                    .containsOnly(new AppendResult.DuplicateChannelOrder(winner));
        }
        assertThat(store.orderIds()).hasSize(10);
    }
}
