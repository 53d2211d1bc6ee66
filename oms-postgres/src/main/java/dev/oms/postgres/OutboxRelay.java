// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.postgres.codec.EventCodec;
import dev.oms.postgres.codec.StoredRow;
import dev.oms.spi.outbox.OrderEventDelivery;
import dev.oms.spi.outbox.OrderEventListener;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the events {@link PostgresOrderStore} wrote to {@code oms_outbox} to a host's
 * {@link OrderEventListener}, at least once and in order per order, and marks them delivered.
 *
 * <p>A run locks a batch of undelivered rows ({@code SELECT ... FOR UPDATE}), hands them to the listener
 * in {@code (order, version, index)} order and marks those delivered in the same transaction. A relay
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
            List<OrderEventDelivery> batch = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT order_id, version, event_index, recorded_at, event, recorded_at_nanos FROM oms_outbox WHERE delivered_at IS NULL "
                            + "ORDER BY order_id, version, event_index LIMIT ? FOR UPDATE")) {
                select.setInt(1, batchSize);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        OrderId orderId = OrderId.of(rows.getString(1));
                        Instant recordedAt = StoredInstants.read(rows, 4, 6);
                        StoredRow row = StoredRow.outbox(orderId, rows.getLong(2), rows.getInt(3), recordedAt);
                        batch.add(new OrderEventDelivery(orderId, rows.getLong(2), rows.getInt(3), recordedAt,
                                EventCodec.decode(rows.getString(5), row)));
                    }
                }
            }
            List<OrderEventDelivery> delivered = deliver(batch);
            try (PreparedStatement mark = connection.prepareStatement(
                    "UPDATE oms_outbox SET delivered_at = CURRENT_TIMESTAMP WHERE order_id = ? AND version = ? AND event_index = ?")) {
                for (OrderEventDelivery delivery : delivered) {
                    mark.setString(1, delivery.orderId().value());
                    mark.setLong(2, delivery.version());
                    mark.setInt(3, delivery.index());
                    mark.addBatch();
                }
                if (!delivered.isEmpty()) {
                    mark.executeBatch();
                }
            }
            return delivered.size();
        });
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
