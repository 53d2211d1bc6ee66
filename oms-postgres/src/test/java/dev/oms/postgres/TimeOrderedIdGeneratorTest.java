// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.inmemory.SettableClock;
import dev.oms.spi.value.OrderId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TimeOrderedIdGeneratorTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void anIdIsACanonicalLowercaseUuidVersion7CarryingTheClocksMillisecond() {
        OrderId id = new TimeOrderedIdGenerator(Clock.fixed(T0.plusNanos(123_456_789), ZoneOffset.UTC)).newOrderId();

        assertThat(id.value()).hasSize(TimeOrderedIdGenerator.LENGTH).matches("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        UUID uuid = UUID.fromString(id.value());
        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(TimeOrderedIdGenerator.createdAt(id)).isEqualTo(T0.plusMillis(123));
    }

    @Test
    void idsFitTheCoresIdLimitAndTheIdColumns() {
        // InputLimits caps ids at 128 characters, the order_id columns hold 200; ids derived from an order id
        // (lines, packages, hold attempt keys) append to it, so a short id leaves them room.
        assertThat(TimeOrderedIdGenerator.LENGTH).isLessThanOrEqualTo(64);
    }

    @Test
    void idsInOneMillisecondAreStrictlyIncreasing() {
        var ids = new TimeOrderedIdGenerator(Clock.fixed(T0, ZoneOffset.UTC));

        List<String> issued = issue(ids, 10_000);

        assertThat(issued).isSorted().doesNotHaveDuplicates();
        // Past 4,096 in one millisecond the counter carries into the timestamp: a little ahead, never back.
        assertThat(TimeOrderedIdGenerator.createdAt(OrderId.of(issued.get(4_095)))).isEqualTo(T0);
        assertThat(TimeOrderedIdGenerator.createdAt(OrderId.of(issued.get(4_096)))).isEqualTo(T0.plusMillis(1));
    }

    @Test
    void whenTheClockStepsBackIdsKeepIncreasingFromTheLastOne() {
        var clock = new SettableClock(T0);
        var ids = new TimeOrderedIdGenerator(clock);
        String beforeTheStep = ids.newOrderId().value();

        clock.set(T0.minus(Duration.ofMinutes(5)));
        String afterTheStep = ids.newOrderId().value();
        clock.advance(Duration.ofMinutes(1));
        String later = ids.newOrderId().value();

        assertThat(List.of(beforeTheStep, afterTheStep, later)).isSorted().doesNotHaveDuplicates();
        assertThat(TimeOrderedIdGenerator.createdAt(OrderId.of(afterTheStep))).isEqualTo(T0);
        clock.set(T0.plusSeconds(1));
        assertThat(TimeOrderedIdGenerator.createdAt(ids.newOrderId())).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void lexicographicOrderIsTimeOrder() {
        var clock = new SettableClock(T0);
        var ids = new TimeOrderedIdGenerator(clock);
        List<String> issued = new ArrayList<>();
        // Steps that change a low hex digit, a high one, and cross a power of two of the millisecond count.
        for (long step : new long[] {1, 15, 16, 255, 4_096, 1L << 20, 1L << 32, 86_400_000L * 365 * 30}) {
            issued.add(ids.newOrderId().value());
            clock.advance(Duration.ofMillis(step));
        }

        assertThat(issued).isSorted();
        assertThat(issued.stream().map(OrderId::of).map(TimeOrderedIdGenerator::createdAt).toList()).isSorted();
    }

    @Test
    void threadsSharingOneInstanceNeverGetTheSameIdAndEachSeesItsOwnIdsIncrease() throws Exception {
        var ids = new TimeOrderedIdGenerator(Clock.systemUTC());
        int threads = 4;
        int perThread = 20_000;
        Set<String> all = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> mine = issue(ids, perThread);
                    all.addAll(mine);
                    return mine;
                }));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertThat(result.get()).isSorted();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(all).hasSize(threads * perThread);
    }

    @Test
    void twoInstancesOnTheSameClockNeverIssueTheSameId() {
        Clock sameMillisecond = Clock.fixed(T0, ZoneOffset.UTC);
        var first = new TimeOrderedIdGenerator(sameMillisecond, new SecureRandom());
        var second = new TimeOrderedIdGenerator(sameMillisecond, new SecureRandom());

        Set<String> all = new HashSet<>(issue(first, 4_000));
        all.addAll(issue(second, 4_000));

        assertThat(all).hasSize(8_000);
    }

    @Test
    void theRandomBitsAreWhatTellTwoInstancesApart() {
        // Same clock and same seed: the same ids. This is why every instance needs its own random source.
        Clock sameMillisecond = Clock.fixed(T0, ZoneOffset.UTC);
        var first = new TimeOrderedIdGenerator(sameMillisecond, new Random(7));
        var second = new TimeOrderedIdGenerator(sameMillisecond, new Random(7));

        assertThat(first.newOrderId()).isEqualTo(second.newOrderId());
    }

    @Test
    void aNewInstanceAfterARestartWithALaterClockIssuesOnlyLaterIds() {
        var clock = new SettableClock(T0);
        List<String> beforeRestart = issue(new TimeOrderedIdGenerator(clock), 1_000);

        clock.advance(Duration.ofMillis(1));
        List<String> afterRestart = issue(new TimeOrderedIdGenerator(clock), 1_000);

        assertThat(afterRestart.get(0)).isGreaterThan(beforeRestart.get(beforeRestart.size() - 1));
        assertThat(afterRestart).isSorted().doesNotContainAnyElementsOf(beforeRestart);
    }

    @Test
    void aRestartInsideMillisecondsTheLastInstanceBorrowedReissuesNothing() {
        var clock = new SettableClock(T0);
        // 5,000 ids in one millisecond carry into the next one: the last ones are stamped T0 + 1 ms.
        List<String> beforeRestart = issue(new TimeOrderedIdGenerator(clock), 5_000);

        clock.advance(Duration.ofMillis(1));
        List<String> afterRestart = issue(new TimeOrderedIdGenerator(clock), 5_000);

        // Same timestamps and counters as some earlier ids, told apart by their random bits.
        Set<String> all = new HashSet<>(beforeRestart);
        all.addAll(afterRestart);
        assertThat(all).hasSize(10_000);
    }

    @Test
    void aClockOutsideFortyEightBitsOfMillisecondsIsRefused() {
        var beforeUnixTime = new TimeOrderedIdGenerator(Clock.fixed(Instant.parse("1969-12-31T23:59:59Z"), ZoneOffset.UTC));
        var pastTheYear10889 = new TimeOrderedIdGenerator(Clock.fixed(Instant.ofEpochMilli(1L << 48), ZoneOffset.UTC));

        assertThatThrownBy(beforeUnixTime::newOrderId).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(pastTheYear10889::newOrderId).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void createdAtRefusesIdsOfOtherGenerators() {
        assertThatThrownBy(() -> TimeOrderedIdGenerator.createdAt(OrderId.of("ORD-000001"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeOrderedIdGenerator.createdAt(OrderId.of(UUID.randomUUID().toString())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void operationKeysAreFreshIdsToo() {
        var ids = new TimeOrderedIdGenerator(Clock.fixed(T0, ZoneOffset.UTC));

        assertThat(List.of(ids.newOperationKey(), ids.newOrderId().value(), ids.newOperationKey())).isSorted().doesNotHaveDuplicates();
    }

    private static List<String> issue(TimeOrderedIdGenerator ids, int count) {
        List<String> issued = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            issued.add(ids.newOrderId().value());
        }
        return issued;
    }
}
