package dev.oms.inmemory;

import static dev.oms.inmemory.Fixtures.followUp;
import static dev.oms.inmemory.Fixtures.placed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many threads against one adapter at once: the contracts must hold exactly as they do for one caller. */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final List<Sku> SCARCE = List.of(Sku.of("SCARCE-1"), Sku.of("SCARCE-2"), Sku.of("SCARCE-3"));
    private static final List<LocationId> LOCATIONS = List.of(LocationId.of("WH-1"), LocationId.of("ST-1"));

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void shutDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void ringFencedGoodsArrivingDuringARushAreNeverReservedByTheRush() throws Exception {
        var inventory = new InMemoryInventoryStore();
        Sku console = SCARCE.get(0);
        LocationId warehouse = LOCATIONS.get(0);
        inventory.setStock(console, warehouse, 100, "BIN");

        // Thread 0 receives 40 deliveries of 25 units for an indent order, ring-fenced, and turns each into
        // the order's reservation; the other threads reserve single units for everyone else as fast as they can.
        List<Map<StockKey, Long>> tallies = race(THREADS, thread -> {
            Map<StockKey, Long> tally = new HashMap<>();
            StockKey key = new StockKey(console, warehouse);
            for (int call = 0; call < 400; call++) {
                if (thread == 0 && call < 40) {
                    inventory.receiveRingFenced("GR-" + call, console, warehouse, 25);
                    inventory.reserveRingFenced("fence-" + call, List.of(new StockMovement(console, warehouse, 25)));
                } else if (thread != 0 && inventory.reserve("t" + thread + "-" + call,
                        List.of(new StockMovement(console, warehouse, 1))) instanceof ReservationResult.Reserved) {
                    tally.merge(key, 1L, Long::sum);
                }
            }
            return tally;
        });

        long rush = tallies.stream().mapToLong(t -> t.values().stream().mapToLong(Long::longValue).sum()).sum();
        StockLevel level = inventory.stockAt(console, warehouse).get();
        assertThat(rush).isEqualTo(100);
        assertThat(level).isEqualTo(new StockLevel(console, warehouse, 1_100, 1_100, 0, "BIN"));
    }

    @Test
    void racingReservationsNeverOversellAndSuccessesAddUpToWhatIsReserved() throws Exception {
        var inventory = new InMemoryInventoryStore();
        SCARCE.forEach(sku -> LOCATIONS.forEach(location -> inventory.setStock(sku, location, 60, "BIN")));

        // Each thread reserves at random (seeded, so a failure replays), releases some of what it won,
        // and tallies its own net effect; the store must end up with exactly the sum of the tallies.
        List<Map<StockKey, Long>> tallies = race(THREADS, thread -> {
            var random = new Random(thread);
            Map<StockKey, Long> tally = new HashMap<>();
            for (int call = 0; call < 1_500; call++) {
                String key = "t" + thread + "-" + call;
                List<StockMovement> movements = randomMovements(random);
                if (inventory.reserve(key, movements) instanceof ReservationResult.Reserved) {
                    StockKey.totals(movements).forEach((stock, quantity) -> tally.merge(stock, quantity, Long::sum));
                    if (call % 3 == 0) {
                        inventory.release("release-" + key, movements);
                        StockKey.totals(movements).forEach((stock, quantity) -> tally.merge(stock, -quantity, Long::sum));
                    }
                }
            }
            return tally;
        });

        Map<StockKey, Long> won = new HashMap<>();
        tallies.forEach(tally -> tally.forEach((stock, quantity) -> won.merge(stock, quantity, Long::sum)));
        for (Sku sku : SCARCE) {
            for (StockLevel level : inventory.stockOf(sku)) {
                assertThat(level.reserved() + level.ringFenced()).isLessThanOrEqualTo(level.onHand());
                assertThat(level.reserved())
                        .isEqualTo(won.getOrDefault(new StockKey(sku, level.locationId()), 0L));
            }
        }
        assertThat(won.values()).anyMatch(quantity -> quantity > 0);
    }

    @Test
    void racersRepeatingOneKeyReserveOnceAndAllHearTheSameAnswer() throws Exception {
        var inventory = new InMemoryInventoryStore();
        inventory.setStock(SCARCE.get(0), LOCATIONS.get(0), 1_000, "BIN");
        var movements = List.of(new StockMovement(SCARCE.get(0), LOCATIONS.get(0), 3));

        for (int round = 0; round < 50; round++) {
            String key = "shared-" + round;
            List<ReservationResult> answers = race(THREADS, thread -> inventory.reserve(key, movements));
            assertThat(answers).containsOnly(new ReservationResult.Reserved());
        }
        assertThat(inventory.stockAt(SCARCE.get(0), LOCATIONS.get(0)).get().reserved()).isEqualTo(150);
    }

    @Test
    void exactlyOneOfManyAppendsAtTheSameVersionWins() throws Exception {
        var store = new InMemoryOrderStore();
        for (int round = 0; round < 50; round++) {
            OrderId order = OrderId.of("ORD-" + round);
            String externalId = "W-" + round;
            store.append(order, Channel.WEB, externalId, 0, placed(order, Channel.WEB, externalId));

            List<AppendResult> results = race(THREADS * 2, racer ->
                    store.append(order, Channel.WEB, externalId, 1, followUp("racer-" + racer)));

            assertThat(results).filteredOn(AppendResult.Appended.class::isInstance)
                    .containsExactly(new AppendResult.Appended(2));
            assertThat(results).filteredOn(AppendResult.VersionConflict.class::isInstance)
                    .hasSize(THREADS * 2 - 1)
                    .containsOnly(new AppendResult.VersionConflict(2));
            assertThat(store.load(order).get().version()).isEqualTo(2);
        }
    }

    @Test
    void exactlyOneOfManyOrdersCapturingTheSameChannelOrderIsStored() throws Exception {
        var store = new InMemoryOrderStore();
        for (int round = 0; round < 50; round++) {
            String externalId = "M-" + round;
            List<AppendResult> results = race(THREADS * 2, racer -> {
                OrderId order = OrderId.of(externalId + "-racer-" + racer);
                return store.append(order, Channel.MARKETPLACE, externalId, 0,
                        placed(order, Channel.MARKETPLACE, externalId));
            });

            OrderId winner = store.findByChannelOrder(Channel.MARKETPLACE, externalId).get();
            assertThat(results).filteredOn(AppendResult.Appended.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(AppendResult.DuplicateChannelOrder.class::isInstance)
                    .hasSize(THREADS * 2 - 1)
                    .containsOnly(new AppendResult.DuplicateChannelOrder(winner));
        }
        assertThat(store.orderIds()).hasSize(50);
    }

    /** Runs {@code racers} tasks released together by one gate, and returns their answers in racer order. */
    private <T> List<T> race(int racers, IntFunction<T> task) throws Exception {
        var gate = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (int racer = 0; racer < racers; racer++) {
            int id = racer;
            Callable<T> call = () -> {
                gate.await();
                return task.apply(id);
            };
            futures.add(pool.submit(call));
        }
        gate.countDown();
        List<T> answers = new ArrayList<>();
        for (Future<T> future : futures) {
            answers.add(future.get(20, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static List<StockMovement> randomMovements(Random random) {
        int count = 1 + random.nextInt(3);
        List<StockMovement> movements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            movements.add(new StockMovement(
                    SCARCE.get(random.nextInt(SCARCE.size())),
                    LOCATIONS.get(random.nextInt(LOCATIONS.size())),
                    1 + random.nextInt(3)));
        }
        return movements;
    }
}
