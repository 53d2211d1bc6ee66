// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import com.sun.management.ThreadMXBean;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.order.Order;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
/**
 * Bytes allocated per step of the benchmark's three-line lifecycle on the in-memory adapters, counted by the
 * JVM per thread ({@code ThreadMXBean.getThreadAllocatedBytes}): where the JMH figure's allocation goes.
 * Unlike a throughput, it does not depend on what else the machine runs. The first half of the lifecycles warm
 * the JIT and are not counted. {@code <lifecycles>}, 20,000 by default.
 */
public final class AllocationPerStep {
    private static final String[] STEPS = {"place", "createPickLists", "confirmPicked", "confirmPacked", "ship", "confirmDelivery"};

    private AllocationPerStep() {}

    public static void main(String[] args) {
        int lifecycles = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long[] bytes = new long[STEPS.length];
        OmsShop shop = new OmsShop(3, 1_000_000_000_000L);
        List<PackageItem> contents = List.of(new PackageItem(LineId.of("L1"), OmsShop.QUANTITIES[0]),
                new PackageItem(LineId.of("L2"), OmsShop.QUANTITIES[1]), new PackageItem(LineId.of("L3"), OmsShop.QUANTITIES[2]));
        for (int i = 0; i < lifecycles; i++) {
            long[] at = new long[STEPS.length + 1];
            at[0] = threads.getThreadAllocatedBytes(thread);
            Order order = shop.oms.orders().place(OmsShop.order("A-" + i, 0, 1, 2)).get();
            OrderId id = order.id();
            at[1] = threads.getThreadAllocatedBytes(thread);
            order = shop.oms.warehouse().createPickLists(id).map(PickListsCreated::order).get();
            at[2] = threads.getThreadAllocatedBytes(thread);
            order = shop.oms.warehouse().confirmPicked(id, order.pickLists().keySet().head()).get();
            at[3] = threads.getThreadAllocatedBytes(thread);
            order = shop.oms.warehouse().confirmPacked(id, PackRequest.of("pack-" + i, OmsShop.WAREHOUSE, contents))
                    .map(Packed::order).get();
            at[4] = threads.getThreadAllocatedBytes(thread);
            PackageId pkg = order.packages().keySet().head();
            shop.oms.warehouse().ship(id, pkg, "ground").get();
            at[5] = threads.getThreadAllocatedBytes(thread);
            shop.oms.warehouse().confirmDelivery(id, pkg).get();
            at[6] = threads.getThreadAllocatedBytes(thread);
            if (i >= lifecycles / 2) {
                for (int step = 0; step < STEPS.length; step++) {
                    bytes[step] += at[step + 1] - at[step];
                }
            }
        }
        int counted = lifecycles - lifecycles / 2;
        long total = 0;
        for (int step = 0; step < STEPS.length; step++) {
            System.out.printf(Locale.ROOT, "%-16s %,9d B%n", STEPS[step], bytes[step] / counted);
            total += bytes[step];
        }
        System.out.printf(Locale.ROOT, "%-16s %,9d B per lifecycle (%,d lifecycles counted)%n", "total", total / counted, counted);
    }
}
