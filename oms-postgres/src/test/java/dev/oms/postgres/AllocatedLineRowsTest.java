// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.PaymentEvent;
import dev.oms.spi.order.AllocatedLine;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.OrderFilter;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.OrderSummary;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The allocated-lines rows cost statements only when an order's allocated lines change: the head move answers the
 * signature of what is stored, and an order stored before V6 (no signature) has its rows replaced at its next commit.
 */
class AllocatedLineRowsTest {
    private static final Sku SHOES = Sku.of("SHOE-42");
    private static final Instant PLACED = Instant.parse("2026-01-01T00:00:00Z");
    private static final OrderId ORDER = OrderId.of("o-1");
    private static final LocationId WAREHOUSE = LocationId.of("WH-1");

    @Test
    void onlyCommitsThatChangeTheAllocatedLinesTouchTheirTable() {
        AtomicInteger statements = new AtomicInteger();
        PostgresOrderStore store = new PostgresOrderStore(counting(TestDatabase.reset(), statements));

        assertThat(touches(statements, () -> store(store, 1, 2))).as("a new order's first lines: the insert").isEqualTo(1);
        assertThat(touches(statements, () -> store(store, 2, 2))).as("the same lines again").isZero();
        assertThat(touches(statements, () -> store(store, 3, 1))).as("other lines: delete and insert").isEqualTo(2);
        assertThat(touches(statements, () -> store(store, 4, 0))).as("none left: the delete").isEqualTo(1);
        assertThat(touches(statements, () -> store(store, 5, 0))).as("none before and none now").isZero();
        assertThat(touches(statements, () -> store(store, 6, 3))).as("lines again, none stored: the insert").isEqualTo(1);

        assertThat(store.allocatedAt(SHOES, WAREHOUSE)).containsExactly(line(3));
        assertThat(store.orders(OrderFilter.all(), PageRequest.first(5)).items())
                .flatExtracting(OrderSummary::allocated).containsExactly(line(3));
    }

    @Test
    void anOrderStoredBeforeTheSignatureHasItsLinesReplacedAtItsNextCommit() throws SQLException {
        DataSource dataSource = TestDatabase.reset();
        PostgresOrderStore store = new PostgresOrderStore(dataSource);
        store(store, 1, 2);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE oms_order SET allocated_lines = NULL, allocated_lines_before = NULL");
        }

        store(store, 2, 0);

        assertThat(store.allocatedAt(SHOES, WAREHOUSE)).isEmpty();
    }

    @Test
    void aPlacedAndAllocatedOrderWritesItsLinesOnce() {
        AtomicInteger statements = new AtomicInteger();
        Shop shop = new Shop(counting(TestDatabase.reset(), statements), ReservationLocking.CONDITIONAL_UPDATE, 2, 100);
        shop.oms.orders().place(Shop.order("warm-up", shop.skus.get(0), 1)).get();
        statements.set(0);

        OrderId placed = shop.oms.orders().place(Shop.order("W-1", shop.skus.get(1), 2)).get().id();

        assertThat(statements.get()).isEqualTo(1);
        List<AllocatedLine> lines = new ArrayList<>(shop.orders.allocatedAt(shop.skus.get(1), Shop.WAREHOUSE));
        lines.addAll(shop.orders.allocatedAt(shop.skus.get(1), Shop.STORE));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.orderId()).isEqualTo(placed);
            assertThat(line.quantity()).isEqualTo(2);
        });
    }

    private static int touches(AtomicInteger statements, Runnable work) {
        int before = statements.get();
        work.run();
        return statements.get() - before;
    }

    /** Stores commit {@code version} of the order with {@code quantity} units allocated (none for 0). */
    private static void store(PostgresOrderStore store, long version, long quantity) {
        OrderSummary summary = new OrderSummary(ORDER, Channel.WEB, "ext-1", CustomerRef.of("C-1"), OrderStatus.ALLOCATED,
                PLACED, version, false, List.of(), quantity == 0 ? List.of() : List.of(line(quantity)));
        OrderCommit commit = new OrderCommit("k" + version, PLACED, List.of(
                new PaymentEvent.PaymentDeclined(PaymentEvent.PaymentStage.AUTHORIZATION, "DECLINED_BY_ISSUER")));
        assertThat(store.append(version - 1, commit, summary)).isEqualTo(new AppendResult.Appended(version));
    }

    private static AllocatedLine line(long quantity) {
        return new AllocatedLine(ORDER, LineId.of("L1"), SHOES, WAREHOUSE, quantity, PLACED);
    }

    /**
     * A data source whose connections count the statements prepared on {@code oms_allocated_line}: each names the
     * table once, and several may be joined in one prepared text sent in one round trip ({@link OneRoundTrip}).
     */
    private static DataSource counting(DataSource real, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("prepareStatement") && a[0] instanceof String sql) {
                                    statements.addAndGet(sql.split("oms_allocated_line", -1).length - 1);
                                }
                                return invoke(connection, m, a);
                            });
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
