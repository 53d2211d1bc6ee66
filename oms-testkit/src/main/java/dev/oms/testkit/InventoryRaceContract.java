// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.WAREHOUSE;
import static dev.oms.testkit.ContractFixtures.SCARCE;
import static dev.oms.testkit.ContractFixtures.SCARCE_AT;
import static dev.oms.testkit.ContractFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An {@link InventoryStore} under racing callers: it never oversells, a key repeated at once reserves once,
 * and ring-fenced goods arriving during a rush stay with their order. Uses {@link InventoryStoreFixture#racers()}
 * threads.
 */
public interface InventoryRaceContract extends InventoryStoreFixture {
    /**
     * Racing reservations and releases never oversell, and what is reserved at the end is exactly what the
     * racers won.
     */
    @Test
    default void racingReservationsNeverOversellAndSuccessesAddUpToWhatIsReserved() {
        SCARCE.forEach(sku -> SCARCE_AT.forEach(location -> restock(sku, location, 40, "BIN")));

        // Each racer reserves at random (seeded, so a failure replays), releases some of what it won, and
        // tallies its own net effect; the store must end up with exactly the sum of the tallies.
        List<Map<String, Long>> tallies = Race.run(racers(), racer -> {
            var random = new Random(racer);
            Map<String, Long> tally = new HashMap<>();
            for (int call = 0; call < callsPerRacer(); call++) {
                String key = "t" + racer + "-" + call;
                List<StockMovement> movements = randomMovements(random);
                if (inventory().reserve(key, movements) instanceof ReservationResult.Reserved) {
                    movements.forEach(m -> tally.merge(m.sku() + "@" + m.locationId(), m.quantity(), Long::sum));
                    if (call % 3 == 0) {
                        inventory().release("release-" + key, movements);
                        movements.forEach(m -> tally.merge(m.sku() + "@" + m.locationId(), -m.quantity(), Long::sum));
                    }
                }
            }
            return tally;
        });

        Map<String, Long> won = new HashMap<>();
        tallies.forEach(tally -> tally.forEach((stock, quantity) -> won.merge(stock, quantity, Long::sum)));
        for (Sku sku : SCARCE) {
            for (StockLevel level : inventory().stockOf(sku)) {
                assertThat(Invariants.noOversell(List.of(level))).isEmpty();
                assertThat(level.reserved()).isEqualTo(won.getOrDefault(sku + "@" + level.locationId(), 0L));
            }
        }
        assertThat(won.values()).anyMatch(quantity -> quantity > 0);
    }

    /** Racers repeating one key at once reserve once, and every racer hears the same answer. */
    @Test
    default void racersRepeatingOneKeyReserveOnceAndAllHearTheSameAnswer() {
        restock(SCARCE.get(0), WAREHOUSE, 1_000, "BIN");
        var movements = List.of(move(SCARCE.get(0), WAREHOUSE, 3));

        for (int round = 0; round < 10; round++) {
            String key = "shared-" + round;
            List<ReservationResult> answers = Race.run(racers(), racer -> inventory().reserve(key, movements));
            assertThat(answers).containsOnly(new ReservationResult.Reserved());
        }
        assertThat(level(SCARCE.get(0), WAREHOUSE).reserved()).isEqualTo(30);
    }

    /**
     * Ring-fenced goods received during a rush of other reservations go to their order only: the rush gets
     * the free stock and no more.
     */
    @Test
    default void ringFencedGoodsArrivingDuringARushAreNeverReservedByTheRush() {
        Sku console = SCARCE.get(0);
        restock(console, WAREHOUSE, 20, "BIN");
        int deliveries = 20;
        long perDelivery = 5;

        // Racer 0 receives deliveries for an indent order, ring-fenced, and turns each into the order's
        // reservation; the others reserve single units for everyone else, far more often than there is stock.
        List<Long> won = Race.run(racers(), racer -> {
            long units = 0;
            for (int call = 0; call < 40; call++) {
                if (racer == 0) {
                    if (call < deliveries) {
                        inventory().receiveRingFenced("GR-" + call, console, WAREHOUSE, perDelivery);
                        inventory().reserveRingFenced("fence-" + call, List.of(move(console, WAREHOUSE, perDelivery)));
                    }
                } else if (inventory().reserve("rush-" + racer + "-" + call, List.of(move(console, WAREHOUSE, 1)))
                        instanceof ReservationResult.Reserved) {
                    units++;
                }
            }
            return units;
        });

        long rush = won.stream().mapToLong(Long::longValue).sum();
        assertThat(rush).isEqualTo(20);
        assertThat(level(console, WAREHOUSE))
                .isEqualTo(new StockLevel(console, WAREHOUSE, 20 + deliveries * perDelivery, 20 + deliveries * perDelivery, 0, "BIN"));
    }

    private static List<StockMovement> randomMovements(Random random) {
        int count = 1 + random.nextInt(3);
        List<StockMovement> movements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            movements.add(new StockMovement(SCARCE.get(random.nextInt(SCARCE.size())),
                    SCARCE_AT.get(random.nextInt(SCARCE_AT.size())), 1 + random.nextInt(3)));
        }
        return movements;
    }
}
