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

import dev.oms.spi.inventory.AdjustmentReason;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockAdjusted;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How an {@link InventoryStore} records stock adjustments: reality wins, so a count below what is promised is
 * recorded, reservations stay for oms to settle, and nothing more can be reserved there meanwhile.
 */
public interface InventoryAdjustmentContract extends InventoryStoreFixture {
    /** A count replaces on hand and answers what stood before. */
    @Test
    default void aCountReplacesOnHand() {
        inventory().reserve("r-1", List.of(move(SHOES, STORE, 2)));

        StockAdjusted counted = inventory().adjust("count-1", StockAdjustment.counted(SHOES, STORE, 4));

        assertThat(counted).isEqualTo(new StockAdjusted(5, 4, 2, 0));
        assertThat(counted.shortfall()).isZero();
        assertThat(inventory().overpromised()).isEmpty();
        assertThat(level(SHOES, STORE)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(4L, 2L);
    }

    /** A count below the units reserved is recorded; the reservations stay and nothing more can be reserved. */
    @Test
    default void aCountBelowReservationsIsRecordedAndBlocksFurtherReservations() {
        inventory().reserve("r-1", List.of(move(SHOES, STORE, 3)));
        inventory().receiveRingFenced("gr-1", SHOES, STORE, 1);

        StockAdjusted counted = inventory().adjust("count-1", StockAdjustment.counted(SHOES, STORE, 1));

        assertThat(counted).isEqualTo(new StockAdjusted(6, 1, 3, 1));
        assertThat(counted.shortfall()).isEqualTo(3);
        assertThat(level(SHOES, STORE)).extracting(StockLevel::onHand, StockLevel::reserved, StockLevel::ringFenced)
                .containsExactly(1L, 3L, 1L);
        assertThat(level(SHOES, STORE).available()).isZero();
        assertThat(inventory().reserve("r-2", List.of(move(SHOES, STORE, 1))))
                .isInstanceOf(ReservationResult.Insufficient.class);
        assertThat(inventory().overpromised()).containsExactly(level(SHOES, STORE));
        inventory().release("lost-1", List.of(move(SHOES, STORE, 3)));
        assertThat(level(SHOES, STORE)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(1L, 0L);
        assertThat(inventory().overpromised()).isEmpty();
    }

    /** Damage and shrinkage take units away, never below zero; units found add to on hand. */
    @Test
    default void removalsStopAtZeroAndFoundUnitsAdd() {
        assertThat(inventory().adjust("dmg-1", new StockAdjustment(CONSOLE, WAREHOUSE, AdjustmentReason.DAMAGE, 2)))
                .isEqualTo(new StockAdjusted(3, 1, 0, 0));
        assertThat(inventory().adjust("shr-1", new StockAdjustment(CONSOLE, WAREHOUSE, AdjustmentReason.SHRINKAGE, 5)))
                .isEqualTo(new StockAdjusted(1, 0, 0, 0));
        assertThat(inventory().adjust("fnd-1", new StockAdjustment(CONSOLE, WAREHOUSE, AdjustmentReason.FOUND, 4)))
                .isEqualTo(new StockAdjusted(0, 4, 0, 0));
        assertThat(level(CONSOLE, WAREHOUSE).onHand()).isEqualTo(4);
    }

    /** Units found where the SKU had no stock record create one. */
    @Test
    default void unitsFoundWhereNoRecordWasCreateOne() {
        LocationId nowhere = LocationId.of("ST-9");
        assertThat(inventory().adjust("fnd-1", new StockAdjustment(CONSOLE, nowhere, AdjustmentReason.FOUND, 2)))
                .isEqualTo(new StockAdjusted(0, 2, 0, 0));
        assertThat(level(CONSOLE, nowhere).onHand()).isEqualTo(2);
    }

    /** A repeated key replays the first answer and changes nothing; the key for another adjustment is refused. */
    @Test
    default void aRepeatedKeyReplaysAndAReusedKeyIsRefused() {
        StockAdjusted first = inventory().adjust("dmg-1", new StockAdjustment(SHOES, STORE, AdjustmentReason.DAMAGE, 2));
        StockAdjusted again = inventory().adjust("dmg-1", new StockAdjustment(SHOES, STORE, AdjustmentReason.DAMAGE, 2));

        assertThat(again).isEqualTo(first).isEqualTo(new StockAdjusted(5, 3, 0, 0));
        assertThat(level(SHOES, STORE).onHand()).isEqualTo(3);
        assertThatThrownBy(() -> inventory().adjust("dmg-1", new StockAdjustment(SHOES, STORE, AdjustmentReason.DAMAGE, 1)))
                .isInstanceOf(OperationKeyReusedException.class);
        assertThatThrownBy(() -> inventory().adjust("dmg-1", StockAdjustment.counted(Sku.of("OTHER"), STORE, 1)))
                .isInstanceOf(OperationKeyReusedException.class);
        assertThat(level(SHOES, STORE).onHand()).isEqualTo(3);
    }
}
