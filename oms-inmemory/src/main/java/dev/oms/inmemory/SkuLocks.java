// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.value.Sku;
import java.util.Collection;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A fixed array of locks, each guarding the stock of every SKU whose hash falls in its stripe. A fixed
 * array keeps memory bounded however many SKUs a host sells, at the price of two SKUs now and then
 * sharing a lock.
 *
 * <p>Callers that touch several SKUs lock their stripes in ascending stripe order, each stripe once, so
 * two calls naming the same SKUs in opposite orders wait for each other instead of deadlocking.
 */
final class SkuLocks {
    /** A power of two, so a stripe is a mask of the hash; enough that two callers rarely share one. */
    private static final int STRIPES = 1024;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    SkuLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** Runs {@code body} holding the lock of {@code sku}'s stripe. */
    <A> A with(Sku sku, Supplier<A> body) {
        return with(new int[] {stripe(sku)}, body);
    }

    /** Runs {@code body} holding the locks of all these SKUs, taken in ascending stripe order, each once. */
    <A> A with(Collection<Sku> skus, Supplier<A> body) {
        return with(stripes(skus), body);
    }

    /** The stripes of these SKUs in the one order every caller takes them: ascending, each once. */
    static int[] stripes(Collection<Sku> skus) {
        return skus.stream().mapToInt(SkuLocks::stripe).sorted().distinct().toArray();
    }

    private <A> A with(int[] stripes, Supplier<A> body) {
        int taken = 0;
        try {
            for (int stripe : stripes) {
                locks[stripe].lock();
                taken++;
            }
            return body.get();
        } finally {
            // Reverse order of taking: not needed for safety, but it keeps the nesting plain.
            for (int i = taken - 1; i >= 0; i--) {
                locks[stripes[i]].unlock();
            }
        }
    }

    /** Spreads the high bits down, as HashMap does, so SKU codes differing only in their high bits spread too. */
    static int stripe(Sku sku) {
        int h = sku.hashCode();
        return (h ^ (h >>> 16)) & (STRIPES - 1);
    }
}
