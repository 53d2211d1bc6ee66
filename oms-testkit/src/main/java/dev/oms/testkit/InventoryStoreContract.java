package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.CONSOLE;
import static dev.oms.testkit.ContractFixtures.SHOES;
import static dev.oms.testkit.ContractFixtures.STORE;
import static dev.oms.testkit.ContractFixtures.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.OperationKeyReusedException;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.ReservationResult.Shortfall;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link InventoryStore} contract as tests. An adapter's test class extends this, returns a fresh,
 * empty store from {@link #emptyStore()} and says how a host sets up locations and stock on it.
 */
public abstract class InventoryStoreContract {
    private static final List<Sku> SCARCE = List.of(Sku.of("SCARCE-1"), Sku.of("SCARCE-2"), Sku.of("SCARCE-3"));
    private static final List<LocationId> SCARCE_AT = List.of(WAREHOUSE, STORE);

    /** Racers per concurrency test; an adapter may lower it for a small connection pool. */
    protected int racers = 8;
    /** Reservations each racer makes in the no-oversell test. */
    protected int callsPerRacer = 150;

    private InventoryStore inventory;

    /** A store with no locations and no stock; called before every test. */
    protected abstract InventoryStore emptyStore();

    /** Adds or replaces a location, as the host's setup does. */
    protected abstract void addLocation(InventoryStore store, Location location);

    /** Sets the units on hand and the bin of a SKU at a location, keeping what is reserved. */
    protected abstract void setStock(InventoryStore store, Sku sku, LocationId locationId, long onHand, String bin);

    @BeforeEach
    void stockUp() {
        inventory = emptyStore();
        addLocation(inventory, Location.of(WAREHOUSE, "Main warehouse", LocationType.WAREHOUSE, 1));
        addLocation(inventory, Location.of(STORE, "High street", LocationType.STORE, 2));
        setStock(inventory, SHOES, WAREHOUSE, 12_000, "A-01");
        setStock(inventory, SHOES, STORE, 5, "FLOOR");
        setStock(inventory, CONSOLE, WAREHOUSE, 3, "B-07");
    }

    @Test
    void shoeMakerReservesWhatIsInStockAndNoMore() {
        assertThat(inventory.reserve("r1", List.of(move(SHOES, WAREHOUSE, 12_000))))
                .isEqualTo(new ReservationResult.Reserved());
        assertThat(inventory.reserve("r2", List.of(move(SHOES, WAREHOUSE, 8_000))))
                .isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(SHOES, WAREHOUSE, 8_000, 0))));
        assertThat(level(SHOES, WAREHOUSE)).isEqualTo(new StockLevel(SHOES, WAREHOUSE, 12_000, 12_000, 0, "A-01"));
    }

    @Test
    void reserveIsAllOrNothingAcrossMovements() {
        var result = inventory.reserve("r1", List.of(move(SHOES, STORE, 2), move(CONSOLE, WAREHOUSE, 4)));

        assertThat(result).isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(CONSOLE, WAREHOUSE, 4, 3))));
        assertThat(level(SHOES, STORE).reserved()).isZero();
        assertThat(level(CONSOLE, WAREHOUSE).reserved()).isZero();
    }

    @Test
    void everyShortMovementIsNamed() {
        var result = inventory.reserve("r1", List.of(move(SHOES, STORE, 6), move(CONSOLE, WAREHOUSE, 4), move(SHOES, WAREHOUSE, 1)));

        assertThat(result).isInstanceOfSatisfying(ReservationResult.Insufficient.class, insufficient ->
                assertThat(insufficient.shortfalls()).containsExactlyInAnyOrder(
                        new Shortfall(SHOES, STORE, 6, 5), new Shortfall(CONSOLE, WAREHOUSE, 4, 3)));
        assertThat(level(SHOES, WAREHOUSE).reserved()).isZero();
    }

    @Test
    void movementsOnTheSameStockAreSummedBeforeTheCheck() {
        var result = inventory.reserve("r1", List.of(move(CONSOLE, WAREHOUSE, 2), move(CONSOLE, WAREHOUSE, 2)));

        assertThat(result).isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(CONSOLE, WAREHOUSE, 4, 3))));
        assertThat(inventory.reserve("r2", List.of(move(CONSOLE, WAREHOUSE, 1), move(CONSOLE, WAREHOUSE, 2))))
                .isEqualTo(new ReservationResult.Reserved());
        assertThat(level(CONSOLE, WAREHOUSE).reserved()).isEqualTo(3);
    }

    @Test
    void unknownStockReadsAsZero() {
        Sku unknown = Sku.of("NOPE");
        LocationId nowhere = LocationId.of("NOWHERE");

        assertThat(inventory.reserve("r1", List.of(move(unknown, nowhere, 1))))
                .isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(unknown, nowhere, 1, 0))));
        assertThat(inventory.stockOf(unknown)).isEmpty();
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
                .isInstanceOf(OperationKeyReusedException.class);
    }

    @Test
    void aReceiptKeyReusedForOtherGoodsThrowsAndAddsNothing() {
        inventory.receive("gr-1", SHOES, WAREHOUSE, 4);

        assertThatThrownBy(() -> inventory.receive("gr-1", SHOES, WAREHOUSE, 5)).isInstanceOf(OperationKeyReusedException.class);
        assertThatThrownBy(() -> inventory.receive("gr-1", CONSOLE, WAREHOUSE, 4)).isInstanceOf(OperationKeyReusedException.class);
        assertThat(level(SHOES, WAREHOUSE).onHand()).isEqualTo(12_004);
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
        assertThat(level(CONSOLE, STORE).onHand()).isEqualTo(7);
        assertThat(level(CONSOLE, STORE).reserved()).isZero();
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
        addLocation(inventory, new Location(STORE, "High street", LocationType.STORE, 2,
                Optional.of(ContractFixtures.address()), false));

        assertThat(inventory.locations()).extracting(Location::id).containsExactly(WAREHOUSE, STORE);
        assertThat(inventory.locations().get(1).active()).isFalse();
        assertThat(inventory.locations().get(1).address()).contains(ContractFixtures.address());
    }

    @Test
    void setStockCannotGoBelowWhatIsPromised() {
        inventory.reserve("r1", List.of(move(CONSOLE, WAREHOUSE, 3)));

        assertThatThrownBy(() -> setStock(inventory, CONSOLE, WAREHOUSE, 2, "B-07"))
                .isInstanceOf(IllegalArgumentException.class);
        setStock(inventory, CONSOLE, WAREHOUSE, 10, "B-08");
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 10, 3, 0, "B-08"));
    }

    @Test
    void racingReservationsNeverOversellAndSuccessesAddUpToWhatIsReserved() {
        SCARCE.forEach(sku -> SCARCE_AT.forEach(location -> setStock(inventory, sku, location, 40, "BIN")));

        // Each racer reserves at random (seeded, so a failure replays), releases some of what it won, and
        // tallies its own net effect; the store must end up with exactly the sum of the tallies.
        List<Map<String, Long>> tallies = Race.run(racers, racer -> {
            var random = new Random(racer);
            Map<String, Long> tally = new HashMap<>();
            for (int call = 0; call < callsPerRacer; call++) {
                String key = "t" + racer + "-" + call;
                List<StockMovement> movements = randomMovements(random);
                if (inventory.reserve(key, movements) instanceof ReservationResult.Reserved) {
                    movements.forEach(m -> tally.merge(m.sku() + "@" + m.locationId(), m.quantity(), Long::sum));
                    if (call % 3 == 0) {
                        inventory.release("release-" + key, movements);
                        movements.forEach(m -> tally.merge(m.sku() + "@" + m.locationId(), -m.quantity(), Long::sum));
                    }
                }
            }
            return tally;
        });

        Map<String, Long> won = new HashMap<>();
        tallies.forEach(tally -> tally.forEach((stock, quantity) -> won.merge(stock, quantity, Long::sum)));
        for (Sku sku : SCARCE) {
            for (StockLevel level : inventory.stockOf(sku)) {
                assertThat(Invariants.noOversell(List.of(level))).isEmpty();
                assertThat(level.reserved()).isEqualTo(won.getOrDefault(sku + "@" + level.locationId(), 0L));
            }
        }
        assertThat(won.values()).anyMatch(quantity -> quantity > 0);
    }

    @Test
    void racersRepeatingOneKeyReserveOnceAndAllHearTheSameAnswer() {
        setStock(inventory, SCARCE.get(0), WAREHOUSE, 1_000, "BIN");
        var movements = List.of(move(SCARCE.get(0), WAREHOUSE, 3));

        for (int round = 0; round < 10; round++) {
            String key = "shared-" + round;
            List<ReservationResult> answers = Race.run(racers, racer -> inventory.reserve(key, movements));
            assertThat(answers).containsOnly(new ReservationResult.Reserved());
        }
        assertThat(level(SCARCE.get(0), WAREHOUSE).reserved()).isEqualTo(30);
    }

    @Test
    void consolesReceivedForTheRetailerRaiseOnHandAndRingFencedButNotAvailable() {
        inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 5_000);
        inventory.receiveRingFenced("GR-2", CONSOLE, STORE, 7);

        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 5_003, 0, 5_000, "B-07"));
        assertThat(level(CONSOLE, WAREHOUSE).available()).isEqualTo(3);
        assertThat(level(CONSOLE, STORE)).extracting(StockLevel::onHand, StockLevel::reserved, StockLevel::ringFenced)
                .containsExactly(7L, 0L, 7L);
        assertThat(level(CONSOLE, STORE).available()).isZero();
    }

    @Test
    void nobodysReservationCanTakeRingFencedUnits() {
        inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 5_000);

        assertThat(inventory.reserve("fan-1", List.of(move(CONSOLE, WAREHOUSE, 4))))
                .isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(CONSOLE, WAREHOUSE, 4, 3))));
        assertThat(inventory.reserve("fan-2", List.of(move(CONSOLE, WAREHOUSE, 3))))
                .isEqualTo(new ReservationResult.Reserved());
        assertThat(inventory.reserve("fan-3", List.of(move(CONSOLE, WAREHOUSE, 1))))
                .isEqualTo(new ReservationResult.Insufficient(List.of(new Shortfall(CONSOLE, WAREHOUSE, 1, 0))));
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 5_003, 3, 5_000, "B-07"));
    }

    @Test
    void reserveRingFencedMovesUnitsFromRingFencedToReservedLeavingAvailableAlone() {
        inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 5_000);
        inventory.receiveRingFenced("GR-2", SHOES, STORE, 10);

        inventory.reserveRingFenced("fence-1", List.of(
                move(CONSOLE, WAREHOUSE, 3_000), move(SHOES, STORE, 4), move(CONSOLE, WAREHOUSE, 2_000)));

        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 5_003, 5_000, 0, "B-07"));
        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 15, 4, 6, "FLOOR"));
        assertThat(level(SHOES, STORE).available()).isEqualTo(5);
    }

    @Test
    void reservingMoreThanIsRingFencedThrowsChangesNothingAndLeavesTheKeyFree() {
        inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 3);
        inventory.receiveRingFenced("GR-2", SHOES, STORE, 2);

        assertThatThrownBy(() -> inventory.reserveRingFenced("fence-1",
                List.of(move(SHOES, STORE, 2), move(CONSOLE, WAREHOUSE, 4))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CONSOLE-X");
        // Units that are merely available are not ring-fenced, and unknown stock has none.
        assertThatThrownBy(() -> inventory.reserveRingFenced("fence-2", List.of(move(SHOES, WAREHOUSE, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> inventory.reserveRingFenced("fence-3", List.of(move(Sku.of("NOPE"), WAREHOUSE, 1))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 6, 0, 3, "B-07"));
        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 7, 0, 2, "FLOOR"));
        assertThat(level(SHOES, WAREHOUSE)).isEqualTo(new StockLevel(SHOES, WAREHOUSE, 12_000, 0, 0, "A-01"));

        inventory.reserveRingFenced("fence-1", List.of(move(SHOES, STORE, 2), move(CONSOLE, WAREHOUSE, 3)));
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 6, 3, 0, "B-07"));
        assertThat(level(SHOES, STORE)).isEqualTo(new StockLevel(SHOES, STORE, 7, 2, 0, "FLOOR"));
    }

    @Test
    void repeatedRingFenceKeysChangeNothingAndCannotBeReusedForADifferentRequest() {
        inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 7);
        inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 7);
        inventory.reserveRingFenced("fence-1", List.of(move(CONSOLE, WAREHOUSE, 4)));
        inventory.reserveRingFenced("fence-1", List.of(move(CONSOLE, WAREHOUSE, 4)));

        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 10, 4, 3, "B-07"));
        assertThatThrownBy(() -> inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 8))
                .isInstanceOf(OperationKeyReusedException.class);
        assertThatThrownBy(() -> inventory.reserveRingFenced("fence-1", List.of(move(CONSOLE, WAREHOUSE, 3))))
                .isInstanceOf(OperationKeyReusedException.class);
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 10, 4, 3, "B-07"));
    }

    @Test
    void receiveRingFencedRejectsNonPositiveQuantities() {
        assertThatThrownBy(() -> inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(level(CONSOLE, WAREHOUSE)).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 3, 0, 0, "B-07"));
    }

    @Test
    void ringFencedGoodsArrivingDuringARushAreNeverReservedByTheRush() {
        Sku console = SCARCE.get(0);
        setStock(inventory, console, WAREHOUSE, 20, "BIN");
        int deliveries = 20;
        long perDelivery = 5;

        // Racer 0 receives deliveries for an indent order, ring-fenced, and turns each into the order's
        // reservation; the others reserve single units for everyone else, far more often than there is stock.
        List<Long> won = Race.run(racers, racer -> {
            long units = 0;
            for (int call = 0; call < 40; call++) {
                if (racer == 0) {
                    if (call < deliveries) {
                        inventory.receiveRingFenced("GR-" + call, console, WAREHOUSE, perDelivery);
                        inventory.reserveRingFenced("fence-" + call, List.of(move(console, WAREHOUSE, perDelivery)));
                    }
                } else if (inventory.reserve("rush-" + racer + "-" + call, List.of(move(console, WAREHOUSE, 1)))
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

    private StockLevel level(Sku sku, LocationId locationId) {
        return inventory.stockOf(sku).stream().filter(l -> l.locationId().equals(locationId)).findFirst()
                .orElseThrow(() -> new AssertionError("no stock record of " + sku + " at " + locationId));
    }

    private static StockMovement move(Sku sku, LocationId locationId, long quantity) {
        return new StockMovement(sku, locationId, quantity);
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
