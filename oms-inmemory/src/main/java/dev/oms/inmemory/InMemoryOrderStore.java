package dev.oms.inmemory;

import java.util.Optional;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link OrderStore} that keeps every order's commit log in memory.
 *
 * <p>Each append runs inside {@link ConcurrentHashMap#compute} on the order's own entry, so appends to
 * one order are serialised while different orders never wait for each other. The {@code (channel,
 * externalId)} index is claimed inside that same step, which makes the first append and the uniqueness
 * check one atomic action.
 */
public final class InMemoryOrderStore implements OrderStore {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryOrderStore.class);

    private final ConcurrentHashMap<OrderId, StoredOrder> orders = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<ChannelOrder, OrderId> byChannelOrder = new ConcurrentHashMap<>();
    private final Queue<OrderId> firstAppendOrder = new ConcurrentLinkedQueue<>();

    /** Creates an empty store. */
    public InMemoryOrderStore() {}

    @Override
    public Optional<StoredOrder> load(OrderId orderId) {
        Require.nonNull(orderId, "orderId");
        return Optional.ofNullable(orders.get(orderId));
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
    public AppendResult append(
            OrderId orderId, Channel channel, String externalId, long expectedVersion, OrderCommit commit) {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(commit, "commit");
        ChannelOrder channelOrder = new ChannelOrder(channel, externalId);
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion cannot be negative, was " + expectedVersion);
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
            StoredOrder next = new StoredOrder(id, appended(current, commit));
            outcome[0] = new AppendResult.Appended(next.version());
            return next;
        });
        if (expectedVersion == 0 && outcome[0] instanceof AppendResult.Appended) {
            firstAppendOrder.add(orderId); // listed once it can be loaded
        } else if (outcome[0] instanceof AppendResult.DuplicateChannelOrder duplicate) {
            awaitFirstAppend(duplicate.existing()); // the holder may still be inside its own first append
        }
        LOG.debug("append to {} at version {}: {}", orderId, expectedVersion, outcome[0]);
        return outcome[0];
    }

    @Override
    public List<OrderId> orderIds() {
        return List.copyOf(firstAppendOrder);
    }

    private static List<OrderCommit> appended(StoredOrder current, OrderCommit commit) {
        List<OrderCommit> commits = new ArrayList<>(current == null ? List.of() : current.commits());
        commits.add(commit);
        return commits;
    }

    /** The unique key a channel gives an order. */
    private record ChannelOrder(Channel channel, String externalId) {
        ChannelOrder {
            Require.nonNull(channel, "channel");
            Require.nonBlank(externalId, "externalId");
        }
    }
}
