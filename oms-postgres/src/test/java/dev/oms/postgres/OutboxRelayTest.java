// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import dev.oms.spi.event.EffectEvent;
import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.event.PlacementEvent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.outbox.OrderEventDelivery;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final OrderId FIRST = OrderId.of("ORD-1");
    private static final OrderId SECOND = OrderId.of("ORD-2");

    private DataSource dataSource;
    private PostgresOrderStore store;

    @BeforeEach
    void twoOrdersWithThreeCommits() {
        dataSource = TestDatabase.reset();
        store = new PostgresOrderStore(dataSource);
        store.append(0, placed(FIRST, "W-1"), TestSummaries.after(FIRST, Channel.WEB, "W-1", 0));
        store.append(0, placed(SECOND, "W-2"), TestSummaries.after(SECOND, Channel.WEB, "W-2", 0));
        store.append(1, new OrderCommit("k", NOW, List.of(
                new PaymentEvent.PaymentDeclined(PaymentEvent.PaymentStage.AUTHORIZATION, "DECLINED"),
                new EffectEvent.NotificationSent("n-1"))), TestSummaries.after(FIRST, Channel.WEB, "W-1", 1));
    }

    @Test
    void everyStoredEventIsDeliveredOnceInOrderPerOrderAndMarkedDelivered() {
        List<OrderEventDelivery> heard = new ArrayList<>();
        var relay = new OutboxRelay(dataSource, heard::add);

        assertThat(relay.relayAll(2)).isEqualTo(4);
        assertThat(relay.relay(10)).isZero();

        assertThat(heard).extracting(OrderEventDelivery::deliveryKey)
                .containsExactly("ORD-1:1:0", "ORD-1:2:0", "ORD-1:2:1", "ORD-2:1:0");
        assertThat(heard.get(2).event()).isEqualTo(new EffectEvent.NotificationSent("n-1"));
        assertThat(heard.get(0).event()).isEqualTo(store.load(FIRST).get().commits().get(0).events().get(0));
    }

    @Test
    void theOutboxKeepsOneRowPerCommitOwingEventsAndNoCopyOfThem() throws SQLException {
        assertThat(outboxRows()).containsExactly("ORD-1:1 0/1", "ORD-1:2 0/2", "ORD-2:1 0/1");

        new OutboxRelay(dataSource, delivery -> { }).relay(2);
        assertThat(outboxRows()).as("a commit delivered whole leaves; one delivered in part counts what was")
                .containsExactly("ORD-1:2 1/2", "ORD-2:1 0/1");

        new OutboxRelay(dataSource, delivery -> { }).relayAll(10);
        assertThat(outboxRows()).isEmpty();
    }

    @Test
    void aRefusedEventHoldsBackTheRestOfItsOrderButNotOtherOrders() {
        List<String> heard = new ArrayList<>();
        Set<String> refuseOnce = ConcurrentHashMap.newKeySet();
        refuseOnce.add("ORD-1:2:0");
        var relay = new OutboxRelay(dataSource, delivery -> {
            if (refuseOnce.remove(delivery.deliveryKey())) {
                throw new IllegalStateException("broker unavailable");
            }
            heard.add(delivery.deliveryKey());
        });

        assertThat(relay.relay(10)).isEqualTo(2);
        assertThat(heard).containsExactly("ORD-1:1:0", "ORD-2:1:0");
        assertThat(relay.relay(10)).isEqualTo(2);
        assertThat(heard).containsExactly("ORD-1:1:0", "ORD-2:1:0", "ORD-1:2:0", "ORD-1:2:1");
    }

    @Test
    void aRelayThatDiesBeforeMarkingDeliversAgainWithTheSameKeys() {
        List<String> heard = new ArrayList<>();
        // The listener hears the event, then the relay "crashes" before its transaction commits.
        var dying = new OutboxRelay(dataSource, delivery -> {
            heard.add(delivery.deliveryKey());
            if (delivery.deliveryKey().equals("ORD-2:1:0")) {
                throw new Error("process killed");
            }
        });
        try {
            dying.relay(10);
        } catch (Error expected) {
            // the relay's transaction rolled back: nothing was marked delivered
        }
        new OutboxRelay(dataSource, delivery -> heard.add(delivery.deliveryKey())).relayAll(10);

        assertThat(heard).containsExactly("ORD-1:1:0", "ORD-1:2:0", "ORD-1:2:1", "ORD-2:1:0",
                "ORD-1:1:0", "ORD-1:2:0", "ORD-1:2:1", "ORD-2:1:0");
        assertThat(heard.stream().distinct()).hasSize(4);
    }

    @Test
    void aCommitThatIsNotStoredLeavesNothingInTheOutbox() {
        store.append(1, new OrderCommit("stale", NOW, List.of(new EffectEvent.NotificationSent("x"))), TestSummaries.after(FIRST, Channel.WEB, "W-1", 1));
        List<String> heard = new ArrayList<>();

        new OutboxRelay(dataSource, delivery -> heard.add(delivery.deliveryKey())).relayAll(10);

        assertThat(heard).hasSize(4).doesNotContain("ORD-1:3:0");
    }

    /** Each outbox row as {@code order:version delivered/events}, in relay order. */
    private List<String> outboxRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT order_id, version, delivered_events, event_count FROM oms_outbox ORDER BY order_id, version")) {
            while (row.next()) {
                rows.add(row.getString(1) + ":" + row.getLong(2) + " " + row.getInt(3) + "/" + row.getInt(4));
            }
        }
        return rows;
    }

    private static OrderCommit placed(OrderId id, String externalId) {
        Address address = Address.builder().recipient("Ada").addLines("1 Way").city("London").postalCode("N1")
                .countryCode("GB").build();
        var line = new PlacementEvent.PlacedLine(LineId.ofPosition(0), Sku.of("SHOE"), 1, Money.parse("EUR 10.00"));
        return new OrderCommit("place-" + externalId, NOW, List.of(new PlacementEvent.OrderPlaced(id, Channel.WEB, externalId,
                CustomerRef.of("C"), address, PaymentMethod.card("tok"), CurrencyUnit.EUR, List.of(line), NOW)));
    }
}
