// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.subscription.BackInStockSubscription;
import dev.oms.spi.subscription.BackInStockSubscriptions;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link BackInStockSubscriptions} contract as tests. An adapter's test class extends this and returns a fresh
 * store, with no subscription, from {@link #emptyStore()}. What matters most: the oldest waiting subscriptions are
 * told first, each at most once, also when many callers tell at once, an event tells once however often it comes,
 * and a told subscription owes its alert until it is recorded sent.
 */
public abstract class BackInStockSubscriptionsContract {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.123456789Z");
    private static final Sku MUG = Sku.of("MUG");
    private static final Sku CUP = Sku.of("CUP");
    /** Racers per concurrency test; an adapter may lower it for a small connection pool. */
    protected int racers = 8;

    private BackInStockSubscriptions store;

    /** {@return a fresh store of the adapter under test, with no subscription; called before every test} */
    protected abstract BackInStockSubscriptions emptyStore();

    @BeforeEach
    void freshStore() {
        store = emptyStore();
    }

    @Test
    void subscriptionsWaitOldestFirstPerSku() {
        BackInStockSubscription ada = subscribe("k1", MUG, "ada");
        subscribe("k2", CUP, "bob");
        BackInStockSubscription cy = subscribe("k3", MUG, "cy");

        assertThat(ada.number()).isLessThan(cy.number());
        assertThat(ada.subscribedAt()).isEqualTo(NOW);
        assertThat(store.waiting(MUG, 0, 10)).containsExactly(ada, cy);
        assertThat(store.waiting(MUG, ada.number(), 10)).containsExactly(cy);
        assertThat(store.waiting(MUG, 0, 1)).containsExactly(ada);
        assertThat(store.anyWaiting(MUG)).isTrue();
        assertThat(store.anyWaiting(Sku.of("PLATE"))).isFalse();
    }

    @Test
    void aReplayedKeyAnswersTheFirstSubscriptionAndAReusedKeyIsRefused() {
        BackInStockSubscription first = subscribe("k1", MUG, "ada");

        BackInStockSubscription again = store.subscribe("k1", MUG, CustomerRef.of("ada"), NOW.plusSeconds(60));

        assertThat(again).isEqualTo(first);
        assertThat(store.subscribedUnder("k1")).contains(first);
        assertThat(store.subscribedUnder("k2")).isEmpty();
        assertThatThrownBy(() -> store.subscribe("k1", MUG, CustomerRef.of("bob"), NOW))
                .isInstanceOf(OperationKeyReusedException.class);
        assertThatThrownBy(() -> store.subscribe("k1", CUP, CustomerRef.of("ada"), NOW))
                .isInstanceOf(OperationKeyReusedException.class);
        assertThat(store.waiting(MUG, 0, 10)).containsExactly(first);
    }

    @Test
    void aCustomerWaitsOncePerSkuAndMaySubscribeAgainOnceTold() {
        BackInStockSubscription first = subscribe("k1", MUG, "ada");

        assertThat(subscribe("k2", MUG, "ada")).isEqualTo(first);
        store.tell("receipt-1", MUG, 1, NOW);
        assertThat(store.subscribedUnder("k2")).as("a key answers its subscription once told too").contains(first);
        BackInStockSubscription later = subscribe("k3", MUG, "ada");

        assertThat(later.number()).isGreaterThan(first.number());
        assertThat(store.waiting(MUG, 0, 10)).containsExactly(later);
    }

    @Test
    void unsubscribingEndsOnlyAWaitingSubscription() {
        subscribe("k1", MUG, "ada");
        BackInStockSubscription bob = subscribe("k2", MUG, "bob");

        assertThat(store.unsubscribe(MUG, CustomerRef.of("ada"))).isTrue();
        assertThat(store.unsubscribe(MUG, CustomerRef.of("ada"))).isFalse();
        assertThat(store.waiting(MUG, 0, 10)).containsExactly(bob);
        store.tell("receipt-1", MUG, 5, NOW);
        assertThat(store.unsubscribe(MUG, CustomerRef.of("bob"))).isFalse();
        assertThat(store.owedAlerts(0, 10)).containsExactly(bob);
        assertThat(store.anyWaiting(MUG)).isFalse();
    }

    @Test
    void tellingMarksTheOldestWaitingUpToTheLimitOncePerEvent() {
        BackInStockSubscription ada = subscribe("k1", MUG, "ada");
        BackInStockSubscription bob = subscribe("k2", MUG, "bob");
        BackInStockSubscription cy = subscribe("k3", MUG, "cy");
        BackInStockSubscription other = subscribe("k4", CUP, "dee");

        assertThat(store.tell("receipt-1", MUG, 2, NOW)).containsExactly(ada, bob);
        assertThat(store.tell("receipt-1", MUG, 2, NOW)).as("the same event tells nobody more").isEmpty();
        assertThat(store.tell("receipt-2", MUG, 0, NOW)).isEmpty();
        assertThat(store.waiting(MUG, 0, 10)).containsExactly(cy);
        assertThat(store.tell("receipt-3", MUG, 5, NOW)).containsExactly(cy);
        assertThat(store.tell("receipt-4", MUG, 5, NOW)).isEmpty();
        assertThat(store.waiting(CUP, 0, 10)).containsExactly(other);
    }

    @Test
    void aToldSubscriptionOwesItsAlertUntilRecordedSent() {
        BackInStockSubscription ada = subscribe("k1", MUG, "ada");
        BackInStockSubscription bob = subscribe("k2", MUG, "bob");
        store.tell("receipt-1", MUG, 2, NOW);

        assertThat(store.owedAlerts(0, 10)).containsExactly(ada, bob);
        assertThat(store.owedAlerts(0, 1)).containsExactly(ada);
        assertThat(store.owedAlerts(ada.number(), 10)).containsExactly(bob);
        store.alertSent(ada.number());
        store.alertSent(ada.number());

        assertThat(store.owedAlerts(0, 10)).containsExactly(bob);
        assertThat(store.waiting(MUG, 0, 10)).isEmpty();
    }

    @Test
    void concurrentTellersTellEverySubscriptionExactlyOnceOldestFirst() {
        int subscribers = racers * 3;
        for (int i = 0; i < subscribers; i++) {
            subscribe("k" + i, MUG, "customer-" + i);
        }
        List<BackInStockSubscription> all = store.waiting(MUG, 0, subscribers);

        List<List<BackInStockSubscription>> told = Race.run(racers, racer -> store.tell("event-" + racer, MUG, 2, NOW));

        List<BackInStockSubscription> union = told.stream().flatMap(List::stream).toList();
        assertThat(union).doesNotHaveDuplicates().hasSize(racers * 2);
        assertThat(union).containsExactlyInAnyOrderElementsOf(all.subList(0, racers * 2));
        assertThat(store.waiting(MUG, 0, subscribers)).containsExactlyElementsOf(all.subList(racers * 2, subscribers));
    }

    @Test
    void racersSubscribingUnderOneKeyAllGetTheOneSubscription() {
        List<BackInStockSubscription> answers = Race.run(racers,
                racer -> store.subscribe("the-key", MUG, CustomerRef.of("ada"), NOW.plusSeconds(racer)));

        assertThat(answers).containsOnly(answers.get(0));
        assertThat(store.waiting(MUG, 0, 10)).containsExactly(answers.get(0));
    }

    @Test
    void aBlankKeyIsRefusedAndStoresNothing() {
        assertThatThrownBy(() -> store.subscribe(" ", MUG, CustomerRef.of("ada"), NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.tell("", MUG, 1, NOW)).isInstanceOf(IllegalArgumentException.class);

        assertThat(store.anyWaiting(MUG)).isFalse();
    }

    private BackInStockSubscription subscribe(String key, Sku sku, String customer) {
        return store.subscribe(key, sku, CustomerRef.of(customer), NOW);
    }
}
