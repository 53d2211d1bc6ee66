// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.SHOES;
import static dev.oms.testkit.ContractFixtures.STORE;
import static dev.oms.testkit.ContractFixtures.WAREHOUSE;
import static dev.oms.testkit.ContractFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockTransfer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How an {@link InventoryStore} moves stock between locations: units sent leave the source's on hand at once,
 * are in transit (promisable, never reservable) until received, and arrive on hand at the destination; every
 * call is atomic and idempotent by key.
 */
public interface InventoryTransferContract extends InventoryStoreFixture {
    /** When the transfers of these tests are expected. */
    LocalDate ARRIVAL = LocalDate.parse("2026-04-02");

    /** Only units available at the source leave it; they are on hand nowhere until received, then where they went. */
    @Test
    default void sentUnitsAreInTransitUntilReceivedWhereTheyWent() {
        inventory().reserve("r-1", List.of(move(SHOES, STORE, 2)));
        long atWarehouse = level(SHOES, WAREHOUSE).onHand();

        assertThat(inventory().sendTransfer("t-1", transfer("T-1", 4))).isEqualTo(new ReservationResult.Insufficient(
                List.of(new ReservationResult.Shortfall(SHOES, STORE, 4, 3))));
        assertThat(inventory().inTransit(SHOES)).isEmpty();
        assertThat(inventory().sendTransfer("t-2", transfer("T-2", 3))).isEqualTo(new ReservationResult.Reserved());

        assertThat(level(SHOES, STORE)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(2L, 2L);
        assertThat(inventory().inTransit(SHOES)).containsExactly(transfer("T-2", 3));
        assertThat(inventory().reserve("r-2", List.of(move(SHOES, STORE, 1)))).isInstanceOf(ReservationResult.Insufficient.class);

        inventory().receiveTransfer("tr-2", "T-2", 2);

        assertThat(level(SHOES, WAREHOUSE).onHand()).as("one unit was lost on the way").isEqualTo(atWarehouse + 2);
        assertThat(inventory().inTransit(SHOES)).isEmpty();
    }

    /** Repeating a key changes nothing; a transfer id names one transfer; a bad receipt changes nothing. */
    @Test
    default void repeatsChangeNothingAndATransferIsSentAndReceivedOnce() {
        inventory().sendTransfer("t-1", transfer("T-1", 2));
        assertThat(inventory().sendTransfer("t-1", transfer("T-1", 2))).isEqualTo(new ReservationResult.Reserved());
        assertThat(level(SHOES, STORE).onHand()).isEqualTo(3);
        assertThatThrownBy(() -> inventory().sendTransfer("t-1", transfer("T-9", 1))).isInstanceOf(OperationKeyReusedException.class);
        assertThatThrownBy(() -> inventory().sendTransfer("t-2", transfer("T-1", 1))).isInstanceOf(OperationKeyReusedException.class);
        assertThat(level(SHOES, STORE).onHand()).isEqualTo(3);

        assertThatThrownBy(() -> inventory().receiveTransfer("tr-1", "T-1", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> inventory().receiveTransfer("tr-x", "T-404", 1)).isInstanceOf(IllegalArgumentException.class);
        long atWarehouse = level(SHOES, WAREHOUSE).onHand();
        inventory().receiveTransfer("tr-1", "T-1", 2);
        inventory().receiveTransfer("tr-1", "T-1", 2);

        assertThat(level(SHOES, WAREHOUSE).onHand()).isEqualTo(atWarehouse + 2);
        assertThatThrownBy(() -> inventory().receiveTransfer("tr-2", "T-1", 2)).isInstanceOf(IllegalArgumentException.class);
        assertThat(level(SHOES, WAREHOUSE).onHand()).isEqualTo(atWarehouse + 2);
    }

    private static StockTransfer transfer(String id, long units) {
        return new StockTransfer(id, SHOES, STORE, WAREHOUSE, units, ARRIVAL);
    }
}
