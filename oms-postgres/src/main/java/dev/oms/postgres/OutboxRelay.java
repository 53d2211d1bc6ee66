// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.codec.EventCodec;
import dev.oms.codec.StoredRow;
import dev.oms.spi.outbox.OrderEventDelivery;
import dev.oms.spi.outbox.OrderEventListener;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import dev.oms.spi.event.OrderEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the events of the commits {@link PostgresOrderStore} marked in {@code oms_outbox} to a host's
 * {@link OrderEventListener}, at least once and in order per order.
 *
 * <p>A run locks the outbox rows of a batch of commits owing events ({@code SELECT ... FOR UPDATE}), reads their
 * events from {@code oms_order_commit} (the outbox holds no copy), hands them to the listener in
 * {@code (order, version, index)} order and, in the same transaction, deletes the row of each commit delivered
 * whole and counts the events delivered of one delivered in part ({@code delivered_events}). A relay
 * that crashes mid-batch delivers the batch again on the next run (hence "at least once"); two relays
 * never hand out the same row at the same time, because the second waits for the first's locks. When
 * the listener throws, the rest of that order's events wait for the next run, so one order's events are
 * never delivered out of order; other orders in the batch go on.
 *
 * <p>The host schedules {@link #relay} (for example every second); this class starts no threads.
 */
public final class OutboxRelay {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final Transactions transactions;
    private final OrderEventListener listener;

    /**
     * A relay over the outbox in the host's database.
     *
     * @param dataSource the host's connection pool, over a schema {@link OmsPostgres#migrate} has migrated
     * @param listener receives each event; throwing holds back the rest of that order's events for the next run
     */
    public OutboxRelay(DataSource dataSource, OrderEventListener listener) {
        this.transactions = new Transactions(Require.nonNull(dataSource, "dataSource"));
        this.listener = Require.nonNull(listener, "listener");
    }

    /**
     * Delivers up to {@code batchSize} undelivered events, in one transaction.
     *
     * @param batchSize how many events to read at most; positive
     * @return how many events the listener accepted, now marked delivered
     * @throws IllegalArgumentException if {@code batchSize} is not positive
     * @throws StorageException if the database fails; no event is marked delivered then
     */
    public int relay(int batchSize) {
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batchSize must be positive, was " + batchSize);
        }
        return transactions.run("relay outbox", connection -> {
            List<Owed> owed = lockOwed(connection, batchSize);
            List<OrderEventDelivery> batch = new ArrayList<>();
            for (Owed commit : owed) {
                for (int index = commit.delivered(); index < commit.events().size() && batch.size() < batchSize; index++) {
                    batch.add(new OrderEventDelivery(commit.orderId(), commit.version(), index, commit.recordedAt(),
                            commit.events().get(index)));
                }
            }
            List<OrderEventDelivery> delivered = deliver(batch);
            markDelivered(connection, owed, delivered);
            return delivered.size();
        });
    }

    /** A commit whose first {@code delivered} events were delivered, and the others not yet. */
    private record Owed(OrderId orderId, long version, int delivered, Instant recordedAt, List<OrderEvent> events) {}

    /**
     * Locks the outbox rows of up to {@code limit} commits owing events, in (order, version) order, with their events
     * read from the commit table: each owes at least one, so no more commits are needed for a batch. Decodes only the
     * commits the batch reaches: those owing {@code limit} events in all.
     */
    private static List<Owed> lockOwed(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT o.order_id, o.version, o.delivered_events,"
                + " c.recorded_at, c.events, c.recorded_at_nanos FROM oms_outbox o JOIN oms_order_commit c"
                + " ON c.order_id = o.order_id AND c.version = o.version ORDER BY o.order_id, o.version LIMIT ? FOR UPDATE OF o")) {
            select.setInt(1, limit);
            List<Owed> owed = new ArrayList<>();
            int events = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (events < limit && rows.next()) {
                    OrderId orderId = OrderId.of(rows.getString(1));
                    Instant recordedAt = StoredInstants.read(rows, 4, 6);
                    Owed commit = new Owed(orderId, rows.getLong(2), rows.getInt(3), recordedAt,
                            EventCodec.decodeAll(rows.getString(5), StoredRow.commit(orderId, rows.getLong(2), recordedAt)));
                    owed.add(commit);
                    events += commit.events().size() - commit.delivered();
                }
            }
            return owed;
        }
    }

    /** Deletes the outbox row of each commit now delivered whole, and counts what was delivered of the others. */
    private static void markDelivered(Connection connection, List<Owed> owed, List<OrderEventDelivery> delivered)
            throws SQLException {
        Map<String, Integer> lastDelivered = new HashMap<>();
        for (OrderEventDelivery delivery : delivered) {
            lastDelivered.put(delivery.orderId().value() + ":" + delivery.version(), delivery.index());
        }
        try (PreparedStatement done = connection.prepareStatement("DELETE FROM oms_outbox WHERE order_id = ? AND version = ?");
                PreparedStatement partly = connection.prepareStatement(
                        "UPDATE oms_outbox SET delivered_events = ? WHERE order_id = ? AND version = ?")) {
            for (Owed commit : owed) {
                Integer last = lastDelivered.get(commit.orderId().value() + ":" + commit.version());
                if (last == null) {
                    continue;
                }
                if (last + 1 == commit.events().size()) {
                    done.setString(1, commit.orderId().value());
                    done.setLong(2, commit.version());
                    done.addBatch();
                } else {
                    partly.setInt(1, last + 1);
                    partly.setString(2, commit.orderId().value());
                    partly.setLong(3, commit.version());
                    partly.addBatch();
                }
            }
            done.executeBatch();
            partly.executeBatch();
        }
    }

    /**
     * Relays batch after batch until a run delivers nothing (everything is delivered, or what is left the
     * listener refused).
     *
     * @param batchSize how many events each run reads at most; positive
     * @return how many events were delivered in all
     * @throws IllegalArgumentException if {@code batchSize} is not positive
     */
    public int relayAll(int batchSize) {
        int total = 0;
        for (int delivered = relay(batchSize); delivered > 0; delivered = relay(batchSize)) {
            total += delivered;
        }
        return total;
    }

    private List<OrderEventDelivery> deliver(List<OrderEventDelivery> batch) {
        List<OrderEventDelivery> delivered = new ArrayList<>();
        Set<OrderId> held = new HashSet<>();
        for (OrderEventDelivery delivery : batch) {
            if (held.contains(delivery.orderId())) {
                continue;
            }
            try {
                listener.deliver(delivery);
                delivered.add(delivery);
            } catch (RuntimeException e) {
                held.add(delivery.orderId());
                LOG.warn("outbox: listener refused {}, its order's later events wait for the next run: {}",
                        delivery.deliveryKey(), e.toString());
            }
        }
        return delivered;
    }
}
