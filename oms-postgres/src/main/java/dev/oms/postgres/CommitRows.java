// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.codec.EventCodec;
import dev.oms.codec.StoredRow;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The rows of an order's log: its head in {@code oms_order}, its commits, and the outbox rows of those not yet relayed. */
final class CommitRows {
    private CommitRows() {}

    /** The order's commits after the first {@code after}, by the commit table's primary key. */
    static List<OrderCommit> commits(Connection connection, OrderId orderId, long after) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT idempotency_key, recorded_at, events,"
                + " request_fingerprint, version, recorded_at_nanos FROM oms_order_commit WHERE order_id = ? AND version > ?"
                + " ORDER BY version")) {
            select.setString(1, orderId.value());
            select.setLong(2, after);
            List<OrderCommit> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Instant recordedAt = StoredInstants.read(rows, 2, 6);
                    found.add(new OrderCommit(rows.getString(1), recordedAt,
                            EventCodec.decodeAll(rows.getString(3), StoredRow.commit(orderId, rows.getLong(5), recordedAt)),
                            rows.getString(4)));
                }
            }
            return found;
        }
    }

    /**
     * The head after an append was tried: what the append answers and, when it was appended, the signature of the
     * allocated lines stored before it ({@link AllocatedLineRows#NONE} for a new order, {@code null}: not known), and
     * whether the order may have waiting lines stored ({@code oms_order.waiting_version}, V15), which the append
     * then deletes before storing its own.
     */
    record Head(AppendResult result, String allocatedLinesBefore, boolean mayHaveWaitingLines) {}

    /**
     * Inserts a new order's head, with the signature of the allocated lines its first commit stores; {@code waits}
     * when its first summary has waiting lines.
     */
    static Head claimNewOrder(Connection connection, OrderId orderId, Channel channel, String externalId,
            String allocatedLines, boolean waits) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO oms_order (order_id, channel, external_id,"
                + " version, allocated_lines, allocated_lines_before, waiting_version) VALUES (?, ?, ?, 1, ?, '', ?)"
                + " ON CONFLICT DO NOTHING")) {
            insert.setString(1, orderId.value());
            insert.setString(2, channel.code());
            insert.setString(3, externalId);
            insert.setString(4, allocatedLines);
            insert.setLong(5, waits ? 1 : 0);
            if (insert.executeUpdate() == 1) {
                // Waiting lines are only stored with their order's head, so a new order has none yet.
                return new Head(new AppendResult.Appended(1), AllocatedLineRows.NONE, false);
            }
        }
        return new Head(conflict(connection, orderId, channel, externalId), null, false);
    }

    private static AppendResult conflict(Connection connection, OrderId orderId, Channel channel, String externalId)
            throws SQLException {
        // Either the order exists already, or its channel order belongs to another: tell which.
        Option<Long> version = headVersion(connection, orderId);
        if (version.isDefined()) {
            return new AppendResult.VersionConflict(version.get());
        }
        Optional<OrderId> holder = channelOrder(connection, channel, externalId);
        if (holder.isPresent()) {
            return new AppendResult.DuplicateChannelOrder(holder.get());
        }
        // The conflicting row vanished again (its writer rolled back after we waited): abort and retry.
        throw new SQLException("conflicting order row disappeared", "40001");
    }

    /**
     * Moves the head past {@code expectedVersion}, storing the signature of the allocated lines the commit leaves
     * and answering the one before (SET reads the row as it was), in the one statement that moves the head;
     * {@code waits} when the appended summary has waiting lines. RETURNING reads {@code waiting_version} as the
     * statement leaves it: when the summary does not wait, as it was, the last version that stored lines.
     */
    static Head moveHead(Connection connection, OrderId orderId, long expectedVersion, String allocatedLines,
            boolean waits) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE oms_order SET version = version + 1,"
                + " allocated_lines_before = allocated_lines, allocated_lines = ?,"
                + " waiting_version = CASE WHEN ? THEN version + 1 ELSE waiting_version END"
                + " WHERE order_id = ? AND version = ? RETURNING allocated_lines_before, waiting_version")) {
            update.setString(1, allocatedLines);
            update.setBoolean(2, waits);
            update.setString(3, orderId.value());
            update.setLong(4, expectedVersion);
            try (ResultSet rows = update.executeQuery()) {
                if (rows.next()) {
                    long waitingVersion = rows.getLong(2);
                    boolean unknown = rows.wasNull();
                    return new Head(new AppendResult.Appended(expectedVersion + 1), rows.getString(1),
                            waits || unknown || waitingVersion == expectedVersion);
                }
            }
        }
        return new Head(new AppendResult.VersionConflict(headVersion(connection, orderId).getOrElse(0L)), null, false);
    }

    /**
     * Locks the head of an order at {@code version} for a rebuild of its read models, storing the signature of the
     * allocated lines the rebuild leaves and marking its waiting lines as stored at that version; false when the
     * order is at another version (or not stored).
     */
    static boolean lockForRebuild(Connection connection, OrderId orderId, long version, String allocatedLines)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE oms_order SET allocated_lines = ?, waiting_version = version WHERE order_id = ? AND version = ?")) {
            update.setString(1, allocatedLines);
            update.setString(2, orderId.value());
            update.setLong(3, version);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * Adds the commit's row and its outbox row to {@code writes}, the commit's first. The outbox row only marks the
     * commit as owing its events to {@link OutboxRelay}, which reads them from the commit (V19).
     */
    static void insertCommit(OneRoundTrip writes, OrderId orderId, long version, OrderCommit commit) {
        writes.statement("INSERT INTO oms_order_commit (order_id, version, idempotency_key, recorded_at, events,"
                        + " request_fingerprint, recorded_at_nanos) VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)")
                .text(orderId.value()).number(version).text(commit.idempotencyKey()).at(commit.recordedAt())
                .text(EventCodec.encodeAll(commit.events())).text(commit.requestFingerprint()).nanos(commit.recordedAt());
        writes.statement("INSERT INTO oms_outbox (order_id, version, recorded_at, event_count) VALUES (?, ?, ?, ?)")
                .text(orderId.value()).number(version).at(commit.recordedAt()).integer(commit.events().size());
    }

    static Option<Long> headVersion(Connection connection, OrderId orderId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT version FROM oms_order WHERE order_id = ?")) {
            select.setString(1, orderId.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Option.some(rows.getLong(1)) : Option.none();
            }
        }
    }

    static Optional<OrderId> channelOrder(Connection connection, Channel channel, String externalId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT order_id FROM oms_order WHERE channel = ? AND external_id = ?")) {
            select.setString(1, channel.code());
            select.setString(2, externalId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(OrderId.of(rows.getString(1))) : Optional.empty();
            }
        }
    }
}
