// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.order.OrderFilter;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.AllocatedLine;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.order.WaitingTotal;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Predicate;

/**
 * The in-memory store's read models, indexes over the latest {@link OrderSummary} of each order: restock
 * queues per SKU, allocated lines per SKU and location, orders owing effects, and listings newest first (all orders, per customer, per status).
 * {@link #replace} runs right after the order's append step, so a reader never sees a row whose order it
 * cannot load yet; every index is a concurrent sorted set, so readers never lock and walk only the part of an
 * index they return.
 */
final class OrderReadModels {
    /** Newest placement first, then order id descending: the listings' order, stable for keyset paging. */
    private static final Comparator<Listed> NEWEST_FIRST = Comparator.comparing(Listed::placedAt).reversed()
            .thenComparing(Comparator.comparing(Listed::orderId).reversed());

    private final Map<OrderId, OrderSummary> latest = new ConcurrentHashMap<>();
    // Rows keyed by their place in the index, so a row whose quantity changes is replaced in one step.
    private final ConcurrentSkipListMap<Sku, ConcurrentSkipListMap<WaitingLine, WaitingLine>> queues = new ConcurrentSkipListMap<>();
    private final WaitingSums waitingSums = new WaitingSums();
    private final Map<Shelf, ConcurrentSkipListMap<AllocatedLine, AllocatedLine>> allocations = new ConcurrentHashMap<>();
    private final NavigableSet<OrderId> owing = new ConcurrentSkipListSet<>();
    private final NavigableSet<Listed> all = new ConcurrentSkipListSet<>(NEWEST_FIRST);
    private final Map<CustomerRef, NavigableSet<Listed>> byCustomer = new ConcurrentHashMap<>();
    private final Map<OrderStatus, NavigableSet<Listed>> byStatus = new EnumMap<>(OrderStatus.class);

    OrderReadModels() {
        for (OrderStatus status : OrderStatus.values()) {
            byStatus.put(status, new ConcurrentSkipListSet<>(NEWEST_FIRST));
        }
    }

    /**
     * Replaces an order's summary in every index, unless a newer one is there already: appends to one order
     * finish in version order, but the calls that follow them here may not. Serialised per order.
     */
    void replace(OrderSummary next) {
        latest.compute(next.orderId(), (id, previous) -> {
            if (previous != null && previous.version() > next.version()) {
                return previous;
            }
            index(previous, next);
            return next;
        });
    }

    private void index(OrderSummary previous, OrderSummary next) {
        Listed listed = new Listed(next.placedAt(), next.orderId());
        if (previous == null) {
            all.add(listed);
            byCustomer.computeIfAbsent(next.customer(), c -> new ConcurrentSkipListSet<>(NEWEST_FIRST)).add(listed);
        }
        // New rows first (a row at the same place is replaced in one step), then only the rows the next summary no
        // longer has: a reader walking an index meanwhile never misses a row both summaries have (a placement
        // counting the units waiting under its SKU's room lock would otherwise miss an order whose effects were
        // being recorded, and pass a cap).
        // Most commits change none of these rows: an index a commit leaves as it was is not touched.
        boolean statusChanged = previous == null || previous.status() != next.status();
        boolean waitingChanged = previous == null ? !next.waiting().isEmpty() : !previous.waiting().equals(next.waiting());
        boolean allocatedChanged = previous == null ? !next.allocated().isEmpty() : !previous.allocated().equals(next.allocated());
        if (statusChanged) {
            byStatus.get(next.status()).add(listed);
        }
        if (waitingChanged) {
            next.waiting().forEach(line -> queueOf(line.sku()).put(line, line));
            waitingSums.change(previous == null ? List.of() : previous.waiting(), next.waiting());
        }
        if (allocatedChanged) {
            next.allocated().forEach(line -> shelf(line).put(line, line));
        }
        if (previous != null) {
            if (statusChanged) {
                byStatus.get(previous.status()).remove(listed);
            }
            if (waitingChanged) {
                for (WaitingLine line : previous.waiting()) {
                    if (!waitsStill(line, next.waiting())) {
                        queueOf(line.sku()).remove(line);
                    }
                }
            }
            if (allocatedChanged) {
                for (AllocatedLine line : previous.allocated()) {
                    if (!shelvedStill(line, next.allocated())) {
                        shelf(line).remove(line);
                    }
                }
            }
        }
        if (previous == null || previous.owesEffects() != next.owesEffects()) {
            if (next.owesEffects()) {
                owing.add(next.orderId());
            } else {
                owing.remove(next.orderId());
            }
        }
    }

