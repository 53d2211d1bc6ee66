// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import java.util.Optional;
import dev.oms.spi.order.AllocatedLine;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderFilter;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.order.WaitingTotal;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link OrderStore} on PostgreSQL (or YugabyteDB) over plain JDBC.
 *
 * <p>{@code oms_order} holds each order's head: its channel order and its version. An append moves the
 * head with {@code UPDATE ... SET version = version + 1 WHERE version = expected}, which row-locks the
 * head, so of two writers at the same version exactly one updates a row; the other sees zero rows and
 * answers {@link AppendResult.VersionConflict}. A new order's head is inserted with {@code ON CONFLICT DO
 * NOTHING}; the primary key and the unique {@code (channel, external_id)} constraint tell a version
 * conflict from a {@link AppendResult.DuplicateChannelOrder}. The commit and its events in
 * {@code oms_outbox} are written in the same transaction, so a commit is never stored without its
 * outbox rows, nor the other way round; so are the order's read-model rows ({@link ReadModelRows},
 * {@link AllocatedLineRows}).
 * {@link #commitsAfter} reads only the commits after a version, by the commit table's primary key.
 */
public final class PostgresOrderStore implements OrderStore {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresOrderStore.class);

    private final Transactions transactions;

    /**
     * A store over the host's data source; run {@link OmsPostgres#migrate} once before use.
     *
     * @param dataSource the host's connection pool, over a schema {@link OmsPostgres#migrate} has migrated
     */
    public PostgresOrderStore(DataSource dataSource) {
        this.transactions = new Transactions(Require.nonNull(dataSource, "dataSource"));
    }

    /** {@inheritDoc} The work's calls on stores over this store's data source join one transaction. */
    @Override
    public <T> T atomically(Supplier<T> work) {
        Require.nonNull(work, "work");
        return transactions.atomically("stock movement with its record", work);
    }

    /**
     * {@inheritDoc} A transaction-scoped advisory lock per SKU ({@code pg_advisory_xact_lock} on a hash of
     * {@code oms-room:<sku>}), released when the enclosing transaction commits or rolls back. Two SKUs whose keys
     * hash alike share a lock, which only serialises them further.
     *
     * @throws IllegalStateException outside {@code atomically}, where the lock would end with its own statement
     */
    @Override
    public void lockRoom(java.util.Collection<dev.oms.spi.value.Sku> skus) {
        Require.nonNull(skus, "skus");
        if (!transactions.inAtomically()) {
            throw new IllegalStateException("lockRoom is called inside atomically, whose transaction releases it");
        }
        List<String> codes = skus.stream().map(dev.oms.spi.value.Sku::code).distinct().sorted().toList();
        transactions.run("lock the room of SKUs", connection -> {
            try (java.sql.PreparedStatement lock = connection.prepareStatement(
                    "SELECT pg_advisory_xact_lock(hashtextextended('oms-room:' || ?, 0))")) {
                for (String code : codes) {
                    lock.setString(1, code);
                    lock.execute();
                }
            }
            return null;
        });
    }

    @Override
    public Optional<StoredOrder> load(OrderId orderId) {
        Require.nonNull(orderId, "orderId");
        List<OrderCommit> commits = transactions.read("load order", connection -> CommitRows.commits(connection, orderId, 0));
        return commits.isEmpty() ? Optional.empty() : Optional.of(new StoredOrder(orderId, commits));
    }

    @Override
    public List<OrderCommit> commitsAfter(OrderId orderId, long version) {
        Require.nonNull(orderId, "orderId");
        if (version < 0) {
            throw new IllegalArgumentException("version cannot be negative, was " + version);
        }
        return transactions.read("load new commits", connection -> CommitRows.commits(connection, orderId, version));
    }

    @Override
    public Optional<OrderId> findByChannelOrder(Channel channel, String externalId) {
        Require.nonNull(channel, "channel");
        Require.nonBlank(externalId, "externalId");
        return transactions.read("find channel order", connection -> CommitRows.channelOrder(connection, channel, externalId));
    }

    @Override
    public AppendResult append(long expectedVersion, OrderCommit commit, OrderSummary summary) {
        Require.nonNull(commit, "commit");
        Require.nonNull(summary, "summary");
        OrderId orderId = summary.orderId();
        Channel channel = summary.channel();
        String externalId = summary.externalId();
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("expectedVersion cannot be negative, was " + expectedVersion);
        }
        if (summary.version() != expectedVersion + 1) {
            throw new IllegalArgumentException("the summary of " + orderId + " is at version " + summary.version()
                    + ", not the appended commit's " + (expectedVersion + 1));
        }
        String allocatedLines = AllocatedLineRows.signature(summary.allocated());
        boolean waits = !summary.waiting().isEmpty();
        AppendResult result = transactions.run("append to order", connection -> {
            CommitRows.Head head = expectedVersion == 0
                    ? CommitRows.claimNewOrder(connection, orderId, channel, externalId, allocatedLines, waits)
                    : CommitRows.moveHead(connection, orderId, expectedVersion, allocatedLines, waits);
            if (head.result() instanceof AppendResult.Appended appended) {
                // The commit, its outbox rows and the read models in one round trip.
                OneRoundTrip writes = new OneRoundTrip();
                CommitRows.insertCommit(writes, orderId, appended.newVersion(), commit);
                ReadModelRows.replace(writes, summary, head.mayHaveWaitingLines());
                AllocatedLineRows.replace(writes, summary, head.allocatedLinesBefore());
                writes.execute(connection);
            }
            return head.result();
        });
        LOG.debug("append to {} at version {}: {}", orderId, expectedVersion, result);
        return result;
    }

    @Override
    public boolean rebuildSummary(OrderSummary summary) {
        Require.nonNull(summary, "summary");
        String allocatedLines = AllocatedLineRows.signature(summary.allocated());
        return transactions.run("rebuild order summary", connection -> {
            if (!CommitRows.lockForRebuild(connection, summary.orderId(), summary.version(), allocatedLines)) {
                return false;
            }
            OneRoundTrip writes = new OneRoundTrip();
            ReadModelRows.replace(writes, summary, true);
            AllocatedLineRows.replace(writes, summary, null); // whatever is stored goes
            writes.execute(connection);
            return true;
        });
    }

    @Override
    public Page<OrderId> orderIds(PageRequest page) {
        Require.nonNull(page, "page");
        long after = page.after().map(PostgresOrderStore::sequence).orElse(0L);
        return transactions.run("list orders", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT order_id, placed_seq FROM oms_order WHERE placed_seq > ? ORDER BY placed_seq LIMIT ?")) {
                select.setLong(1, after);
                select.setInt(2, page.size() + 1);
                List<OrderId> ids = new ArrayList<>();
                long last = after;
                boolean more = false;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (ids.size() == page.size()) {
                            more = true; // the one row read beyond the page
                            break;
                        }
                        ids.add(OrderId.of(rows.getString(1)));
                        last = rows.getLong(2);
                    }
                }
                return new Page<>(ids, more ? Optional.of(Long.toString(last)) : Optional.empty());
            }
        });
    }

    @Override
    public List<WaitingLine> waitingFor(Sku sku) {
        Require.nonNull(sku, "sku");
        return transactions.read("read restock queue", connection -> ReadModelRows.waitingFor(connection, sku));
    }

    @Override
    public List<WaitingLine> waitingAfter(Sku sku, Optional<WaitingLine> after, int limit) {
        Require.nonNull(sku, "sku");
        Require.nonNull(after, "after");
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        return transactions.run("read restock queue page", connection -> ReadModelRows.waitingAfter(connection, sku, after, limit));
    }

    @Override
    public List<WaitingTotal> waitingTotals(Sku sku, Optional<OrderId> except) {
        Require.nonNull(sku, "sku");
        Require.nonNull(except, "except");
        return transactions.run("sum restock queue", connection -> WaitingTotalRows.totals(connection, sku, except));
    }

    @Override
    public List<AllocatedLine> allocatedAt(Sku sku, LocationId locationId) {
        Require.nonNull(sku, "sku");
        Require.nonNull(locationId, "locationId");
        return transactions.run("read allocated lines", connection -> AllocatedLineRows.allocatedAt(connection, sku, locationId));
    }

    @Override
    public List<Sku> skusWaiting() {
        return transactions.read("list SKUs waited for", ReadModelRows::skusWaiting);
    }

    @Override
    public Page<OrderId> owingEffects(PageRequest page) {
        Require.nonNull(page, "page");
        return transactions.read("list orders owing effects", connection -> ReadModelRows.owingEffects(connection, page));
    }

    @Override
    public Page<OrderSummary> ordersOf(CustomerRef customer, PageRequest page) {
        Require.nonNull(customer, "customer");
        Require.nonNull(page, "page");
        return transactions.run("list a customer's orders", connection -> ReadModelRows.ordersOf(connection, customer, page));
    }

    @Override
    public Page<OrderSummary> orders(OrderFilter filter, PageRequest page) {
        Require.nonNull(filter, "filter");
        Require.nonNull(page, "page");
        return transactions.run("list orders", connection -> ReadModelRows.orders(connection, filter, page));
    }

    private static long sequence(String cursor) {
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException notOurs) {
            throw new IllegalArgumentException("not a cursor this listing handed out: " + cursor, notOurs);
        }
    }
}
