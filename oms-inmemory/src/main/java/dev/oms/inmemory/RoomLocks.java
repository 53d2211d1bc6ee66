// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.value.Sku;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The room of each SKU as a lock a thread holds from {@link #lock} until its outermost {@link #atomically}
 * block ends, so a placement or a checkout hold reads the units waiting and adds its own before another may.
 */
final class RoomLocks {
    private final ConcurrentHashMap<Sku, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** The locks this thread took inside its open atomically block; none outside one. */
    private final ThreadLocal<Deque<ReentrantLock>> held = new ThreadLocal<>();

    <T> T atomically(Supplier<T> work) {
        if (held.get() != null) {
            return work.get(); // nested: the outermost block releases
        }
        Deque<ReentrantLock> mine = new ArrayDeque<>();
        held.set(mine);
        try {
            return work.get();
        } finally {
            held.remove();
            while (!mine.isEmpty()) {
                mine.pop().unlock();
            }
        }
    }

    void lock(Collection<Sku> skus) {
        Deque<ReentrantLock> mine = held.get();
        if (mine == null) {
            throw new IllegalStateException("lockRoom is called inside atomically, which releases it");
        }
        // In code order, so two threads never each hold what the other waits for.
        skus.stream().distinct().sorted(Comparator.comparing(Sku::code)).forEach(sku -> {
            ReentrantLock lock = locks.computeIfAbsent(sku, k -> new ReentrantLock());
            lock.lock();
            mine.push(lock);
        });
    }
}
