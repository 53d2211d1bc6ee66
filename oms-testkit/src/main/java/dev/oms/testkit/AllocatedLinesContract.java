// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.NOW;
import static dev.oms.testkit.ContractFixtures.store;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.order.AllocatedLine;
import dev.oms.spi.order.AllocatedLines;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link AllocatedLines} read model's contract as tests: the lines allocated at a SKU's location follow the
 * latest summary of every order, newest order first. An adapter's test class extends this and returns a fresh,
 * empty store.
 */
public abstract class AllocatedLinesContract {
    private static final Sku CONSOLE = Sku.of("CONSOLE-X");
    private static final Sku SHOES = Sku.of("SHOE-42");
    private static final LocationId WAREHOUSE = LocationId.of("WH-1");
    private static final LocationId STORE = LocationId.of("ST-1");
    /** Racers for the concurrency test; an adapter may lower it for a small connection pool. */
    protected int racers = 8;

    private OrderStore store;

    /** {@return a fresh store of the adapter under test, with no orders; called before every test} */
    protected abstract OrderStore emptyStore();

    @BeforeEach
    void freshStore() {
        store = emptyStore();
    }

    @Test
    void aShelfsLinesComeNewestOrderFirst() {
        store(store, allocated("early", 1, 10, line("early", CONSOLE, WAREHOUSE, 1, 10), line("early", SHOES, WAREHOUSE, 4, 10)));
        store(store, allocated("late", 1, 30, line("late", CONSOLE, WAREHOUSE, 2, 30), line("late", CONSOLE, STORE, 1, 30)));
        store(store, allocated("middle", 1, 20, line("middle", CONSOLE, WAREHOUSE, 5, 20)));

        assertThat(store.allocatedAt(CONSOLE, WAREHOUSE)).extracting(a -> a.orderId().value())
                .containsExactly("late", "middle", "early");
        assertThat(store.allocatedAt(CONSOLE, WAREHOUSE)).isSortedAccordingTo(AllocatedLine.NEWEST_FIRST);
        assertThat(store.allocatedAt(CONSOLE, STORE)).containsExactly(line("late", CONSOLE, STORE, 1, 30));
        assertThat(store.allocatedAt(SHOES, WAREHOUSE)).containsExactly(line("early", SHOES, WAREHOUSE, 4, 10));
        assertThat(store.allocatedAt(SHOES, STORE)).isEmpty();
        assertThat(store.allocatedAt(Sku.of("NOBODY-HAS"), WAREHOUSE)).isEmpty();
    }

    @Test
    void everyCommitReplacesTheOrdersLines() {
        store(store, allocated("o", 1, 10, line("o", CONSOLE, WAREHOUSE, 3, 10)));
        store(store, allocated("o", 2, 10, line("o", CONSOLE, WAREHOUSE, 1, 10), line("o", CONSOLE, STORE, 2, 10)));

        assertThat(store.allocatedAt(CONSOLE, WAREHOUSE)).containsExactly(line("o", CONSOLE, WAREHOUSE, 1, 10));
        assertThat(store.allocatedAt(CONSOLE, STORE)).containsExactly(line("o", CONSOLE, STORE, 2, 10));

        store(store, allocated("o", 3, 10));

        assertThat(store.allocatedAt(CONSOLE, WAREHOUSE)).isEmpty();
        assertThat(store.allocatedAt(CONSOLE, STORE)).isEmpty();
    }

    @Test
    void linesOfOrdersStoredConcurrentlyAreAllThere() {
        List<Boolean> stored = Race.run(racers, racer -> {
            String id = "racer-" + racer;
            store(store, allocated(id, 1, racer, line(id, CONSOLE, WAREHOUSE, 1, racer)));
            store(store, allocated(id, 2, racer, line(id, CONSOLE, WAREHOUSE, 2, racer)));
            return true;
        });

        List<AllocatedLine> expected = new ArrayList<>();
        for (int racer = racers - 1; racer >= 0; racer--) {
            expected.add(line("racer-" + racer, CONSOLE, WAREHOUSE, 2, racer));
        }
        assertThat(stored).containsOnly(true);
        assertThat(store.allocatedAt(CONSOLE, WAREHOUSE)).containsExactlyElementsOf(expected);
    }

    private static OrderSummary allocated(String orderId, long version, int placedMinute, AllocatedLine... lines) {
        return new OrderSummary(OrderId.of(orderId), Channel.WEB, "ext-" + orderId, CustomerRef.of("C-1"),
                lines.length == 0 ? OrderStatus.SHIPPED : OrderStatus.ALLOCATED, NOW.plusSeconds(60L * placedMinute),
                version, false, List.of(), List.of(lines));
    }

    private static AllocatedLine line(String orderId, Sku sku, LocationId location, long quantity, int placedMinute) {
        return new AllocatedLine(OrderId.of(orderId), LineId.of("L-" + sku.code()), sku, location, quantity,
                NOW.plusSeconds(60L * placedMinute));
    }
}
