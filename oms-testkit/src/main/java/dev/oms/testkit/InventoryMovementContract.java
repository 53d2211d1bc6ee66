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
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockView;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How an {@link InventoryStore} moves stock after a reservation and keeps its records: release, consume and
 * receive once per key, never below what is reserved, and locations and stock records as the host set them.
 */
public interface InventoryMovementContract extends InventoryStoreFixture {
    /** A receipt key reused for other goods throws {@link OperationKeyReusedException} and adds nothing. */
    @Test
    default void aReceiptKeyReusedForOtherGoodsThrowsAndAddsNothing() {
        inventory().receive("gr-1", SHOES, WAREHOUSE, 4);

        assertThatThrownBy(() -> inventory().receive("gr-1", SHOES, WAREHOUSE, 5)).isInstanceOf(OperationKeyReusedException.class);
        assertThatThrownBy(() -> inventory().receive("gr-1", CONSOLE, WAREHOUSE, 4)).isInstanceOf(OperationKeyReusedException.class);
        assertThat(level(SHOES, WAREHOUSE).onHand()).isEqualTo(12_004);
    }

    /** A release returns reserved units to available, once per key. */
    @Test
    default void releaseReturnsUnitsToAvailableOnce() {
        inventory().reserve("r1", List.of(move(SHOES, STORE, 4)));
        inventory().release("c1", List.of(move(SHOES, STORE, 3)));
        inventory().release("c1", List.of(move(SHOES, STORE, 3)));

        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 5, 1, 0, "FLOOR"));
        assertThat(level(SHOES, STORE).available()).isEqualTo(4);
    }

    /** A consumption takes units off hand and out of reserved, once per key. */
    @Test
    default void consumeTakesUnitsOffHandAndOutOfReservedOnce() {
        inventory().reserve("r1", List.of(move(SHOES, STORE, 4)));
        inventory().consume("s1", List.of(move(SHOES, STORE, 4)));
        inventory().consume("s1", List.of(move(SHOES, STORE, 4)));

        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 1, 0, 0, "FLOOR"));
    }

    /**
     * A release or consumption key reused for other movements (another quantity, location or SKU) throws {@link
     * OperationKeyReusedException} and changes nothing; the same movements made afresh replay.
     */
    @Test
    default void aReleaseOrConsumeKeyReusedForOtherMovementsThrowsAndChangesNothing() {
        inventory().reserve("r1", List.of(move(SHOES, STORE, 4)));
        inventory().release("c1", List.of(move(SHOES, STORE, 1)));
        inventory().consume("s1", List.of(move(SHOES, STORE, 2)));

        assertThatThrownBy(() -> inventory().release("c1", List.of(move(SHOES, STORE, 2))))
                .isInstanceOf(OperationKeyReusedException.class);
        assertThatThrownBy(() -> inventory().release("c1", List.of(move(SHOES, WAREHOUSE, 1))))
                .isInstanceOf(OperationKeyReusedException.class);
        assertThatThrownBy(() -> inventory().consume("s1", List.of(move(CONSOLE, STORE, 2))))
                .isInstanceOf(OperationKeyReusedException.class);
        assertThatThrownBy(() -> inventory().consume("s1", List.of(move(SHOES, STORE, 1), move(SHOES, STORE, 1))))
                .isInstanceOf(OperationKeyReusedException.class);
        inventory().consume("s1", List.of(move(SHOES, STORE, 2)));
        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 3, 1, 0, "FLOOR"));
    }

    /** Releasing more than is reserved throws, naming the SKU, and changes nothing. */
    @Test
    default void releasingMoreThanIsReservedThrowsAndChangesNothing() {
        inventory().reserve("r1", List.of(move(SHOES, STORE, 2), move(CONSOLE, WAREHOUSE, 1)));

        assertThatThrownBy(() -> inventory().release("c1", List.of(move(SHOES, STORE, 1), move(CONSOLE, WAREHOUSE, 2))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONSOLE-X");
        assertThat(level(SHOES, STORE).reserved()).isEqualTo(2);
        assertThat(level(CONSOLE, WAREHOUSE).reserved()).isEqualTo(1);
    }

    /** Consuming more than is reserved, summed over the movements, throws and changes nothing. */
    @Test
    default void consumingMoreThanIsReservedThrows() {
        inventory().reserve("r1", List.of(move(SHOES, STORE, 1)));

        assertThatThrownBy(() -> inventory().consume("s1", List.of(move(SHOES, STORE, 1), move(SHOES, STORE, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> inventory().consume("s2", List.of(move(CONSOLE, STORE, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 5, 1, 0, "FLOOR"));
    }

    /** A release that threw does not use up its key: the same key works once the stock is right. */
    @Test
    default void aFailedReleaseCanBeRetriedWithTheSameKeyOnceCorrected() {
        assertThatThrownBy(() -> inventory().release("c1", List.of(move(SHOES, STORE, 1))))
                .isInstanceOf(IllegalStateException.class);
        inventory().reserve("r1", List.of(move(SHOES, STORE, 1)));
        inventory().release("c1", List.of(move(SHOES, STORE, 1)));

        assertThat(level(SHOES, STORE).reserved()).isZero();
    }

    /** A receipt adds to on hand once per key, and creates the stock record it needs. */
    @Test
    default void receiveAddsOnHandOncePerKeyAndCreatesMissingRecords() {
        inventory().receive("gr-1", SHOES, WAREHOUSE, 4_000);
        inventory().receive("gr-1", SHOES, WAREHOUSE, 4_000);
        inventory().receive("gr-2", CONSOLE, STORE, 7);

        assertThat(level(SHOES, WAREHOUSE).onHand()).isEqualTo(16_000);
        assertThat(level(CONSOLE, STORE).onHand()).isEqualTo(7);
        assertThat(level(CONSOLE, STORE).reserved()).isZero();
    }

    /** A receipt of zero units or fewer throws {@link IllegalArgumentException}. */
    @Test
    default void receiveRejectsNonPositiveQuantities() {
        assertThatThrownBy(() -> inventory().receive("gr-1", SHOES, WAREHOUSE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code stockOf} lists every location with a record of the SKU, ordered by location id. */
    @Test
    default void stockOfListsEveryLocationWithARecordByLocationId() {
        assertThat(inventory().stockOf(SHOES)).extracting(StockLevel::locationId).containsExactly(STORE, WAREHOUSE);
    }

    /** {@code stockView} reads the locations and the stock of each SKU asked for once, in the order first asked. */
    @Test
    default void stockViewReadsTheLocationsAndEachSkuAskedForOnce() {
        inventory().reserve("r1", List.of(move(SHOES, STORE, 2)));
        Sku unknown = Sku.of("NEVER-STOCKED");

        StockView view = inventory().stockView(List.of(CONSOLE, unknown, SHOES, CONSOLE));

        assertThat(view.locations()).isEqualTo(inventory().locations());
        List<StockLevel> expected = new ArrayList<>(inventory().stockOf(CONSOLE));
        expected.addAll(inventory().stockOf(SHOES));
        assertThat(view.stock()).isEqualTo(expected);
        assertThat(inventory().stockView(List.of()).stock()).isEmpty();
    }

    /** Locations keep their order, their address and whether they are active, as the host set them. */
    @Test
    default void locationsKeepTheirOrderAndCanBePaused() {
        relocate(new Location(STORE, "High street", LocationType.STORE, 2,
                Optional.of(ContractFixtures.address()), false));

        assertThat(inventory().locations()).extracting(Location::id).containsExactly(WAREHOUSE, STORE);
        assertThat(inventory().locations().get(1).active()).isFalse();
        assertThat(inventory().locations().get(1).address()).contains(ContractFixtures.address());
    }

    /** The host cannot set on hand below what is reserved; above it, the bin changes too. */
    @Test
    default void setStockCannotGoBelowWhatIsPromised() {
        inventory().reserve("r1", List.of(move(CONSOLE, WAREHOUSE, 3)));

        assertThatThrownBy(() -> restock(CONSOLE, WAREHOUSE, 2, "B-07"))
                .isInstanceOf(IllegalArgumentException.class);
        restock(CONSOLE, WAREHOUSE, 10, "B-08");
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 10, 3, 0, "B-08"));
    }
}
