// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import dev.oms.core.application.PickListsCreated;
import dev.oms.spi.event.FulfilmentEvent;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rebuilding an order from its stored events ({@link OrderEvolution#replay}) as its history grows.
 *
 * <p>The history starts with a real one, recorded by the facade: placed, reserved, authorised, notified,
 * listed and picked. It then grows by packing the picked units and opening the package again (a packer
 * redoing a parcel), one event per commit, until it holds {@link #events} events. Each repack adds a
 * package to the order, so the state grows with the history, as it does for a busy real order.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ReplayBenchmark {
    @Param({"10", "100", "1000", "10000"})
    public int events;

    StoredOrder history;

    @Setup(Level.Trial)
    public void record() {
        history = history(events);
    }

    /** A stored order of exactly {@code size} events. */
    static StoredOrder history(int size) {
        OmsShop shop = new OmsShop(3, 1_000);
        Order order = shop.oms.orders().place(OmsShop.order("R-1", 0, 1, 2)).get();
        OrderId id = order.id();
        order = shop.oms.warehouse().createPickLists(id).map(PickListsCreated::order).get();
        shop.oms.warehouse().confirmPicked(id, order.pickLists().keySet().head()).get();
        List<OrderCommit> commits = new ArrayList<>(shop.adapters.orders().load(id).get().commits());
        int count = commits.stream().mapToInt(c -> c.events().size()).sum();
        if (count > size) {
            throw new IllegalArgumentException("the recorded prefix already holds " + count + " events, more than " + size);
        }
        List<PackageItem> contents = List.of(new PackageItem(LineId.of("L1"), OmsShop.QUANTITIES[0]),
                new PackageItem(LineId.of("L2"), OmsShop.QUANTITIES[1]), new PackageItem(LineId.of("L3"), OmsShop.QUANTITIES[2]));
        Instant at = Instant.parse("2026-03-01T11:00:00Z");
        for (int repack = 1; count < size; repack++) {
            PackageId pkg = PackageId.of(id.value() + "-PK" + repack);
            commits.add(new OrderCommit("pack-" + repack, at, List.of(new FulfilmentEvent.PackagePacked(
                    pkg, OmsShop.WAREHOUSE, contents, Optional.empty(), Optional.empty()))));
            count++;
            if (count < size) {
                commits.add(new OrderCommit("open-" + repack, at, List.of(new FulfilmentEvent.PackageOpened(pkg, "repack"))));
                count++;
            }
        }
        StoredOrder stored = new StoredOrder(id, commits);
        OrderEvolution.replay(stored).get(); // an illegal history throws here, before anything is measured
        return stored;
    }

    @Benchmark
    public Order replay() {
        return OrderEvolution.replay(history).get();
    }
}
