// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.CONSOLE;
import static dev.oms.testkit.ContractFixtures.SCARCE;
import static dev.oms.testkit.ContractFixtures.SCARCE_AT;
import static dev.oms.testkit.ContractFixtures.SHOES;
import static dev.oms.testkit.ContractFixtures.STORE;
import static dev.oms.testkit.ContractFixtures.WAREHOUSE;
import static dev.oms.testkit.ContractFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockChange;
import dev.oms.spi.inventory.StockHistory;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * How an {@link InventoryStore} that keeps a {@link StockHistory} logs its changes: every change once, in the order
 * applied, each line agreeing with the one before it; the stock as of any instant is what the lines up to it left;
 * and under racing callers the log still chains. Skipped for a store that keeps no history.
 */
public interface InventoryHistoryContract extends InventoryStoreFixture {
    /** An instant before any change a test makes. */
    Instant BEGINNING = Instant.EPOCH;
    /** An instant after any change a test makes. */
    Instant END = Instant.parse("9999-01-01T00:00:00Z");

    /** {@return the history of the store under test; skips the test when it keeps none} */
    default StockHistory history() {
        Assumptions.assumeTrue(inventory().history().isPresent(), "the store keeps no stock history");
        return inventory().history().get();
    }

    /** Each operation leaves one line per record it changed, with what it moved, in the order applied. */
    @Test
    default void eachOperationLeavesOneLineWithWhatItMoved() {
        inventory().reserve("r-1", List.of(move(CONSOLE, WAREHOUSE, 2)));
        inventory().consume("c-1", List.of(move(CONSOLE, WAREHOUSE, 1)));
        inventory().release("l-1", List.of(move(CONSOLE, WAREHOUSE, 1)));
        inventory().receive("g-1", CONSOLE, WAREHOUSE, 5);
        inventory().adjust("count-1", StockAdjustment.counted(CONSOLE, WAREHOUSE, 6));
        inventory().receive("g-1", CONSOLE, WAREHOUSE, 5); // a replay changes nothing, so logs nothing

        List<StockChange> changes = history().changes(CONSOLE, BEGINNING, END);

        assertThat(changes).extracting(c -> List.of(c.onHandChange(), c.reservedChange(), c.after().onHand(),
                c.after().reserved())).containsExactly(
                List.of(3L, 0L, 3L, 0L), // the fixture's setup
                List.of(0L, 2L, 3L, 2L), List.of(-1L, -1L, 2L, 1L), List.of(0L, -1L, 2L, 0L),
                List.of(5L, 0L, 7L, 0L), List.of(-1L, 0L, 6L, 0L));
        assertThat(changes).extracting(StockChange::movesOnHandOnly)
                .containsExactly(true, false, false, false, true, true);
        assertChained(changes);
    }

    /** The stock as of each line's instant is what the lines up to it left; before them none, after them today's. */
    @Test
    default void theStockAsOfAnInstantIsWhatTheLinesUpToItLeft() {
        inventory().reserve("r-1", List.of(move(SHOES, WAREHOUSE, 3), move(SHOES, STORE, 1)));
        inventory().receive("g-1", SHOES, STORE, 4);
        inventory().consume("c-1", List.of(move(SHOES, STORE, 1)));

        List<StockChange> changes = history().changes(SHOES, BEGINNING, END);

        for (StockChange change : changes) {
            assertThat(history().stockAsOf(SHOES, change.at())).isEqualTo(replayed(changes, change.at()));
        }
        assertThat(history().stockAsOf(SHOES, BEGINNING)).isEmpty();
        assertThat(history().stockAsOf(SHOES, END)).isEqualTo(inventory().stockOf(SHOES));
        assertThat(history().stockAsOf(Sku.of("NEVER-STOCKED"), END)).isEmpty();
    }

    /** The changes between two instants, applied to the stock as of the first, give the stock as of the second. */
    @Test
    default void changesBetweenTwoInstantsLeadFromOneStockToTheOther() {
        inventory().reserve("r-1", List.of(move(SHOES, WAREHOUSE, 3)));
        inventory().receive("g-1", SHOES, STORE, 4);
        inventory().release("l-1", List.of(move(SHOES, WAREHOUSE, 2)));
        List<Instant> stamps = history().changes(SHOES, BEGINNING, END).stream().map(StockChange::at).toList();

        for (Instant from : stamps) {
            for (Instant until : stamps.stream().filter(s -> !s.isBefore(from)).toList()) {
                Map<LocationId, StockLevel> levels = byLocation(history().stockAsOf(SHOES, from));
                history().changes(SHOES, from, until).forEach(c -> levels.put(c.after().locationId(), c.after()));
                assertThat(List.copyOf(levels.values())).isEqualTo(history().stockAsOf(SHOES, until));
            }
        }
        assertThatThrownBy(() -> history().changes(SHOES, END, BEGINNING)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Racing callers: every record's lines still chain, and the last line of each record is its stock today. */
    @Test
    default void underRacingCallersEveryRecordsLinesStillChain() {
        SCARCE.forEach(sku -> SCARCE_AT.forEach(location -> restock(sku, location, 30, "BIN")));
        Race.run(racers(), racer -> {
            Random random = new Random(racer);
            for (int call = 0; call < 40; call++) {
                Sku sku = SCARCE.get(random.nextInt(SCARCE.size()));
                LocationId at = SCARCE_AT.get(random.nextInt(SCARCE_AT.size()));
                String key = "h" + racer + "-" + call;
                if (inventory().reserve(key, List.of(move(sku, at, 1 + random.nextInt(3))))
                        instanceof ReservationResult.Reserved && call % 2 == 0) {
                    inventory().release("release-" + key, List.of(move(sku, at, 1)));
                }
                if (call % 7 == 0) {
                    inventory().receive("receive-" + key, sku, at, 1);
                }
            }
            return racer;
        });
        for (Sku sku : SCARCE) {
            List<StockChange> changes = history().changes(sku, BEGINNING, END);
            assertChained(changes);
            assertThat(replayed(changes, END)).isEqualTo(inventory().stockOf(sku));
        }
    }

    /** Fails unless each line's record before the change is the record the line before it (same location) left. */
    private static void assertChained(List<StockChange> changes) {
        Map<LocationId, StockLevel> last = new HashMap<>();
        for (StockChange change : changes) {
            LocationId at = change.after().locationId();
            StockLevel before = change.before();
            StockLevel expected = last.getOrDefault(at, new StockLevel(before.sku(), at, 0, 0, 0, before.bin()));
            assertThat(List.of(before.onHand(), before.reserved(), before.ringFenced()))
                    .as("the line before %s at %s", change, at)
                    .isEqualTo(List.of(expected.onHand(), expected.reserved(), expected.ringFenced()));
            last.put(at, change.after());
        }
    }

    /** The records the lines stamped at or before {@code at} left, by location id. */
    private static List<StockLevel> replayed(List<StockChange> changes, Instant at) {
        Map<LocationId, StockLevel> levels = new TreeMap<>();
        changes.stream().filter(c -> !c.at().isAfter(at)).forEach(c -> levels.put(c.after().locationId(), c.after()));
        return new ArrayList<>(levels.values());
    }

    private static Map<LocationId, StockLevel> byLocation(List<StockLevel> levels) {
        Map<LocationId, StockLevel> byLocation = new TreeMap<>();
        levels.forEach(level -> byLocation.put(level.locationId(), level));
        return byLocation;
    }
}
