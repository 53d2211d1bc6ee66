// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.EffectEvent.NotificationSent;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A settled order's packed log reads back exactly as appended, whatever was appended before and after packing. */
class PackedOrderLogTest {
    private static final OrderId ORDER = OrderId.of("ORD-1");
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private static OrderCommit commit(int n) {
        return new OrderCommit("key-" + n, AT.plusSeconds(n), List.of(
                new UnitsAllocated(LineId.of("L" + n), Fixtures.WAREHOUSE, n),
                new PackageDelivered(PackageId.of("PK" + n), AT.plusSeconds(n)),
                new NotificationSent("ORD-1:note-" + n)), n % 2 == 0 ? "" : "ab".repeat(32));
    }

    private static int deflatedAlone(List<OrderCommit> commits) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED);
        deflater.setInput(dev.oms.codec.CommitCodec.encodeAll(commits));
        deflater.finish();
        int length = deflater.deflate(new byte[1 << 16]);
        deflater.end();
        return length;
    }

    private static OrderSummary summary(long version, OrderStatus status, boolean owesEffects) {
        return new OrderSummary(ORDER, Channel.of("web"), "EXT-1", CustomerRef.of("C-1"), status, AT, version, owesEffects, List.of());
    }

    @Test
    void everyVersionsTailReadsBackExactlyAcrossPackedChunksAndRecentCommits() {
        LogPacking packing = new LogPacking();
        List<OrderCommit> all = new ArrayList<>();
        OrderLog log = null;
        for (int n = 1; n <= 9; n++) {
            OrderCommit next = commit(n);
            all.add(next);
            log = log == null ? OrderLog.first(ORDER, next) : log.append(next);
            if (n == 3 || n == 4 || n == 7) {
                log = log.packed(packing); // chunks of 3, 1 and 3 commits, then 2 recent ones
            }
        }

        assertThat(log.version()).isEqualTo(9);
        assertThat(log.stored(packing).commits()).containsExactlyElementsOf(all);
        for (int version = 0; version <= 10; version++) {
            assertThat(log.commitsAfter(version, packing)).as("after version %d", version)
                    .containsExactlyElementsOf(all.subList(Math.min(version, 9), 9));
        }
    }

    @Test
    void chunksPackedBeforeAndAfterTheStoreChoseItsDictionaryAllReadBack() {
        LogPacking packing = new LogPacking();
        List<OrderCommit> small = List.of(commit(1));
        List<OrderCommit> large = List.of(commit(2), commit(3), commit(4), commit(5), commit(6));
        List<OrderCommit> later = List.of(commit(7), commit(8), commit(9), commit(10), commit(11));

        OrderLog.Packed beforeAny = packing.pack(small);
        OrderLog.Packed chosen = packing.pack(large);
        OrderLog.Packed after = packing.pack(later);

        assertThat(beforeAny.withDictionary()).as("a text under %d bytes chooses no dictionary", LogPacking.DICTIONARY_MIN).isFalse();
        assertThat(chosen.withDictionary()).isTrue();
        assertThat(after.withDictionary()).isTrue();
        assertThat(after.deflated().length).as("deflated with the dictionary").isLessThan(deflatedAlone(later));
        assertThat(packing.unpack(beforeAny, ORDER, 1)).containsExactlyElementsOf(small);
        assertThat(packing.unpack(chosen, ORDER, 2)).containsExactlyElementsOf(large);
        assertThat(packing.unpack(after, ORDER, 7)).containsExactlyElementsOf(later);
    }

    @Test
    void aLogPackedAfterALongerOneReadsBackExactly() {
        LogPacking packing = new LogPacking();
        List<OrderCommit> longer = new ArrayList<>();
        for (int n = 1; n <= 40; n++) {
            longer.add(commit(n));
        }
        List<OrderCommit> shorter = List.of(commit(41));

        OrderLog.Packed first = packing.pack(longer);
        OrderLog.Packed second = packing.pack(shorter); // on the buffers the longer text left behind

        assertThat(packing.unpack(second, ORDER, 41)).containsExactlyElementsOf(shorter);
        assertThat(packing.unpack(first, ORDER, 1)).containsExactlyElementsOf(longer);
    }

    @Test
    void logsPackedByManyThreadsAtOnceAllReadBackExactly() throws Exception {
        LogPacking packing = new LogPacking();
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        List<OrderCommit> commits = new ArrayList<>();
                        for (int n = 1; n <= 1 + (round + thread) % 7; n++) {
                            commits.add(commit(n + thread * 10));
                        }
                        if (!packing.unpack(packing.pack(commits), ORDER, 1).equals(commits)) {
                            wrong.add("thread " + thread + ", round " + round);
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> each : done) {
                assertThat(each.get(60, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBenchGrownPastItsLimitByOneLongLogIsNotKept() {
        try (PackingBench bench = new PackingBench()) {
            PackingBench.Text text = bench.emptyText();
            text.write(new byte[100], 0, 100);
            bench.deflated(null);
            assertThat(bench.keepable()).isTrue();

            byte[] noise = new byte[PackingBench.KEPT_MAX + 1];
            new java.util.Random(7).nextBytes(noise);
            bench.emptyText().write(noise, 0, noise.length);
            byte[] deflated = bench.deflated(null);

            assertThat(bench.keepable()).isFalse();
            java.util.zip.Inflater inflater = new java.util.zip.Inflater();
            byte[] back = new byte[noise.length];
            try {
                inflater.setInput(deflated);
                assertThat(inflater.inflate(back)).isEqualTo(noise.length);
            } catch (java.util.zip.DataFormatException e) {
                throw new AssertionError(e);
            } finally {
                inflater.end();
            }
            assertThat(back).isEqualTo(noise);
        }
    }

    @Test
    void aPackingThatFailsKeepsTheLogUnpackedAndTheCommitStored() {
        InMemoryOrderStore store = new InMemoryOrderStore(new LogPacking() {
            @Override
            OrderLog.Packed pack(List<OrderCommit> commits) {
                throw new IllegalStateException("a codec bug");
            }
        });
        OrderCommit first = commit(1);
        OrderCommit second = commit(2);

        assertThat(store.append(0, first, summary(1, OrderStatus.ALLOCATED, true))).isEqualTo(new AppendResult.Appended(1));
        assertThat(store.append(1, second, summary(2, OrderStatus.DELIVERED, false))).isEqualTo(new AppendResult.Appended(2));

        assertThat(store.logOf(ORDER).packedCommits()).isZero();
        assertThat(store.load(ORDER).orElseThrow().commits()).containsExactly(first, second);
    }

    @Test
    void packingALogWithNothingRecentKeepsIt() {
        OrderLog packed = OrderLog.first(ORDER, commit(1)).packed(new LogPacking());

        assertThat(packed.packed(new LogPacking())).isSameAs(packed);
    }

    @Test
    void theStorePacksAnOrderOnceItSettlesAndStillLoadsAndAppendsToIt() {
        InMemoryOrderStore store = new InMemoryOrderStore();
        List<OrderCommit> all = new ArrayList<>();
        OrderStatus[] statuses = {OrderStatus.ALLOCATED, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.DELIVERED,
            OrderStatus.DELIVERED, OrderStatus.CANCELLED};
        boolean[] owing = {true, false, true, false, true, false};
        for (int n = 1; n <= statuses.length; n++) {
            OrderCommit next = commit(n);
            all.add(next);
            assertThat(store.append(n - 1, next, summary(n, statuses[n - 1], owing[n - 1])))
                    .isEqualTo(new AppendResult.Appended(n));

            assertThat(store.load(ORDER).orElseThrow().commits()).as("after commit %d", n).containsExactlyElementsOf(all);
            assertThat(store.commitsAfter(ORDER, n - 1)).containsExactly(next);
            boolean settled = !owing[n - 1] && statuses[n - 1] != OrderStatus.ALLOCATED && statuses[n - 1] != OrderStatus.SHIPPED;
            assertThat(store.logOf(ORDER).packedCommits()).as("packed after commit %d", n).isEqualTo(settled ? n : n == 5 ? 4 : 0);
        }
        assertThat(store.commitsAfter(ORDER, 1)).containsExactlyElementsOf(all.subList(1, all.size()));
        assertThat(store.append(3, commit(99), summary(4, OrderStatus.DELIVERED, false)))
                .as("a stale version is refused after packing too").isEqualTo(new AppendResult.VersionConflict(6));
    }
}
