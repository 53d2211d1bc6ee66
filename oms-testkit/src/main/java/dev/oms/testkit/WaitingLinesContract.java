// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static dev.oms.testkit.ContractFixtures.NOW;
import static dev.oms.testkit.ContractFixtures.store;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.order.WaitingLines;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link WaitingLines} read model's contract as tests: restock queues follow the latest summary of every
 * order, in queue order. An adapter's test class extends this and returns a fresh, empty store.
 */
public abstract class WaitingLinesContract {
    private static final Sku CONSOLE = Sku.of("CONSOLE-X");
    private static final Sku SHOES = Sku.of("SHOE-42");
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
    void aSkusLinesComeInQueueOrderPreOrdersFirstThenByPlacement() {
        store(store, waiting("late-backorder", 1, 30, line("late-backorder", CONSOLE, Bucket.BACKORDERED, 2, 30)));
        store(store, waiting("early-backorder", 1, 10, line("early-backorder", CONSOLE, Bucket.BACKORDERED, 1, 10),
                line("early-backorder", SHOES, Bucket.BACKORDERED, 4, 10)));
        store(store, waiting("preorder", 1, 20, line("preorder", CONSOLE, Bucket.PREORDERED, 5, 20)));

        assertThat(store.waitingFor(CONSOLE)).extracting(w -> w.orderId().value())
                .containsExactly("preorder", "early-backorder", "late-backorder");
        assertThat(store.waitingFor(CONSOLE)).isSortedAccordingTo(WaitingLine.QUEUE_ORDER);
        assertThat(store.waitingFor(SHOES)).containsExactly(line("early-backorder", SHOES, Bucket.BACKORDERED, 4, 10));
        assertThat(store.waitingFor(Sku.of("NOBODY-WAITS"))).isEmpty();
        assertThat(store.skusWaiting()).containsExactly(CONSOLE, SHOES);
    }

    @Test
    void everyCommitReplacesTheOrdersLines() {
        store(store, waiting("o", 1, 10, line("o", CONSOLE, Bucket.BACKORDERED, 3, 10)));
        store(store, waiting("o", 2, 10, line("o", CONSOLE, Bucket.BACKORDERED, 1, 10)));

        assertThat(store.waitingFor(CONSOLE)).containsExactly(line("o", CONSOLE, Bucket.BACKORDERED, 1, 10));

        store(store, waiting("o", 3, 10));

        assertThat(store.waitingFor(CONSOLE)).isEmpty();
        assertThat(store.skusWaiting()).isEmpty();
    }

    @Test
    void linesOfOrdersStoredConcurrentlyAreAllThere() {
        List<Boolean> stored = Race.run(racers, racer -> {
            String id = "racer-" + racer;
            store(store, waiting(id, 1, racer, line(id, CONSOLE, Bucket.BACKORDERED, 1, racer)));
            store(store, waiting(id, 2, racer, line(id, CONSOLE, Bucket.BACKORDERED, 2, racer)));
            return true;
        });

        List<WaitingLine> expected = new ArrayList<>();
        for (int racer = 0; racer < racers; racer++) {
            expected.add(line("racer-" + racer, CONSOLE, Bucket.BACKORDERED, 2, racer));
        }
        assertThat(stored).containsOnly(true);
        assertThat(store.waitingFor(CONSOLE)).containsExactlyElementsOf(expected);
    }

    /**
     * A reader counting a SKU's waiting units while an order's later commits are stored (its effects recorded, its
     * waiting quantity changed) always finds the order's line: a placement counting the units against a cap must
     * never see a gap. The in-memory store removed a line before adding it back, and a reader in between missed it.
     */
    @Test
    void aLineAnOrderKeepsIsNeverMissingWhileItsLaterCommitsAreStored() throws InterruptedException {
        store(store, waiting("o", 1, 10, line("o", CONSOLE, Bucket.BACKORDERED, 2, 10)));
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicLong gaps = new java.util.concurrent.atomic.AtomicLong();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                if (store.waitingFor(CONSOLE).isEmpty()) {
                    gaps.incrementAndGet();
                }
            }
        });
        reader.start();
        try {
            for (int version = 2; version <= 400; version++) {
                store(store, waiting("o", version, 10, line("o", CONSOLE, Bucket.BACKORDERED, version % 3 == 0 ? 1 : 2, 10)));
            }
        } finally {
            writing.set(false);
            reader.join();
        }
        assertThat(gaps.get()).as("reads that missed the order's line").isZero();
        assertThat(store.waitingFor(CONSOLE)).containsExactly(line("o", CONSOLE, Bucket.BACKORDERED, 2, 10));
    }

    static OrderSummary waiting(String orderId, long version, int placedMinute, WaitingLine... lines) {
        return new OrderSummary(OrderId.of(orderId), Channel.WEB, "ext-" + orderId, CustomerRef.of("C-1"),
                lines.length == 0 ? OrderStatus.ALLOCATED : OrderStatus.AWAITING_STOCK, NOW.plusSeconds(60L * placedMinute),
                version, false, List.of(lines));
    }

    static WaitingLine line(String orderId, Sku sku, Bucket bucket, long quantity, int placedMinute) {
        return new WaitingLine(OrderId.of(orderId), LineId.of("L-" + sku.code()), sku, Channel.WEB, bucket, quantity,
                NOW.plusSeconds(60L * placedMinute));
    }
}
