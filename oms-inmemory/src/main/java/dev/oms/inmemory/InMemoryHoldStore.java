// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.availability.PromisedUnits;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link HoldStore} in memory. One lock makes {@link #end} a true compare-and-set, and keeps the index of
 * promised SKUs in step with the holds.
 */
public final class InMemoryHoldStore implements HoldStore {
    private final Object lock = new Object();
    private final Map<HoldId, Hold> holds = new LinkedHashMap<>();
    private final Set<HoldId> stockReturned = new HashSet<>();
    /** The active holds promising units of each SKU: {@link #livePromising} reads these, not every hold. */
    private final Map<Sku, Set<HoldId>> activePromising = new HashMap<>();

    /** Creates a store with no holds. */
    public InMemoryHoldStore() {}

    @Override
    public Hold create(Hold hold) {
        Require.nonNull(hold, "hold");
        synchronized (lock) {
            Hold stored = holds.get(hold.id());
            if (stored != null) {
                return stored;
            }
            holds.put(hold.id(), hold);
            index(hold);
            return hold;
        }
    }

    @Override
    public Optional<Hold> find(HoldId id) {
        Require.nonNull(id, "id");
        synchronized (lock) {
            return Optional.ofNullable(holds.get(id));
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when {@code state} is {@link HoldState#ACTIVE}: a hold never comes back
     */
    @Override
    public Optional<Hold> end(HoldId id, HoldState state, Optional<String> consumedBy) {
        Require.nonNull(id, "id");
        Require.nonNull(state, "state");
        Require.nonNull(consumedBy, "consumedBy");
        if (!state.isFinal()) {
            throw new IllegalArgumentException("a hold can only be ended, not made active again");
        }
        synchronized (lock) {
            Hold current = holds.get(id);
            if (current == null || current.state() != HoldState.ACTIVE) {
                return Optional.empty();
            }
            Hold ended = current.ended(state, consumedBy);
            holds.put(id, ended);
            // An ended hold's promises no longer count; reopen indexes it again.
            unindex(current);
            return Optional.of(ended);
        }
    }

    @Override
    public Optional<Hold> reopen(HoldId id, String consumedBy) {
        Require.nonNull(id, "id");
        Require.nonBlank(consumedBy, "consumedBy");
        synchronized (lock) {
            Hold current = holds.get(id);
            if (current == null || current.state() != HoldState.CONSUMED || !current.consumedBy().equals(Optional.of(consumedBy))) {
                return Optional.empty();
            }
            Hold active = current.reopened();
            holds.put(id, active);
            index(active);
            return Optional.of(active);
        }
    }

    @Override
    public Optional<Hold> change(HoldId id, String expectedReservationKey, Hold changed) {
        Require.nonNull(id, "id");
        Require.nonBlank(expectedReservationKey, "expectedReservationKey");
        Require.nonNull(changed, "changed");
        if (!changed.id().equals(id) || changed.state() != HoldState.ACTIVE) {
            throw new IllegalArgumentException("a change keeps the hold's id and leaves it active");
        }
        synchronized (lock) {
            Hold current = holds.get(id);
            if (current == null || current.state() != HoldState.ACTIVE || !current.reservationKey().equals(expectedReservationKey)) {
                return Optional.empty();
            }
            // The change may add or drop promised SKUs.
            unindex(current);
            holds.put(id, changed);
            index(changed);
            return Optional.of(changed);
        }
    }

    @Override
    public void givenUpReturned(HoldId id, String reservationKey) {
        Require.nonNull(id, "id");
        Require.nonBlank(reservationKey, "reservationKey");
        synchronized (lock) {
            Hold current = holds.get(id);
            if (current != null && current.reservationKey().equals(reservationKey)) {
                holds.put(id, current.givenUpReturned());
            }
        }
    }

    @Override
    public List<Hold> livePromising(Sku sku, Instant now) {
        Require.nonNull(sku, "sku");
        Require.nonNull(now, "now");
        synchronized (lock) {
            return activePromising.getOrDefault(sku, Set.of()).stream()
                    .map(holds::get)
                    .filter(h -> h.promisesLive(sku, now))
                    .sorted(Comparator.comparing(Hold::placedAt).thenComparing(Hold::id))
                    .toList();
        }
    }

    @Override
    public List<Hold> expiredBy(Instant now) {
        Require.nonNull(now, "now");
        synchronized (lock) {
            return holds.values().stream()
                    .filter(h -> h.state() == HoldState.ACTIVE && !now.isBefore(h.expiresAt()))
                    .sorted(Comparator.comparing(Hold::expiresAt).thenComparing(Hold::id))
                    .toList();
        }
    }

    @Override
    public List<Hold> owingStock() {
        synchronized (lock) {
            return holds.values().stream()
                    .filter(h -> (h.state() == HoldState.RELEASED || h.state() == HoldState.EXPIRED) && !stockReturned.contains(h.id()))
                    .sorted(Comparator.comparing(Hold::expiresAt).thenComparing(Hold::id))
                    .toList();
        }
    }

    @Override
    public void stockReturned(HoldId id) {
        Require.nonNull(id, "id");
        synchronized (lock) {
            Hold hold = holds.get(id);
            if (hold != null && (hold.state() == HoldState.RELEASED || hold.state() == HoldState.EXPIRED)) {
                stockReturned.add(id);
            }
        }
    }

    /** Adds an active hold under each SKU it promises; called holding the lock. */
    private void index(Hold hold) {
        if (hold.state() != HoldState.ACTIVE) {
            return;
        }
        for (PromisedUnits units : hold.promised()) {
            activePromising.computeIfAbsent(units.sku(), sku -> new HashSet<>()).add(hold.id());
        }
    }

    /** Takes a hold off every SKU it promises, dropping SKUs left with none; called holding the lock. */
    private void unindex(Hold hold) {
        for (PromisedUnits units : hold.promised()) {
            Set<HoldId> ids = activePromising.get(units.sku());
            if (ids != null && ids.remove(hold.id()) && ids.isEmpty()) {
                activePromising.remove(units.sku());
            }
        }
    }

    /** {@return every hold, in the order they were created} */
    public List<Hold> holds() {
        synchronized (lock) {
            return List.copyOf(holds.values());
        }
    }
}