    /** Loops, not streams: this runs for every commit that changes an order's waiting or allocated lines. */
    private static boolean waitsStill(WaitingLine line, List<WaitingLine> next) {
        for (WaitingLine n : next) {
            if (n.sku().equals(line.sku()) && WaitingLine.QUEUE_ORDER.compare(n, line) == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean shelvedStill(AllocatedLine line, List<AllocatedLine> next) {
        for (AllocatedLine n : next) {
            if (n.locationId().equals(line.locationId()) && AllocatedLine.NEWEST_FIRST.compare(n, line) == 0) {
                return true;
            }
        }
        return false;
    }

    List<WaitingLine> waitingFor(Sku sku) {
        ConcurrentSkipListMap<WaitingLine, WaitingLine> queue = queues.get(sku);
        return queue == null ? List.of() : List.copyOf(queue.values());
    }

    List<WaitingLine> waitingAfter(Sku sku, Optional<WaitingLine> after, int limit) {
        ConcurrentSkipListMap<WaitingLine, WaitingLine> queue = queues.get(sku);
        if (queue == null) {
            return List.of();
        }
        List<WaitingLine> page = new ArrayList<>(Math.min(limit, 64));
        Iterator<WaitingLine> walk = after.map(line -> queue.tailMap(line, false)).orElse(queue).values().iterator();
        while (walk.hasNext() && page.size() < limit) {
            page.add(walk.next());
        }
        return page;
    }

    List<WaitingTotal> waitingTotals(Sku sku, Optional<OrderId> except) {
        return waitingSums.totals(sku, except.map(latest::get).map(OrderSummary::waiting).orElse(List.of()));
    }

    List<AllocatedLine> allocatedAt(Sku sku, LocationId locationId) {
        ConcurrentSkipListMap<AllocatedLine, AllocatedLine> lines = allocations.get(new Shelf(sku, locationId));
        return lines == null ? List.of() : List.copyOf(lines.values());
    }

    List<Sku> skusWaiting() {
        return queues.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
    }

    Page<OrderId> owingEffects(PageRequest page) {
        NavigableSet<OrderId> rest = page.after().map(cursor -> owing.tailSet(new OrderId(cursor), false)).orElse(owing);
        List<OrderId> items = new ArrayList<>();
        Iterator<OrderId> walk = rest.iterator();
        while (walk.hasNext() && items.size() < page.size()) {
            items.add(walk.next());
        }
        boolean more = walk.hasNext();
        return new Page<>(items, more ? Optional.of(items.get(items.size() - 1).value()) : Optional.empty());
    }

    Page<OrderSummary> ordersOf(CustomerRef customer, PageRequest page) {
        return listing(byCustomer.getOrDefault(customer, new ConcurrentSkipListSet<>(NEWEST_FIRST)), page, s -> true,
                Optional.empty());
    }

    Page<OrderSummary> orders(OrderFilter filter, PageRequest page) {
        NavigableSet<Listed> index = filter.status().map(byStatus::get).orElse(all);
        return listing(index, page, filter::matches, filter.placedFrom());
    }

    /** Walks an index from the cursor, keeping what matches, until the page is full or older than {@code from}. */
    private Page<OrderSummary> listing(NavigableSet<Listed> index, PageRequest page, Predicate<OrderSummary> matches,
            Optional<Instant> from) {
        NavigableSet<Listed> rest = page.after().map(cursor -> index.tailSet(Listed.parse(cursor), false)).orElse(index);
        List<OrderSummary> items = new ArrayList<>();
        Listed last = null;
        boolean more = false;
        for (Listed listed : rest) {
            if (from.isPresent() && listed.placedAt().isBefore(from.get())) {
                break;
            }
            OrderSummary summary = latest.get(listed.orderId());
            if (summary == null || !matches.test(summary)) {
                continue;
            }
            if (items.size() == page.size()) {
                more = true;
                break;
            }
            items.add(summary);
            last = listed;
        }
        return new Page<>(items, more ? Optional.of(last.cursor()) : Optional.empty());
    }

    private ConcurrentSkipListMap<WaitingLine, WaitingLine> queueOf(Sku sku) {
        return queues.computeIfAbsent(sku, s -> new ConcurrentSkipListMap<>(WaitingLine.QUEUE_ORDER));
    }

    private ConcurrentSkipListMap<AllocatedLine, AllocatedLine> shelf(AllocatedLine line) {
        return allocations.computeIfAbsent(new Shelf(line.sku(), line.locationId()),
                s -> new ConcurrentSkipListMap<>(AllocatedLine.NEWEST_FIRST));
    }

    /** A SKU at a location: the key the allocated lines are indexed by. */
    private record Shelf(Sku sku, LocationId locationId) {}

    /** An order's place in the listings; never changes, as an order's placement time never does. */
    private record Listed(Instant placedAt, OrderId orderId) {
        String cursor() {
            return placedAt + "|" + orderId.value();
        }

        static Listed parse(String cursor) {
            int bar = cursor.indexOf('|');
            try {
                return new Listed(Instant.parse(cursor.substring(0, Math.max(bar, 0))), new OrderId(cursor.substring(bar + 1)));
            } catch (DateTimeParseException | IllegalArgumentException notOurs) {
                throw new IllegalArgumentException("not a cursor this listing handed out: " + cursor, notOurs);
            }
        }
    }
}
