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
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How an {@link InventoryStore} reserves: all or nothing, every shortfall named, movements on one stock summed,
 * and a repeated operation key answering as the first call did.
 */
public interface InventoryReservationContract extends InventoryStoreFixture {
    /** A reservation takes what is in stock and no more; one that is short is answered with its shortfall. */
    @Test
    default void shoeMakerReservesWhatIsInStockAndNoMore() {
        assertThat(inventory().reserve("r1", List.of(move(SHOES, WAREHOUSE, 12_000))))
                .isEqualTo(new ReservationResult.Reserved());
        assertThat(inventory().reserve("r2", List.of(move(SHOES, WAREHOUSE, 8_000))))
                .isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(SHOES, WAREHOUSE, 8_000, 0))));
        assertThat(level(SHOES, WAREHOUSE)).isEqualTo(new StockLevel(SHOES, WAREHOUSE, 12_000, 12_000, 0, "A-01"));
    }

    /** A reservation is all or nothing: one short movement leaves every other unreserved. */
    @Test
    default void reserveIsAllOrNothingAcrossMovements() {
        var result = inventory().reserve("r1", List.of(move(SHOES, STORE, 2), move(CONSOLE, WAREHOUSE, 4)));

        assertThat(result).isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(CONSOLE, WAREHOUSE, 4, 3))));
        assertThat(level(SHOES, STORE).reserved()).isZero();
        assertThat(level(CONSOLE, WAREHOUSE).reserved()).isZero();
    }

    /** An insufficient answer names every short movement, with what it asked and what was available. */
    @Test
    default void everyShortMovementIsNamed() {
        var result = inventory().reserve("r1", List.of(move(SHOES, STORE, 6), move(CONSOLE, WAREHOUSE, 4), move(SHOES, WAREHOUSE, 1)));

        assertThat(result).isInstanceOfSatisfying(ReservationResult.Insufficient.class, insufficient ->
                assertThat(insufficient.shortfalls()).containsExactlyInAnyOrder(
                        new Shortfall(SHOES, STORE, 6, 5), new Shortfall(CONSOLE, WAREHOUSE, 4, 3)));
        assertThat(level(SHOES, WAREHOUSE).reserved()).isZero();
    }

    /** Movements on the same stock are summed before the check. */
    @Test
    default void movementsOnTheSameStockAreSummedBeforeTheCheck() {
        var result = inventory().reserve("r1", List.of(move(CONSOLE, WAREHOUSE, 2), move(CONSOLE, WAREHOUSE, 2)));

        assertThat(result).isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(CONSOLE, WAREHOUSE, 4, 3))));
        assertThat(inventory().reserve("r2", List.of(move(CONSOLE, WAREHOUSE, 1), move(CONSOLE, WAREHOUSE, 2))))
                .isEqualTo(new ReservationResult.Reserved());
        assertThat(level(CONSOLE, WAREHOUSE).reserved()).isEqualTo(3);
    }

    /** Stock the store has no record of reads as zero available, and reserving it creates no record. */
    @Test
    default void unknownStockReadsAsZero() {
        Sku unknown = Sku.of("NOPE");
        LocationId nowhere = LocationId.of("NOWHERE");

        assertThat(inventory().reserve("r1", List.of(move(unknown, nowhere, 1))))
                .isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(unknown, nowhere, 1, 0))));
        assertThat(inventory().stockOf(unknown)).isEmpty();
    }

    /** A repeated reservation key answers as the first call did and reserves once. */
    @Test
    default void aRepeatedReserveKeyAnswersAsTheFirstAndReservesOnce() {
        var movements = List.of(move(SHOES, STORE, 3));
        var first = inventory().reserve("r1", movements);
        var again = inventory().reserve("r1", movements);

        assertThat(again).isEqualTo(first).isEqualTo(new ReservationResult.Reserved());
        assertThat(level(SHOES, STORE).reserved()).isEqualTo(3);
    }

    /** A key answered as insufficient stays insufficient, even after stock arrives; a new key reserves. */
    @Test
    default void aRepeatedInsufficientReserveStaysInsufficientEvenAfterStockArrives() {
        var movements = List.of(move(CONSOLE, WAREHOUSE, 5));
        var first = inventory().reserve("r1", movements);
        inventory().receive("gr-1", CONSOLE, WAREHOUSE, 10);

        assertThat(inventory().reserve("r1", movements)).isEqualTo(first);
        assertThat(inventory().reserve("r2", movements)).isEqualTo(new ReservationResult.Reserved());
    }

    /** A reservation key reused for different movements throws {@link OperationKeyReusedException}. */
    @Test
    default void reusingAKeyForADifferentRequestIsABug() {
        inventory().reserve("r1", List.of(move(SHOES, STORE, 1)));

        assertThatThrownBy(() -> inventory().reserve("r1", List.of(move(SHOES, STORE, 2))))
                .isInstanceOf(OperationKeyReusedException.class);
    }
}
