// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.Sku;
import dev.oms.testkit.Invariants;
import dev.oms.testkit.Race;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Many clients place orders at once for more units than there are: every order either gets its units or
 * is refused, and the database never promises a unit it does not have.
 */
class NoOversellStressTest {

    @Test
    void clientsRacingForScarceStockNeverOversell() {
        assertNoOversell(4, 15, 3, 10);
    }

    @Test
    @Tag("perf")
    void eightClientsPlacingTwoThousandOrdersForAThousandUnitsNeverOversell() {
        assertNoOversell(8, 250, 5, 100);
    }

    private static void assertNoOversell(int clients, int ordersPerClient, int skuCount, long unitsPerLocation) {
        Shop shop = new Shop(TestDatabase.reset(), ReservationLocking.CONDITIONAL_UPDATE, skuCount, unitsPerLocation);
        long started = System.nanoTime();
        List<List<Order>> placed = Race.run(clients, client -> {
            Random random = new Random(client);
            List<Order> mine = new ArrayList<>();
            for (int i = 0; i < ordersPerClient; i++) {
                Sku sku = shop.skus.get(random.nextInt(shop.skus.size()));
                shop.oms.orders().place(Shop.order("C" + client + "-" + i, sku, 1 + random.nextInt(4))).forEach(mine::add);
            }
            return mine;
        });
        double seconds = (System.nanoTime() - started) / 1e9;

        long allocated = placed.stream().flatMap(List::stream).mapToLong(order -> order.units(Bucket.ALLOCATED)).sum();
        List<StockLevel> stock = shop.skus.stream().flatMap(sku -> shop.inventory.stockOf(sku).stream()).toList();
        long reserved = stock.stream().mapToLong(StockLevel::reserved).sum();
        long onHand = stock.stream().mapToLong(StockLevel::onHand).sum();
        long oversold = stock.stream().mapToLong(l -> Math.max(0, l.reserved() + l.ringFenced() - l.onHand())).sum();

        assertThat(Invariants.noOversell(stock)).isEmpty();
        assertThat(oversold).isZero();
        assertThat(reserved).isEqualTo(allocated);
        assertThat(reserved).isPositive().isLessThanOrEqualTo(onHand);
        assertThat(placed.stream().mapToLong(List::size).sum()).as("some orders were refused: stock ran out")
                .isLessThan((long) clients * ordersPerClient);
        System.out.printf("no-oversell stress: %d clients, %d orders, %d units on hand, %d reserved, %d orders placed,"
                + " oversold units = %d, %.1f s%n", clients, clients * ordersPerClient, onHand, reserved,
                placed.stream().mapToLong(List::size).sum(), oversold, seconds);
    }
}
