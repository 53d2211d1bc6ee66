// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.outbox.OrderEventDelivery;
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Rows written before V4 (events as text, commit times as ISO text) read back unchanged after it: the same
 * events, and the same instants to the nanosecond. Runs in a database of its own, migrated to V3 first.
 */
class V4MigrationTest {
    private static final String AUTHORIZED_V1 =
            "{\"type\":\"PaymentAuthorized\",\"authorizationId\":\"AUTH-1\",\"amount\":{\"currency\":\"EUR\",\"amount\":\"10.00\"}}";
    private static final String ALLOCATED =
            "{\"type\":\"UnitsAllocated\",\"lineId\":\"L1\",\"locationId\":\"WH-1\",\"quantity\":2}";

    @Test
    void textRowsOfV3ReadTheSameAfterV4() throws SQLException {
        DataSource upgraded = TestDatabase.freshAt("oms_v4_upgrade", "3");
        Instant nanos = Instant.parse("2026-03-01T10:15:30.123456789Z");
        Instant millis = Instant.parse("2026-03-01T10:15:31.999Z");
        Instant roundsUp = Instant.parse("2026-03-01T10:15:32.999999999Z");
        try (Connection connection = upgraded.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO oms_order (order_id, channel, external_id, version) VALUES ('ORD-1', 'web', 'EXT-1', 3)");
            insert(connection, 1, nanos, "[" + AUTHORIZED_V1 + "]");
            insert(connection, 2, millis, "[" + ALLOCATED + "," + ALLOCATED + "]");
            insert(connection, 3, roundsUp, "[" + ALLOCATED + "]");
        }

        OmsPostgres.migrate(upgraded);

        List<OrderCommit> commits = new PostgresOrderStore(upgraded).load(OrderId.of("ORD-1")).orElseThrow().commits();
        OrderEvent authorized = new PaymentEvent.PaymentAuthorized(AuthorizationId.of("AUTH-1"), Money.parse("EUR 10.00"), nanos);
        OrderEvent allocated = new AllocationEvent.UnitsAllocated(LineId.of("L1"), LocationId.of("WH-1"), 2);
        assertThat(commits).extracting(OrderCommit::recordedAt).containsExactly(nanos, millis, roundsUp);
        assertThat(commits).extracting(OrderCommit::events)
                .containsExactly(List.of(authorized), List.of(allocated, allocated), List.of(allocated));

        List<OrderEventDelivery> delivered = new ArrayList<>();
        new OutboxRelay(upgraded, delivered::add).relayAll(10);
        assertThat(delivered).extracting(OrderEventDelivery::recordedAt).containsExactly(nanos, millis, millis, roundsUp);
        assertThat(delivered).extracting(OrderEventDelivery::event).containsExactly(authorized, allocated, allocated, allocated);
    }

    private static void insert(Connection connection, long version, Instant recordedAt, String events) throws SQLException {
        try (PreparedStatement commit = connection.prepareStatement(
                "INSERT INTO oms_order_commit (order_id, version, idempotency_key, recorded_at, events) VALUES ('ORD-1', ?, ?, ?, ?)")) {
            commit.setLong(1, version);
            commit.setString(2, "key-" + version);
            commit.setString(3, recordedAt.toString());
            commit.setString(4, events);
            commit.executeUpdate();
        }
        String[] each = events.substring(1, events.length() - 1).split(",(?=\\{\"type\")");
        try (PreparedStatement outbox = connection.prepareStatement(
                "INSERT INTO oms_outbox (order_id, version, event_index, recorded_at, event) VALUES ('ORD-1', ?, ?, ?, ?)")) {
            for (int index = 0; index < each.length; index++) {
                outbox.setLong(1, version);
                outbox.setInt(2, index);
                outbox.setString(3, recordedAt.toString());
                outbox.setString(4, each[index]);
                outbox.executeUpdate();
            }
        }
    }
}
