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
import dev.oms.spi.order.WaitingTotal;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import net.jqwik.api.constraints.IntRange;

/**
 * The contract of {@link WaitingLines#waitingTotals} and {@link WaitingLines#waitingAfter}: after any history of
 * commits, a SKU's totals are the sums of its waiting lines per channel, bucket and location waited at, with the
 * excepted order's units left out; the queue read page after page is the queue read whole; and a
 * reader never counts fewer units than an order keeps waiting while the order's later commits are stored. An
 * adapter's test class extends this and returns a store (fresh or not: every try uses SKUs and orders of its own).
 */
public abstract class WaitingTotalsContract {
    private static final List<Channel> CHANNELS = List.of(Channel.WEB, new Channel("MARKETPLACE"));
    private static final List<Optional<LocationId>> PLACES = List.of(Optional.empty(), Optional.of(LocationId.of("WH-1")),
            Optional.of(LocationId.of("ST-1")));
    private static final AtomicInteger TRIES = new AtomicInteger();

    private OrderStore store;

    /** {@return a store of the adapter under test; called once per property or example} */
    protected abstract OrderStore emptyStore();

    /**
     * Totals equal the sums of the lines {@link WaitingLines#waitingFor} answers, whichever order is excepted.
     *
     * @param commits the history: which of four orders commits, and the lines its commit leaves waiting
     * @param page the lines per page when the queue is read a page at a time ({@link WaitingLines#waitingAfter})
     */
    @Property(tries = 40)
    void totalsAreTheSumsOfTheWaitingLinesLessTheExceptedOrder(@ForAll("histories") List<Commit> commits,
            @ForAll @IntRange(min = 1, max = 4) int page) {
        OrderStore orders = sharedStore();
        String run = "T" + TRIES.incrementAndGet() + "-";
        List<Sku> skus = List.of(Sku.of(run + "A"), Sku.of(run + "B"));
        Map<Integer, Long> versions = new HashMap<>();
        for (Commit commit : commits) {
            long version = versions.merge(commit.order(), 1L, Long::sum);
            String orderId = run + "O" + commit.order();
            List<WaitingLine> lines = new ArrayList<>();
            for (int i = 0; i < commit.lines().size(); i++) {
                Line line = commit.lines().get(i);
                lines.add(new WaitingLine(OrderId.of(orderId), LineId.of("L" + i + "-" + line.sku()), skus.get(line.sku()), line.channel(),
                        line.bucket(), line.quantity(), NOW.plusSeconds(commit.order()), line.waitsAt()));
            }
            store(orders, new OrderSummary(OrderId.of(orderId), Channel.WEB, "ext-" + orderId, CustomerRef.of("C-1"),
                    lines.isEmpty() ? OrderStatus.ALLOCATED : OrderStatus.AWAITING_STOCK, NOW.plusSeconds(commit.order()),
                    version, false, lines));
        }
        for (Sku sku : skus) {
            assertThat(paged(orders, sku, page)).as("the queue of %s read %d lines at a time", sku, page)
                    .isEqualTo(orders.waitingFor(sku));
        }
        List<Optional<OrderId>> excepts = new ArrayList<>(List.of(Optional.empty()));
        versions.keySet().forEach(order -> excepts.add(Optional.of(OrderId.of(run + "O" + order))));
        for (Sku sku : skus) {
            for (Optional<OrderId> except : excepts) {
                assertThat(keyed(orders.waitingTotals(sku, except)))
                        .as("totals of %s except %s", sku, except)
                        .isEqualTo(keyed(WaitingTotal.sum(orders.waitingFor(sku), except)));
            }
        }
    }

