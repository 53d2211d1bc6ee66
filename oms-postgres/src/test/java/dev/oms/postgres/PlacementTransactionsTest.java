// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.core.order.Order;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.value.Sku;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * With the order and inventory stores on one data source, a placement's first commit, its reservation and
 * the commit recording it are one transaction with the stock read that planned them: a placed and allocated
 * order costs 2 transactions (the placement with its stock read and reservation; the authorisation with the
 * confirmation it makes due, sent before both are recorded), 3 when an executor sends the confirmation (2 on the
 * caller's thread); and a failure anywhere in the placement's transaction leaves neither the order nor its
 * reservation.
 */
class PlacementTransactionsTest {

    @Test
    void aPlacedAndAllocatedOrderCostsTwoTransactions() {
        CountingDataSource counting = new CountingDataSource(TestDatabase.reset());
        Shop shop = new Shop(counting, ReservationLocking.CONDITIONAL_UPDATE, 3, 100);
        shop.oms.orders().place(Shop.order("warm-up", shop.skus.get(0), 1)).get();
        long before = counting.transactions();

        shop.oms.orders().place(Shop.order("W-1", shop.skus.get(1), 2)).get();

        assertThat(counting.transactions() - before).isEqualTo(2);
    }

    @Test
    void withNotificationsSentByAnExecutorAPlacedAndAllocatedOrderCostsTwoTransactionsOnTheCallersThread() {
        CountingDataSource counting = new CountingDataSource(TestDatabase.reset());
        Queue<Runnable> notifications = new ArrayDeque<>();
        Shop shop = new Shop(counting, ReservationLocking.CONDITIONAL_UPDATE, 3, 100, notifications::add);
        shop.oms.orders().place(Shop.order("warm-up", shop.skus.get(0), 1)).get();
        notifications.poll().run();
        long before = counting.transactions();

        shop.oms.orders().place(Shop.order("W-1", shop.skus.get(1), 2)).get();
        long placing = counting.transactions() - before;
        notifications.poll().run();

        assertThat(placing).isEqualTo(2);
        assertThat(counting.transactions() - before).isEqualTo(3);
    }

    @Test
    void aReservationIsNeverStoredWithoutTheOrderThatOwnsIt() {
        AtomicInteger commitInsertsUntilFailure = new AtomicInteger(Integer.MAX_VALUE);
        Shop shop = new Shop(failingOn("INSERT INTO oms_order_commit", TestDatabase.reset(), commitInsertsUntilFailure),
                ReservationLocking.CONDITIONAL_UPDATE, 1, 5);
        Sku sku = shop.skus.get(0);
        commitInsertsUntilFailure.set(1); // the placement's commit is stored; the one recording its reservation fails

        assertThatThrownBy(() -> shop.oms.orders().place(Shop.order("W-1", sku, 2))).isInstanceOf(StorageException.class);

        assertThat(shop.orders.orderIds(PageRequest.first(10)).items()).isEmpty();
        assertThat(shop.inventory.stockAt(sku, Shop.WAREHOUSE).get().reserved()).isZero();
        commitInsertsUntilFailure.set(Integer.MAX_VALUE);
        Order placed = shop.oms.orders().place(Shop.order("W-1", sku, 2)).get();
        assertThat(placed.version()).isGreaterThanOrEqualTo(2);
        assertThat(shop.inventory.stockAt(sku, Shop.WAREHOUSE).get().reserved()).isEqualTo(2);
    }

    @Test
    void aTransactionWhoseWorkSwallowedAFailedCallIsRolledBackNotCommitted() {
        AtomicInteger claimsUntilFailure = new AtomicInteger(Integer.MAX_VALUE);
        Shop shop = new Shop(failingOn("INSERT INTO oms_stock_operation", TestDatabase.reset(), claimsUntilFailure),
                ReservationLocking.CONDITIONAL_UPDATE, 1, 5);
        Sku sku = shop.skus.get(0);
        claimsUntilFailure.set(1); // the first receipt is claimed; the second one's claim fails

        assertThatThrownBy(() -> shop.orders.atomically(() -> {
            shop.inventory.receive("gr-1", sku, Shop.WAREHOUSE, 3);
            try {
                shop.inventory.receive("gr-2", sku, Shop.WAREHOUSE, 4);
            } catch (StorageException swallowed) {
                // the work goes on as if nothing happened
            }
            return null;
        })).isInstanceOf(StorageException.class);

        assertThat(shop.inventory.stockAt(sku, Shop.WAREHOUSE).get().onHand()).isEqualTo(5);
    }

    /** A data source whose connections refuse to prepare a statement starting {@code sql} once {@code left} such were prepared. */
    private static DataSource failingOn(String sql, DataSource real, AtomicInteger left) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (!(result instanceof Connection connection)) {
                        return result;
                    }
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("prepareStatement") && a[0] instanceof String prepared
                                        && prepared.startsWith(sql) && left.getAndDecrement() <= 0) {
                                    throw new SQLException("injected failure", "08006");
                                }
                                return invoke(connection, m, a);
                            });
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
