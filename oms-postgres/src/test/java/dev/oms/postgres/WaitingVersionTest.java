// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.WaitingLine;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code oms_order.waiting_version} (V15): an append deletes an order's waiting lines only when the version it
 * appends after stored some, or when that is not known (orders stored before V15, or a rebuilt summary), and every
 * other path still leaves exactly the appended summary's lines.
 */
class WaitingVersionTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00.123456789Z");
    private static final Sku SKU = Sku.of("CONSOLE-X");
    private static final String DELETE = "DELETE FROM oms_waiting_line";

    @Test
    void linesComeAndGoWithTheSummaries() {
        PostgresOrderStore store = new PostgresOrderStore(TestDatabase.reset());

        append(store, 1, 3);
        assertThat(store.waitingFor(SKU)).containsExactly(line(3));
        append(store, 2, 0);
        assertThat(store.waitingFor(SKU)).isEmpty();
        append(store, 3, 0);
        append(store, 4, 2);
        assertThat(store.waitingFor(SKU)).containsExactly(line(2));
        append(store, 5, 1);
        assertThat(store.waitingFor(SKU)).containsExactly(line(1));
        append(store, 6, 0);
        assertThat(store.waitingFor(SKU)).isEmpty();
    }

    @Test
    void anOrderThatNeverWaitsDeletesNoLines() {
        CountingDataSource counting = new CountingDataSource(TestDatabase.reset());
        PostgresOrderStore store = new PostgresOrderStore(counting);

        for (long version = 1; version <= 4; version++) {
            append(store, version, 0);
        }

        assertThat(counting.statements().keySet()).noneMatch(sql -> sql.contains(DELETE));
    }

    @Test
    void linesOfAnOrderStoredBeforeTheColumnAreDeleted() throws SQLException {
        DataSource dataSource = TestDatabase.reset();
        PostgresOrderStore store = new PostgresOrderStore(dataSource);
        append(store, 1, 3);
        execute(dataSource, "UPDATE oms_order SET waiting_version = NULL"); // as V15 leaves every order stored before it

        append(store, 2, 0);

        assertThat(store.waitingFor(SKU)).isEmpty();
    }

    @Test
    void linesOfARebuiltSummaryAreDeletedByTheNextAppend() {
        PostgresOrderStore store = new PostgresOrderStore(TestDatabase.reset());
        append(store, 1, 0);
        append(store, 2, 0);

        assertThat(store.rebuildSummary(summary(2, 4))).isTrue();
        assertThat(store.waitingFor(SKU)).containsExactly(line(4));
        append(store, 3, 0);

        assertThat(store.waitingFor(SKU)).isEmpty();
        assertThat(store.rebuildSummary(summary(2, 4))).as("a summary at an older version").isFalse();
        assertThat(store.waitingFor(SKU)).isEmpty();
    }

    private static void append(PostgresOrderStore store, long version, long waiting) {
        OrderCommit commit = new OrderCommit("k" + version, NOW,
                List.of(new PaymentEvent.PaymentDeclined(PaymentEvent.PaymentStage.AUTHORIZATION, "DECLINED_BY_ISSUER")));
        assertThat(store.append(version - 1, commit, summary(version, waiting)))
                .isEqualTo(new AppendResult.Appended(version));
    }

    private static OrderSummary summary(long version, long waiting) {
        return new OrderSummary(OrderId.of("o"), Channel.WEB, "ext-o", CustomerRef.of("C-1"),
                waiting == 0 ? OrderStatus.ALLOCATED : OrderStatus.AWAITING_STOCK, NOW, version, false,
                waiting == 0 ? List.of() : List.of(line(waiting)));
    }

    private static WaitingLine line(long quantity) {
        return new WaitingLine(OrderId.of("o"), LineId.of("L-1"), SKU, Channel.WEB, Bucket.BACKORDERED, quantity, NOW);
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