    /** A reader summing a SKU's totals while an order's later commits change its waiting units never misses any. */
    @Example
    void aTotalIsNeverBelowWhatAnOrderKeepsWaitingWhileItsLaterCommitsAreStored() throws InterruptedException {
        OrderStore orders = sharedStore();
        String run = "T" + TRIES.incrementAndGet() + "-";
        Sku sku = Sku.of(run + "A");
        OrderId id = OrderId.of(run + "O");
        store(orders, summary(id, 1, sku, 2, Optional.empty()));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicLong undercounts = new AtomicLong();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                if (orders.waitingTotals(sku, Optional.empty()).stream().mapToLong(WaitingTotal::quantity).sum() < 1) {
                    undercounts.incrementAndGet();
                }
            }
        });
        reader.start();
        try {
            for (int version = 2; version <= 301; version++) {
                // The line moves between waiting anywhere and waiting at a location, and between 1 and 2 units.
                store(orders, summary(id, version, sku, version % 3 == 0 ? 1 : 2,
                        version % 2 == 0 ? Optional.of(LocationId.of("WH-1")) : Optional.empty()));
            }
        } finally {
            writing.set(false);
            reader.join();
        }
        assertThat(undercounts.get()).as("reads that counted fewer units than the order keeps waiting").isZero();
        assertThat(orders.waitingTotals(sku, Optional.empty()))
                .containsExactly(new WaitingTotal(sku, Channel.WEB, Bucket.BACKORDERED, Optional.empty(), 2));
        assertThat(orders.waitingTotals(sku, Optional.of(id))).isEmpty();
    }

    @Provide
    Arbitrary<List<Commit>> histories() {
        Arbitrary<Line> line = Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.of(CHANNELS),
                Arbitraries.of(Bucket.PREORDERED, Bucket.BACKORDERED), Arbitraries.of(PLACES), Arbitraries.longs().between(1, 5))
                .as((sku, channel, bucket, place, quantity) -> new Line(sku, channel, bucket,
                        bucket == Bucket.PREORDERED ? Optional.empty() : place, quantity));
        Arbitrary<Commit> commit = Combinators.combine(Arbitraries.integers().between(0, 3), line.list().ofMaxSize(3))
                .as(Commit::new);
        return commit.list().ofMinSize(1).ofMaxSize(12);
    }

    private OrderStore sharedStore() {
        if (store == null) {
            store = emptyStore();
        }
        return store;
    }

    private static List<WaitingLine> paged(OrderStore orders, Sku sku, int page) {
        List<WaitingLine> lines = new ArrayList<>();
        Optional<WaitingLine> after = Optional.empty();
        while (true) {
            List<WaitingLine> next = orders.waitingAfter(sku, after, page);
            assertThat(next.size()).as("a page's size").isLessThanOrEqualTo(page);
            lines.addAll(next);
            if (next.size() < page) {
                return lines;
            }
            after = Optional.of(next.get(next.size() - 1));
        }
    }

    private static Map<List<Object>, Long> keyed(List<WaitingTotal> totals) {
        Map<List<Object>, Long> keyed = new HashMap<>();
        totals.forEach(t -> keyed.merge(List.of(t.sku(), t.channel(), t.bucket(), t.waitsAt()), t.quantity(), Long::sum));
        return keyed;
    }

    private static OrderSummary summary(OrderId id, long version, Sku sku, long quantity, Optional<LocationId> waitsAt) {
        WaitingLine line = new WaitingLine(id, LineId.of("L1"), sku, Channel.WEB, Bucket.BACKORDERED, quantity, NOW, waitsAt);
        return new OrderSummary(id, Channel.WEB, "ext-" + id.value(), CustomerRef.of("C-1"), OrderStatus.AWAITING_STOCK, NOW,
                version, false, List.of(line));
    }

    /** One commit of a history: the order (0 to 3) and the lines it leaves waiting. */
    record Commit(int order, List<Line> lines) {}

    /** A waiting line of a history: SKU index, channel, bucket, place waited at and quantity. */
    record Line(int sku, Channel channel, Bucket bucket, Optional<LocationId> waitsAt, long quantity) {}
}
