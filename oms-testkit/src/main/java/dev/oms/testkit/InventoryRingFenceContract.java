// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.CONSOLE;
import static dev.oms.testkit.ContractFixtures.SHOES;
import static dev.oms.testkit.ContractFixtures.STORE;
import static dev.oms.testkit.ContractFixtures.WAREHOUSE;
import static dev.oms.testkit.ContractFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How an {@link InventoryStore} ring-fences goods received for one order: on hand but not available to anyone
 * else, turned into that order's reservation once per key.
 */
public interface InventoryRingFenceContract extends InventoryStoreFixture {
    /** Goods received ring-fenced raise on hand and ring-fenced, not available. */
    @Test
    default void consolesReceivedForTheRetailerRaiseOnHandAndRingFencedButNotAvailable() {
        inventory().receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 5_000);
        inventory().receiveRingFenced("GR-2", CONSOLE, STORE, 7);

        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 5_003, 0, 5_000, "B-07"));
        assertThat(level(CONSOLE, WAREHOUSE).available()).isEqualTo(3);
        assertThat(level(CONSOLE, STORE)).extracting(StockLevel::onHand, StockLevel::reserved, StockLevel::ringFenced)
                .containsExactly(7L, 0L, 7L);
        assertThat(level(CONSOLE, STORE).available()).isZero();
    }

    /** No ordinary reservation can take ring-fenced units. */
    @Test
    default void nobodysReservationCanTakeRingFencedUnits() {
        inventory().receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 5_000);

        assertThat(inventory().reserve("fan-1", List.of(move(CONSOLE, WAREHOUSE, 4))))
                .isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(CONSOLE, WAREHOUSE, 4, 3))));
        assertThat(inventory().reserve("fan-2", List.of(move(CONSOLE, WAREHOUSE, 3))))
                .isEqualTo(new ReservationResult.Reserved());
        assertThat(inventory().reserve("fan-3", List.of(move(CONSOLE, WAREHOUSE, 1))))
                .isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(CONSOLE, WAREHOUSE, 1, 0))));
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 5_003, 3, 5_000, "B-07"));
    }

    /** {@code reserveRingFenced} moves units from ring-fenced to reserved and leaves available alone. */
    @Test
    default void reserveRingFencedMovesUnitsFromRingFencedToReservedLeavingAvailableAlone() {
        inventory().receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 5_000);
        inventory().receiveRingFenced("GR-2", SHOES, STORE, 10);

        inventory().reserveRingFenced("fence-1", List.of(
                move(CONSOLE, WAREHOUSE, 3_000), move(SHOES, STORE, 4), move(CONSOLE, WAREHOUSE, 2_000)));

        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 5_003, 5_000, 0, "B-07"));
        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 15, 4, 6, "FLOOR"));
        assertThat(level(SHOES, STORE).available()).isEqualTo(5);
    }

    /** Reserving more than is ring-fenced throws, changes nothing and leaves the key free for a corrected call. */
    @Test
    default void reservingMoreThanIsRingFencedThrowsChangesNothingAndLeavesTheKeyFree() {
        inventory().receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 3);
        inventory().receiveRingFenced("GR-2", SHOES, STORE, 2);

        assertThatThrownBy(() -> inventory().reserveRingFenced("fence-1",
                List.of(move(SHOES, STORE, 2), move(CONSOLE, WAREHOUSE, 4))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONSOLE-X");
        // Units that are merely available are not ring-fenced, and unknown stock has none.
        assertThatThrownBy(() -> inventory().reserveRingFenced("fence-2", List.of(move(SHOES, WAREHOUSE, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> inventory().reserveRingFenced("fence-3", List.of(move(Sku.of("NOPE"), WAREHOUSE, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 6, 0, 3, "B-07"));
        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 7, 0, 2, "FLOOR"));
        assertThat(level(SHOES, WAREHOUSE)).isEqualTo(new StockLevel(SHOES, WAREHOUSE, 12_000, 0, 0, "A-01"));

        inventory().reserveRingFenced("fence-1", List.of(move(SHOES, STORE, 2), move(CONSOLE, WAREHOUSE, 3)));
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 6, 3, 0, "B-07"));
        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 7, 2, 0, "FLOOR"));
    }

    /**
     * Repeated ring-fence keys change nothing; reused for a different request, they throw
     * {@link OperationKeyReusedException}.
     */
    @Test
    default void repeatedRingFenceKeysChangeNothingAndCannotBeReusedForADifferentRequest() {
        inventory().receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 7);
        inventory().receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 7);
        inventory().reserveRingFenced("fence-1", List.of(move(CONSOLE, WAREHOUSE, 4)));
        inventory().reserveRingFenced("fence-1", List.of(move(CONSOLE, WAREHOUSE, 4)));

        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 10, 4, 3, "B-07"));
        assertThatThrownBy(() -> inventory().receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 8))
                .isInstanceOf(OperationKeyReusedException.class);
        assertThatThrownBy(() -> inventory().reserveRingFenced("fence-1", List.of(move(CONSOLE, WAREHOUSE, 3))))
                .isInstanceOf(OperationKeyReusedException.class);
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 10, 4, 3, "B-07"));
    }

    /** A ring-fenced receipt of zero units or fewer throws {@link IllegalArgumentException} and changes nothing. */
    @Test
    default void receiveRingFencedRejectsNonPositiveQuantities() {
        assertThatThrownBy(() -> inventory().receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 3, 0, 0, "B-07"));
    }
}
