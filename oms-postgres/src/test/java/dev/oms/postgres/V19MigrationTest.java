// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.outbox.OrderEventDelivery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The per-event outbox rows of V18 become one row per commit still owing events: after the upgrade the relay
 * delivers exactly the events that were not delivered, in order, and none twice. Runs in a database of its own,
 * migrated to V18 first.
 */
class V19MigrationTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456789Z");
    private static final String NOTICE = "{\"type\":\"NotificationSent\",\"notificationKey\":\"%s\"}";

    @Test
    void theEventsNotDeliveredBeforeV19AreDeliveredAfterItAndNoOthers() throws SQLException {
        DataSource upgraded = TestDatabase.freshAt("oms_v19_upgrade", "18");
        try (Connection connection = upgraded.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO oms_order (order_id, channel, external_id, version) VALUES ('ORD-1', 'web', 'EXT-1', 3)");
            commit(connection, 1, 2, 2); // delivered whole
            commit(connection, 2, 3, 1); // its first event delivered, then the listener refused the second
            commit(connection, 3, 1, 0); // nothing delivered yet
        }

        OmsPostgres.migrate(upgraded);

        assertThat(pendingEvents(upgraded)).isEqualTo(3);
        List<OrderEventDelivery> heard = new ArrayList<>();
        assertThat(new OutboxRelay(upgraded, heard::add).relayAll(10)).isEqualTo(3);
        assertThat(heard).extracting(OrderEventDelivery::deliveryKey).containsExactly("ORD-1:2:1", "ORD-1:2:2", "ORD-1:3:0");
        assertThat(heard).extracting(OrderEventDelivery::recordedAt).containsOnly(AT);
        assertThat(pendingEvents(upgraded)).isZero();
    }

    /** A commit of {@code events} notices as V18 stored it: in the commit and once more per event in the outbox. */
    private static void commit(Connection connection, long version, int events, int delivered) throws SQLException {
        List<String> notices = new ArrayList<>();
        for (int index = 0; index < events; index++) {
            notices.add(NOTICE.formatted("n-" + version + "-" + index));
        }
        try (PreparedStatement commit = connection.prepareStatement("INSERT INTO oms_order_commit (order_id, version,"
                + " idempotency_key, recorded_at, recorded_at_nanos, events) VALUES ('ORD-1', ?, ?, ?, ?, ?::jsonb)")) {
            commit.setLong(1, version);
            commit.setString(2, "key-" + version);
            commit.setObject(3, StoredInstants.micros(AT));
            commit.setShort(4, StoredInstants.nanos(AT));
            commit.setString(5, "[" + String.join(",", notices) + "]");
            commit.executeUpdate();
        }
        try (PreparedStatement outbox = connection.prepareStatement("INSERT INTO oms_outbox (order_id, version, event_index,"
                + " recorded_at, recorded_at_nanos, event, delivered_at) VALUES ('ORD-1', ?, ?, ?, ?, ?::jsonb,"
                + " CASE WHEN ? THEN CURRENT_TIMESTAMP END)")) {
            for (int index = 0; index < events; index++) {
                outbox.setLong(1, version);
                outbox.setInt(2, index);
                outbox.setObject(3, StoredInstants.micros(AT));
                outbox.setShort(4, StoredInstants.nanos(AT));
                outbox.setString(5, notices.get(index));
                outbox.setBoolean(6, index < delivered);
                outbox.executeUpdate();
            }
        }
    }

    private static long pendingEvents(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COALESCE(SUM(event_count - delivered_events), 0) FROM oms_outbox")) {
            row.next();
            return row.getLong(1);
        }
    }
}
