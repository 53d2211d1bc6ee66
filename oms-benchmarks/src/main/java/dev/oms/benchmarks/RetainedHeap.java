// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Heap kept per stored order, measured outside JMH: used heap after repeated full collections, before
 * and after running {@code orders} complete lifecycles into one shop, divided by {@code orders}. The
 * stores keep every order (oms: its whole commit log, the inventory's idempotency ledger and the
 * payment and carrier books; hand-written: its mutable order objects), so the figure is what each
 * delivered order costs to keep.
 */
public final class RetainedHeap {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private RetainedHeap() {}

    /** Measures at one size on its own, for sizes too large for the suite's time budget: {@code <orders>}. */
    public static void main(String[] args) {
        int orders = Integer.parseInt(args[0]);
        double hand = handWritten(orders);
        double oms = oms(orders);
        double stores = omsStores(orders);
        System.out.printf(Locale.ROOT, "orders %,d: hand-written %,.0f B/order, oms %,.0f B/order, ratio %.3g;"
                + " oms with remote providers %,.0f B/order, ratio %.3g%n", orders, hand, oms, oms / hand, stores, stores / hand);
    }

    /** Bytes retained per delivered order by oms on its in-memory adapters. */
    static double oms(int orders) {
        return perOrder(orders, () -> new OmsShop(3, 1_000_000_000_000L), (shop, i) -> shop.lifecycle("M-" + i));
    }

    /**
     * Bytes retained per delivered order by oms's own in-memory stores (orders, read models, inventory), the
     * providers being remote ({@link RemoteProviders}): the figure without the payment, carrier and notification
     * doubles' books, which a host's real providers keep on their side.
     */
    static double omsStores(int orders) {
        return perOrder(orders, () -> new OmsShop(3, 1_000_000_000_000L, true), (shop, i) -> shop.lifecycle("M-" + i));
    }

    /** Bytes retained per delivered order by the hand-written shop. */
    static double handWritten(int orders) {
        return perOrder(orders, () -> new HandWrittenShop(3, 1_000_000_000_000L), (shop, i) -> shop.lifecycle("M-" + i));
    }

    private interface Step<S> {
        void run(S shop, int index);
    }

    private static <S> double perOrder(int orders, Supplier<S> open, Step<S> lifecycle) {
        long before = usedAfterFullGc();
        S shop = open.get();
        for (int i = 0; i < orders; i++) {
            lifecycle.run(shop, i);
        }
        long after = usedAfterFullGc();
        Reference.reachabilityFence(shop);
        return (after - before) / (double) orders;
    }

    /** Used heap once repeated collections stop freeing anything. */
    static long usedAfterFullGc() {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return now;
            }
            used = now;
        }
        return used;
    }
}
