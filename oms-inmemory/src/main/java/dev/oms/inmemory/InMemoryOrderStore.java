// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import java.util.Optional;
import dev.oms.spi.order.AllocatedLine;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderFilter;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.order.WaitingTotal;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import java.util.function.Supplier;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.ArrayList;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link OrderStore} that keeps every order's commit log in memory.
 *
 * <p>Each append runs inside {@link ConcurrentHashMap#compute} on the order's own entry, so appends to
 * one order are serialised while different orders never wait for each other. The {@code (channel,
 * externalId)} index is claimed inside that same step, which makes the first append and the uniqueness
 * check one atomic action. The read models ({@link OrderReadModels}) are updated right after that step, only
 * when the commit was stored and before append returns: once an append returns every query reflects it, and no
 * query shows an order that cannot be loaded yet.
 *
 * <p>A delivered or cancelled order that owes nothing has its log packed ({@link OrderLog}, {@link LogPacking}):
 * kept as its stored text, deflated, and read back through the same codec as PostgreSQL's rows. A store of many
 * settled orders then keeps a few hundred bytes per order for its log instead of about four kilobytes.
 */
public final class InMemoryOrderStore implements OrderStore {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryOrderStore.class);

    private final ConcurrentHashMap<OrderId, OrderLog> orders = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ChannelOrder, OrderId> byChannelOrder = new ConcurrentHashMap<>();
    private final ConcurrentNavigableMap<Long, OrderId> firstAppendOrder = new ConcurrentSkipListMap<>();
    private final AtomicLong firstAppends = new AtomicLong();
    private final OrderReadModels readModels = new OrderReadModels();
    private final RoomLocks room = new RoomLocks();
    private final LogPacking packing;

    /** Creates an empty store. */
    public InMemoryOrderStore() {
        this(new LogPacking());
    }

    /** A store packing settled logs with {@code packing}: for tests of a packing that fails. */
    InMemoryOrderStore(LogPacking packing) {
        this.packing = packing;
    }

    /** {@inheritDoc} In memory each call is atomic on its own; the block scopes the room taken by {@link #lockRoom}. */
    @Override
    public <T> T atomically(Supplier<T> work) {
        return room.atomically(Require.nonNull(work, "work"));
    }

    /**
     * {@inheritDoc} A lock per SKU, held until the enclosing {@link #atomically} block ends.
     *
     * @throws IllegalStateException outside {@code atomically}
     */
    @Override
    public void lockRoom(java.util.Collection<Sku> skus) {
        room.lock(Require.nonNull(skus, "skus"));
    }

    @Override
    public Optional<StoredOrder> load(OrderId orderId) {
        Require.nonNull(orderId, "orderId");
        return Optional.ofNullable(orders.get(orderId)).map(log -> log.stored(packing));
    }

    /** {@return the order's log as kept, or null when nothing is stored} */
    OrderLog logOf(OrderId orderId) {
        return orders.get(orderId);
    }

    @Override
    public List<OrderCommit> commitsAfter(OrderId orderId, long version) {
        Require.nonNull(orderId, "orderId");
        if (version < 0) {
            throw new IllegalArgumentException("version cannot be negative, was " + version);
        }
        OrderLog log = orders.get(orderId);
        return log == null ? List.of() : List.copyOf(log.commitsAfter(version, packing));
    }

    @Override
    public Optional<OrderId> findByChannelOrder(Channel channel, String externalId) {
        OrderId id = byChannelOrder.get(new ChannelOrder(channel, externalId));
        if (id != null) {
            awaitFirstAppend(id);
        }
        return Optional.ofNullable(id);
    }

    /**
     * The channel index is claimed inside the first append's compute(): waiting on that order's entry lets
     * the append finish, so a caller never gets told of an order it cannot load yet.
     */
    private void awaitFirstAppend(OrderId id) {
        orders.compute(id, (key, stored) -> stored);
    }

    @Override
    public AppendResult append(long expectedVersion, OrderCommit commit, OrderSummary summary) {
        Require.nonNull(commit, "commit");
        Require.nonNull(summary, "summary");
        OrderId orderId = summary.orderId();
        ChannelOrder channelOrder = new ChannelOrder(summary.channel(), summary.externalId());
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion cannot be negative, was " + expectedVersion);
        }
        if (summary.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("the summary of " + orderId + " is at version " + summary.version()
                    + ", not the appended commit's " + (expectedVersion + 1));
        }
        // compute() runs the lambda once, under the entry's lock; the outcome escapes through this holder.
        AppendResult[] outcome = new AppendResult[1];
        orders.compute(orderId, (id, current) -> {
            long actual = current == null ? 0 : current.version();
            if (actual != expectedVersion) {
                outcome[0] = new AppendResult.VersionConflict(actual);
                return current;
            }
            if (current == null) {
                OrderId holder = byChannelOrder.putIfAbsent(channelOrder, id);
                if (holder != null && !holder.equals(id)) {
                    outcome[0] = new AppendResult.DuplicateChannelOrder(holder);
                    return null;
                }
            }
            OrderLog next = current == null ? OrderLog.first(id, commit) : current.append(commit);
            outcome[0] = new AppendResult.Appended(next.version());
            return settled(summary) ? packedIfPossible(next, id) : next;
        });
        if (outcome[0] instanceof AppendResult.Appended) {
            // Indexed once the commit can be loaded, before append returns: a row never names an order not yet there.
            readModels.replace(summary);
        }
        if (expectedVersion == 0 && outcome[0] instanceof AppendResult.Appended) {
            firstAppendOrder.put(firstAppends.incrementAndGet(), orderId); // listed once it can be loaded
        } else if (outcome[0] instanceof AppendResult.DuplicateChannelOrder duplicate) {
            awaitFirstAppend(duplicate.existing()); // the holder may still be inside its own first append
        }
        LOG.debug("append to {} at version {}: {}", orderId, expectedVersion, outcome[0]);
        return outcome[0];
    }

    @Override
    public boolean rebuildSummary(OrderSummary summary) {
        Require.nonNull(summary, "summary");
        boolean[] stored = new boolean[1];
        orders.computeIfPresent(summary.orderId(), (id, current) -> {
            stored[0] = current.version() == summary.version();
            return current;
        });
        if (stored[0]) {
            readModels.replace(summary); // a newer summary, stored meanwhile by an append, is kept
        }
        return stored[0];
    }

    @Override
    public Page<OrderId> orderIds(PageRequest page) {
        Map<Long, OrderId> rest = page.after().map(cursor -> firstAppendOrder.tailMap(sequence(cursor), false))
                .orElse(firstAppendOrder);
        List<OrderId> items = new ArrayList<>();
        long last = 0;
        Iterator<Map.Entry<Long, OrderId>> walk = rest.entrySet().iterator();
        while (walk.hasNext() && items.size() < page.size()) {
            Map.Entry<Long, OrderId> next = walk.next();
            items.add(next.getValue());
            last = next.getKey();
        }
        return new Page<>(items, walk.hasNext() ? Optional.of(Long.toString(last)) : Optional.empty());
    }

    @Override
    public List<WaitingLine> waitingFor(Sku sku) {
        return readModels.waitingFor(Require.nonNull(sku, "sku"));
    }

    @Override
    public List<WaitingLine> waitingAfter(Sku sku, Optional<WaitingLine> after, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return readModels.waitingAfter(Require.nonNull(sku, "sku"), Require.nonNull(after, "after"), limit);
    }

    @Override
    public List<WaitingTotal> waitingTotals(Sku sku, Optional<OrderId> except) {
        return readModels.waitingTotals(Require.nonNull(sku, "sku"), Require.nonNull(except, "except"));
    }

    @Override
    public List<AllocatedLine> allocatedAt(Sku sku, LocationId locationId) {
        return readModels.allocatedAt(Require.nonNull(sku, "sku"), Require.nonNull(locationId, "locationId"));
    }

    @Override
    public List<Sku> skusWaiting() {
        return readModels.skusWaiting();
    }

    @Override
    public Page<OrderId> owingEffects(PageRequest page) {
        return readModels.owingEffects(Require.nonNull(page, "page"));
    }

    @Override
    public Page<OrderSummary> ordersOf(CustomerRef customer, PageRequest page) {
        return readModels.ordersOf(Require.nonNull(customer, "customer"), Require.nonNull(page, "page"));
    }

    @Override
    public Page<OrderSummary> orders(OrderFilter filter, PageRequest page) {
        return readModels.orders(Require.nonNull(filter, "filter"), Require.nonNull(page, "page"));
    }

    private static long sequence(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException notOurs) {
            throw new IllegalArgumentException("not a cursor this listing handed out: " + cursor, notOurs);
        }
    }

    /**
     * The log packed; unpacked as it was when packing fails. Packing only saves memory, so its failure (a bug in the
     * codec) must not refuse a commit that is fine: the order stays loadable from its commits as objects.
     */
    private OrderLog packedIfPossible(OrderLog log, OrderId orderId) {
        try {
            return log.packed(packing);
        } catch (RuntimeException e) {
            LOG.warn("the log of order {} could not be packed and is kept unpacked", orderId, e);
            return log;
        }
    }

    /**
     * Delivered or cancelled, owing nothing: an order that is rarely loaded again, whose log is packed. A return,
     * a claim or a late answer may still append to it; those commits are packed once it settles again.
     */
    private static boolean settled(OrderSummary summary) {
        return !summary.owesEffects() && (summary.status() == OrderStatus.DELIVERED || summary.status() == OrderStatus.CANCELLED);
    }

    /** The unique key a channel gives an order. */
    private record ChannelOrder(Channel channel, String externalId) {
        ChannelOrder {
            Require.nonNull(channel, "channel");
            Require.nonBlank(externalId, "externalId");
        }
    }
}
