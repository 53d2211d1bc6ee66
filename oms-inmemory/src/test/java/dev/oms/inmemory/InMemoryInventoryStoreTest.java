package dev.oms.inmemory;

import static dev.oms.inmemory.Fixtures.CONSOLE;
import static dev.oms.inmemory.Fixtures.SHOES;
import static dev.oms.inmemory.Fixtures.STORE;
import static dev.oms.inmemory.Fixtures.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryInventoryStoreTest {
    private final InMemoryInventoryStore inventory = new InMemoryInventoryStore();

    @BeforeEach
    void stockUp() {
        inventory.addLocation(Location.of(WAREHOUSE, "Main warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(STORE, "High street", LocationType.STORE, 2))
                .setStock(SHOES, WAREHOUSE, 12_000, "A-01")
                .setStock(SHOES, STORE, 5, "FLOOR")
                .setStock(CONSOLE, WAREHOUSE, 3, "B-07");
    }

    @Test
    void shoeMakerReservesWhatIsInStockAndNoMore() {
        assertThat(inventory.reserve("r1", List.of(move(SHOES, WAREHOUSE, 12_000))))
                .isEqualTo(new ReservationResult.Reserved());
        assertThat(inventory.reserve("r2", List.of(move(SHOES, WAREHOUSE, 8_000))))
                .isEqualTo(new ReservationResult.Insufficient(
                        List.of(new ReservationResult.Shortfall(SHOES, WAREHOUSE, 8_000, 0))));
        assertThat(level(SHOES, WAREHOUSE)).isEqualTo(new StockLevel(SHOES, WAREHOUSE, 12_000, 12_000, 0, "A-01"));
    }

    @Test
    void reserveIsAllOrNothingAcrossMovements() {
        var result = inventory.reserve("r1", List.of(move(SHOES, STORE, 2), move(CONSOLE, WAREHOUSE, 4)));

        assertThat(result).isEqualTo(new ReservationResult.Insufficient(
                List.of(new ReservationResult.Shortfall(CONSOLE, WAREHOUSE, 4, 3))));
        assertThat(level(SHOES, STORE).reserved()).isZero();
        assertThat(level(CONSOLE, WAREHOUSE).reserved()).isZero();
    }

    @Test
    void movementsOnTheSameStockAreSummedBeforeTheCheck() {
        var result = inventory.reserve("r1", List.of(move(CONSOLE, WAREHOUSE, 2), move(CONSOLE, WAREHOUSE, 2)));

        assertThat(result).isEqualTo(new ReservationResult.Insufficient(
                List.of(new ReservationResult.Shortfall(CONSOLE, WAREHOUSE, 4, 3))));
        assertThat(inventory.reserve("r2", List.of(move(CONSOLE, WAREHOUSE, 1), move(CONSOLE, WAREHOUSE, 2))))
                .isEqualTo(new ReservationResult.Reserved());
        assertThat(level(CONSOLE, WAREHOUSE).reserved()).isEqualTo(3);
    }

    @Test
    void unknownStockReadsAsZero() {
        Sku unknown = Sku.of("NOPE");
        LocationId nowhere = LocationId.of("NOWHERE");

        assertThat(inventory.reserve("r1", List.of(move(unknown, nowhere, 1))))
                .isEqualTo(new ReservationResult.Insufficient(
                        List.of(new ReservationResult.Shortfall(unknown, nowhere, 1, 0))));
        assertThat(inventory.stockOf(unknown)).isEmpty();
        assertThat(inventory.stockAt(unknown, nowhere)).isEmpty();
    }

    @Test
    void aRepeatedReserveKeyAnswersAsTheFirstAndReservesOnce() {
        var movements = List.of(move(SHOES, STORE, 3));
        var first = inventory.reserve("r1", movements);
        var again = inventory.reserve("r1", movements);

        assertThat(again).isEqualTo(first).isEqualTo(new ReservationResult.Reserved());
        assertThat(level(SHOES, STORE).reserved()).isEqualTo(3);
    }

    @Test
    void aRepeatedInsufficientReserveStaysInsufficientEvenAfterStockArrives() {
        var movements = List.of(move(CONSOLE, WAREHOUSE, 5));
        var first = inventory.reserve("r1", movements);
        inventory.receive("gr-1", CONSOLE, WAREHOUSE, 10);

        assertThat(inventory.reserve("r1", movements)).isEqualTo(first);
        assertThat(inventory.reserve("r2", movements)).isEqualTo(new ReservationResult.Reserved());
    }

    @Test
    void reusingAKeyForADifferentRequestIsABug() {
        inventory.reserve("r1", List.of(move(SHOES, STORE, 1)));

        assertThatThrownBy(() -> inventory.reserve("r1", List.of(move(SHOES, STORE, 2))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void releaseReturnsUnitsToAvailableOnce() {
        inventory.reserve("r1", List.of(move(SHOES, STORE, 4)));
        inventory.release("c1", List.of(move(SHOES, STORE, 3)));
        inventory.release("c1", List.of(move(SHOES, STORE, 3)));

        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 5, 1, 0, "FLOOR"));
        assertThat(level(SHOES, STORE).available()).isEqualTo(4);
    }

    @Test
    void consumeTakesUnitsOffHandAndOutOfReservedOnce() {
        inventory.reserve("r1", List.of(move(SHOES, STORE, 4)));
        inventory.consume("s1", List.of(move(SHOES, STORE, 4)));
        inventory.consume("s1", List.of(move(SHOES, STORE, 4)));

        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 1, 0, 0, "FLOOR"));
    }

    @Test
    void releasingMoreThanIsReservedThrowsAndChangesNothing() {
        inventory.reserve("r1", List.of(move(SHOES, STORE, 2), move(CONSOLE, WAREHOUSE, 1)));

        assertThatThrownBy(() -> inventory.release("c1", List.of(move(SHOES, STORE, 1), move(CONSOLE, WAREHOUSE, 2))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONSOLE-X");
        assertThat(level(SHOES, STORE).reserved()).isEqualTo(2);
        assertThat(level(CONSOLE, WAREHOUSE).reserved()).isEqualTo(1);
    }

    @Test
    void consumingMoreThanIsReservedThrows() {
        inventory.reserve("r1", List.of(move(SHOES, STORE, 1)));

        assertThatThrownBy(() -> inventory.consume("s1", List.of(move(SHOES, STORE, 1), move(SHOES, STORE, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> inventory.consume("s2", List.of(move(CONSOLE, STORE, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 5, 1, 0, "FLOOR"));
    }

    @Test
    void aFailedReleaseCanBeRetriedWithTheSameKeyOnceCorrected() {
        assertThatThrownBy(() -> inventory.release("c1", List.of(move(SHOES, STORE, 1))))
                .isInstanceOf(IllegalStateException.class);
        inventory.reserve("r1", List.of(move(SHOES, STORE, 1)));
        inventory.release("c1", List.of(move(SHOES, STORE, 1)));

        assertThat(level(SHOES, STORE).reserved()).isZero();
    }

    @Test
    void receiveAddsOnHandOncePerKeyAndCreatesMissingRecords() {
        inventory.receive("gr-1", SHOES, WAREHOUSE, 4_000);
        inventory.receive("gr-1", SHOES, WAREHOUSE, 4_000);
        inventory.receive("gr-2", CONSOLE, STORE, 7);

        assertThat(level(SHOES, WAREHOUSE).onHand()).isEqualTo(16_000);
        assertThat(level(CONSOLE, STORE))
                .isEqualTo(new StockLevel(CONSOLE, STORE, 7, 0, 0, InMemoryInventoryStore.DEFAULT_BIN));
    }

    @Test
    void receiveRejectsNonPositiveQuantities() {
        assertThatThrownBy(() -> inventory.receive("gr-1", SHOES, WAREHOUSE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stockOfListsEveryLocationWithARecordByLocationId() {
        assertThat(inventory.stockOf(SHOES)).extracting(StockLevel::locationId).containsExactly(STORE, WAREHOUSE);
    }

    @Test
    void locationsKeepTheirOrderAndCanBePaused() {
        inventory.addLocation(new Location(STORE, "High street", LocationType.STORE, 2, Optional.empty(), false));

        assertThat(inventory.locations()).extracting(Location::id).containsExactly(WAREHOUSE, STORE);
        assertThat(inventory.locations().get(1).active()).isFalse();
    }

    @Test
    void setStockCannotGoBelowWhatIsPromised() {
        inventory.reserve("r1", List.of(move(CONSOLE, WAREHOUSE, 3)));

        assertThatThrownBy(() -> inventory.setStock(CONSOLE, WAREHOUSE, 2, "B-07"))
                .isInstanceOf(IllegalArgumentException.class);
        inventory.setStock(CONSOLE, WAREHOUSE, 10, "B-08");
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 10, 3, 0, "B-08"));
    }

    private StockLevel level(Sku sku, LocationId locationId) {
        return inventory.stockAt(sku, locationId).get();
    }

    static StockMovement move(Sku sku, LocationId locationId, long quantity) {
        return new StockMovement(sku, locationId, quantity);
    }
}
