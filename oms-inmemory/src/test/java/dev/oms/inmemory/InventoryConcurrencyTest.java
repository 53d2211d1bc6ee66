// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The striped store under threads that reserve, release, consume and receive overlapping SKUs at once.
 * Every run does a fixed number of operations and checks exact totals at the end, so a pass does not
 * depend on timing; a deadlock shows up as the bounded wait running out.
 */
class InventoryConcurrencyTest {
    private static final int THREADS = 4;
    private static final long INITIAL = 40;
    private static final long WAIT_SECONDS = 10;
    private static final List<LocationId> LOCATIONS = List.of(LocationId.of("L1"), LocationId.of("L2"));
    /** Six SKUs, two of which share a lock stripe, so a call may name one stripe twice. */
    private static final List<Sku> SKUS = skus();

    private final InMemoryInventoryStore store = new InMemoryInventoryStore();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1, runnable -> {
        Thread thread = new Thread(runnable);
        thread.setDaemon(true); // a deadlocked worker must not keep the test JVM alive
        return thread;
    });

    InventoryConcurrencyTest() {
        for (Sku sku : SKUS) {
            for (LocationId location : LOCATIONS) {
                store.setStock(sku, location, INITIAL, "BIN");
            }
        }
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void overlappingCallsNeverOversellAndAccountForEveryUnit() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong oversold = new AtomicLong();
        Future<?> observer = pool.submit(() -> {
            while (!done.get()) {
                for (Sku sku : SKUS) {
                    for (StockLevel level : store.stockOf(sku)) {
                        if (level.reserved() + level.ringFenced() > level.onHand()) {
                            oversold.incrementAndGet();
                        }
                    }
                }
            }
        });
        List<Callable<Ledger>> workers = IntStream.range(0, THREADS)
                .mapToObj(t -> (Callable<Ledger>) () -> new Worker(t).run(3_000)).toList();
        List<Ledger> ledgers = runAll(workers);
        done.set(true);
        observer.get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(oversold).hasValue(0);
        Map<StockKey, long[]> expected = new HashMap<>();
        for (Sku sku : SKUS) {
            for (LocationId location : LOCATIONS) {
                expected.put(new StockKey(sku, location), new long[] {INITIAL, 0});
            }
        }
        for (Ledger ledger : ledgers) {
            ledger.onHand.forEach((key, units) -> expected.get(key)[0] += units);
            ledger.held.forEach(reservation -> StockKey.totals(reservation).forEach((key, units) -> expected.get(key)[1] += units));
        }
        expected.forEach((key, units) -> {
            StockLevel level = store.stockAt(key.sku(), key.locationId()).get();
            assertThat(new long[] {level.onHand(), level.reserved()}).as("%s", key).containsExactly(units);
        });
        assertThat(ledgers.stream().mapToLong(l -> l.reserved).sum()).as("some reservations went through").isPositive();
        assertThat(ledgers.stream().mapToLong(l -> l.refused).sum()).as("some were refused for stock").isPositive();
    }

    @Test
    void aKeyRacedWithTheSameRequestAppliesOnceAndAllAnswerAlike() throws Exception {
        int rounds = 300;
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Callable<List<ReservationResult>>> racers = IntStream.range(0, THREADS)
                .mapToObj(t -> (Callable<List<ReservationResult>>) () -> {
                    List<ReservationResult> answers = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        start.await(WAIT_SECONDS, TimeUnit.SECONDS);
                        answers.add(store.reserve("race-" + round, sharedRequest(round)));
                    }
                    return answers;
                }).toList();
        List<List<ReservationResult>> answers = runAll(racers);

        Map<StockKey, Long> reserved = new HashMap<>();
        for (int round = 0; round < rounds; round++) {
            ReservationResult first = answers.get(0).get(round);
            for (List<ReservationResult> racer : answers) {
                assertThat(racer.get(round)).as("round %d", round).isEqualTo(first);
            }
            if (first instanceof ReservationResult.Reserved) {
                StockKey.totals(sharedRequest(round)).forEach((key, units) -> reserved.merge(key, units, Long::sum));
            }
        }
        assertThat(reserved).as("stock runs out partway, so both answers occur").isNotEmpty();
        assertReserved(reserved);
    }

    @Test
    void aKeyRacedWithRequestsForOtherSkusAppliesOneAndRefusesTheOther() throws Exception {
        int rounds = (int) INITIAL; // each SKU has a unit reserved for every round, whichever racer wins
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Integer>> racers = IntStream.range(0, 2).mapToObj(t -> (Callable<Integer>) () -> {
            int refused = 0;
            for (int round = 0; round < rounds; round++) {
                start.await(WAIT_SECONDS, TimeUnit.SECONDS);
                try {
                    store.release("clash-" + round, List.of(new StockMovement(SKUS.get(t), LOCATIONS.get(0), 1)));
                } catch (OperationKeyReusedException expected) {
                    refused++;
                } catch (IllegalStateException nothingReserved) {
                    throw new AssertionError("the first applies nothing and must not free the key", nothingReserved);
                }
            }
            return refused;
        }).toList();
        store.reserve("setup", List.of(new StockMovement(SKUS.get(0), LOCATIONS.get(0), INITIAL),
                new StockMovement(SKUS.get(1), LOCATIONS.get(0), INITIAL)));

        List<Integer> refused = runAll(racers);

        assertThat(refused.get(0) + refused.get(1)).as("one refusal per round").isEqualTo(rounds);
        long released = 2 * INITIAL - stockAt(SKUS.get(0)).reserved() - stockAt(SKUS.get(1)).reserved();
        assertThat(released).as("one release applied per round").isEqualTo(rounds);
    }

    @Test
    void callsNamingTheSameSkusInOppositeOrdersNeverDeadlock() throws Exception {
        List<Callable<Integer>> pair = IntStream.range(0, 2).mapToObj(t -> (Callable<Integer>) () -> {
            List<StockMovement> moves = new ArrayList<>();
            for (Sku sku : SKUS) {
                moves.add(new StockMovement(sku, LOCATIONS.get(1), 1));
            }
            if (t == 1) {
                Collections.reverse(moves);
            }
            for (int i = 0; i < 5_000; i++) {
                String key = t + "-" + i;
                if (store.reserve("r" + key, moves) instanceof ReservationResult.Reserved) {
                    store.release("x" + key, moves);
                }
            }
            return t;
        }).toList();

        assertThat(runAll(pair)).containsExactly(0, 1);
        for (Sku sku : SKUS) {
            assertThat(store.stockAt(sku, LOCATIONS.get(1)).get().reserved()).isZero();
        }
    }

    @Test
    void stripesAreTakenInOneOrderWhateverOrderTheSkusComeIn() {
        List<Sku> reversed = new ArrayList<>(SKUS);
        Collections.reverse(reversed);
        int[] stripes = SkuLocks.stripes(SKUS);

        assertThat(SkuLocks.stripes(reversed)).containsExactly(stripes);
        assertThat(stripes).as("ascending, the shared stripe once").isSorted().doesNotHaveDuplicates().hasSize(SKUS.size() - 1);
    }

    @Test
    void locksGivenTheSameSkusInOppositeOrdersNeverDeadlock() throws Exception {
        // The store passes a set, whose order may happen to agree between callers; lists make it differ.
        SkuLocks locks = new SkuLocks();
        List<Callable<Long>> pair = IntStream.range(0, 2).mapToObj(t -> (Callable<Long>) () -> {
            List<Sku> order = new ArrayList<>(SKUS);
            if (t == 1) {
                Collections.reverse(order);
            }
            long entered = 0;
            for (int i = 0; i < 50_000; i++) {
                entered += locks.with(order, () -> 1L);
            }
            return entered;
        }).toList();

        assertThat(runAll(pair)).containsExactly(50_000L, 50_000L);
    }

    /** Runs every task on the pool and waits a bounded time for all: a deadlock fails instead of hanging. */
    private <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        List<Future<T>> futures = tasks.stream().map(pool::submit).toList();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
        }
        return results;
    }

    private void assertReserved(Map<StockKey, Long> reserved) {
        for (Sku sku : SKUS) {
            for (LocationId location : LOCATIONS) {
                StockLevel level = store.stockAt(sku, location).get();
                assertThat(level.reserved()).as("%s at %s", sku, location)
                        .isEqualTo(reserved.getOrDefault(new StockKey(sku, location), 0L));
                assertThat(level.onHand()).isEqualTo(INITIAL);
            }
        }
    }

    private StockLevel stockAt(Sku sku) {
        return store.stockAt(sku, LOCATIONS.get(0)).get();
    }

    /** The request every racer of a round sends: three SKUs from the round number, one to three units. */
    private static List<StockMovement> sharedRequest(int round) {
        List<StockMovement> moves = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            moves.add(new StockMovement(SKUS.get((round + 2 * i) % SKUS.size()), LOCATIONS.get(round % 2), 1 + i));
        }
        return moves;
    }

    private static List<Sku> skus() {
        List<Sku> skus = new ArrayList<>(List.of(Sku.of("A"), Sku.of("B"), Sku.of("C"), Sku.of("D"), Sku.of("E")));
        int stripe = SkuLocks.stripe(skus.get(2));
        Sku twin = IntStream.range(0, 1_000_000).mapToObj(i -> Sku.of("T" + i))
                .filter(sku -> SkuLocks.stripe(sku) == stripe).findFirst().orElseThrow();
        skus.add(twin);
        return List.copyOf(skus);
    }

    /** What one worker did: its net change to on-hand per stock record, and the reservations it holds. */
    private static final class Ledger {
        final Map<StockKey, Long> onHand = new HashMap<>();
        final List<List<StockMovement>> held = new ArrayList<>();
        long reserved;
        long refused;
    }

    /** One thread's random mix of calls, seeded by its index; repeats of its own keys must change nothing. */
    private final class Worker {
        private final int index;
        private final Random random;
        private final Ledger ledger = new Ledger();
        private final Map<String, List<StockMovement>> reservations = new HashMap<>();
        private final Map<String, ReservationResult> answers = new HashMap<>();

        Worker(int index) {
            this.index = index;
            this.random = new Random(index);
        }

        Ledger run(int operations) {
            for (int n = 0; n < operations; n++) {
                String key = "w" + index + "-" + n;
                int choice = random.nextInt(10);
                if (choice < 5) {
                    reserve(key);
                } else if (choice < 8 && !ledger.held.isEmpty()) {
                    List<StockMovement> taken = ledger.held.remove(random.nextInt(ledger.held.size()));
                    if (choice == 7) {
                        store.consume(key, taken);
                        store.consume(key, taken); // a repeat: must not consume twice
                        StockKey.totals(taken).forEach((k, units) -> ledger.onHand.merge(k, -units, Long::sum));
                    } else {
                        store.release(key, taken);
                        store.release(key, taken);
                    }
                } else if (choice == 8 && !reservations.isEmpty()) {
                    String old = List.copyOf(reservations.keySet()).get(random.nextInt(reservations.size()));
                    assertThat(store.reserve(old, reservations.get(old))).isEqualTo(answers.get(old));
                } else {
                    StockMovement units = movement();
                    store.receive(key, units.sku(), units.locationId(), units.quantity());
                    store.receive(key, units.sku(), units.locationId(), units.quantity());
                    ledger.onHand.merge(new StockKey(units.sku(), units.locationId()), units.quantity(), Long::sum);
                }
            }
            return ledger;
        }

        private void reserve(String key) {
            List<StockMovement> moves = new ArrayList<>();
            for (int i = 1 + random.nextInt(4); i > 0; i--) {
                moves.add(movement());
            }
            ReservationResult answer = store.reserve(key, moves);
            reservations.put(key, moves);
            answers.put(key, answer);
            if (answer instanceof ReservationResult.Reserved) {
                ledger.held.add(moves);
                ledger.reserved++;
            } else {
                ledger.refused++;
            }
        }

        private StockMovement movement() {
            return new StockMovement(SKUS.get(random.nextInt(SKUS.size())),
                    LOCATIONS.get(random.nextInt(LOCATIONS.size())), 1 + random.nextInt(6));
        }
    }
}
