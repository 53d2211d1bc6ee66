// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.subscription.BackInStockSubscription;
import dev.oms.spi.subscription.BackInStockSubscriptions;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link BackInStockSubscriptions} in memory: one lock makes every call one step, so concurrent tellers never tell a
 * subscription twice. Subscriptions live as long as the object.
 */
public final class InMemoryBackInStockSubscriptions implements BackInStockSubscriptions {
    private enum State { WAITING, OWED, SENT, UNSUBSCRIBED }

    private final Object lock = new Object();
    private final TreeMap<Long, BackInStockSubscription> byNumber = new TreeMap<>();
    private final Map<Long, State> states = new HashMap<>();
    private final Map<String, Long> byKey = new HashMap<>();
    private final Set<String> eventsTold = new HashSet<>();
    /** Each SKU's waiting subscriptions by number: what {@link #anyWaiting} and {@link #tell} read, without a scan. */
    private final Map<Sku, TreeMap<Long, BackInStockSubscription>> waitingBySku = new HashMap<>();

    /** Creates a store nobody subscribed to yet. */
    public InMemoryBackInStockSubscriptions() {}

    @Override
    public BackInStockSubscription subscribe(String idempotencyKey, Sku sku, CustomerRef customer, Instant at) {
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonNull(sku, "sku");
        Require.nonNull(customer, "customer");
        Require.nonNull(at, "at");
        synchronized (lock) {
            Long earlier = byKey.get(idempotencyKey);
            if (earlier != null) {
                BackInStockSubscription first = byNumber.get(earlier);
                if (!first.sku().equals(sku) || !first.customer().equals(customer)) {
                    throw new OperationKeyReusedException("subscribe", idempotencyKey);
                }
                return first;
            }
            BackInStockSubscription subscription = waitingOf(sku).stream().filter(s -> s.customer().equals(customer))
                    .findFirst()
                    .orElseGet(() -> {
                        BackInStockSubscription made = new BackInStockSubscription(byNumber.isEmpty() ? 1 : byNumber.lastKey() + 1,
                                sku, customer, at);
                        byNumber.put(made.number(), made);
                        moveTo(made, State.WAITING);
                        return made;
                    });
            byKey.put(idempotencyKey, subscription.number());
            return subscription;
        }
    }

    @Override
    public Optional<BackInStockSubscription> subscribedUnder(String idempotencyKey) {
        Require.nonNull(idempotencyKey, "idempotencyKey");
        synchronized (lock) {
            return Optional.ofNullable(byKey.get(idempotencyKey)).map(byNumber::get);
        }
    }

    @Override
    public boolean unsubscribe(Sku sku, CustomerRef customer) {
        Require.nonNull(sku, "sku");
        Require.nonNull(customer, "customer");
        synchronized (lock) {
            for (BackInStockSubscription s : waitingOf(sku)) {
                if (s.customer().equals(customer)) {
                    moveTo(s, State.UNSUBSCRIBED);
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public boolean anyWaiting(Sku sku) {
        Require.nonNull(sku, "sku");
        synchronized (lock) {
            return !waitingOf(sku).isEmpty();
        }
    }

    @Override
    public List<BackInStockSubscription> waiting(Sku sku, long after, int limit) {
        Require.nonNull(sku, "sku");
        positive(limit);
        synchronized (lock) {
            return waitingOf(sku).stream().filter(s -> s.number() > after).limit(limit).toList();
        }
    }

    @Override
    public List<BackInStockSubscription> tell(String eventKey, Sku sku, long limit, Instant at) {
        Require.nonBlank(eventKey, "eventKey");
        Require.nonNull(sku, "sku");
        Require.nonNull(at, "at");
        if (limit < 0) {
            throw new IllegalArgumentException("limit cannot be negative, was " + limit);
        }
        synchronized (lock) {
            if (!eventsTold.add(eventKey)) {
                return List.of();
            }
            List<BackInStockSubscription> told = waitingOf(sku).stream().limit(limit).toList();
            told.forEach(s -> moveTo(s, State.OWED));
            return told;
        }
    }

    @Override
    public List<BackInStockSubscription> owedAlerts(long after, int limit) {
        positive(limit);
        synchronized (lock) {
            return byNumber.tailMap(after, false).values().stream().filter(s -> states.get(s.number()) == State.OWED).limit(limit)
                    .toList();
        }
    }

    @Override
    public void alertSent(long number) {
        synchronized (lock) {
            if (states.get(number) == State.OWED) {
                states.put(number, State.SENT); // not waiting: the index is untouched
            }
        }
    }

    /** The SKU's waiting subscriptions, oldest first; under the lock. */
    private List<BackInStockSubscription> waitingOf(Sku sku) {
        return new ArrayList<>(waitingBySku.getOrDefault(sku, new TreeMap<>()).values());
    }

    /** Records the subscription's new state, keeping the waiting index in step; under the lock. */
    private void moveTo(BackInStockSubscription subscription, State state) {
        states.put(subscription.number(), state);
        if (state == State.WAITING) {
            waitingBySku.computeIfAbsent(subscription.sku(), sku -> new TreeMap<>()).put(subscription.number(), subscription);
        } else {
            TreeMap<Long, BackInStockSubscription> waiting = waitingBySku.get(subscription.sku());
            waiting.remove(subscription.number());
            if (waiting.isEmpty()) {
                waitingBySku.remove(subscription.sku());
            }
        }
    }

    private static void positive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }
}
