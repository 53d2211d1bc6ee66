// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.order.OrderCommit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmarks measure real work: each workload does what it claims, and the oversell check can fail. */
class BenchmarkWorkloadTest {

    @Test
    void omsLifecycleDeliversTheOrderAndConsumesItsStock() {
        OmsShop shop = new OmsShop(3, 100);
        assertThat(shop.lifecycle("W-1").status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(shop.lifecycle("W-2").status()).isEqualTo(OrderStatus.DELIVERED);
        StockLevel third = shop.adapters.inventory().stockAt(OmsShop.sku(2), OmsShop.WAREHOUSE).get();
        assertThat(third.onHand()).isEqualTo(100 - 2 * 3);
        assertThat(third.reserved()).isZero();
    }

    @Test
    void handWrittenAndStatemachineShopsRunTheLifecycleToDelivery() {
        HandWrittenShop hand = new HandWrittenShop(3, 100);
        assertThat(hand.lifecycle("W-1").stage).isEqualTo(HandWrittenShop.Stage.DELIVERED);
        assertThat(hand.lifecycle("W-2").capturedCents).isEqualTo(5000 + 2 * 1250 + 3 * 399);
        StatemachineShop ssm = new StatemachineShop(3, 100);
        assertThat(ssm.lifecycle("W-1")).isEqualTo(1);
        assertThat(ssm.lifecycle("W-2")).isEqualTo(2);
    }

    @Test
    void statemachineRefusesACommandOutOfOrder() {
        StatemachineShop ssm = new StatemachineShop(3, 100);
        ssm.lifecycle("W-1");
        assertThatThrownBy(() -> ssm.lifecycle("W-1")).hasMessageContaining("not accepted");
    }

    @Test
    void replayHistoriesHoldExactlyTheAskedNumberOfEvents() {
        for (int size : new int[] {10, 11, 100, 1000}) {
            List<OrderCommit> commits = ReplayBenchmark.history(size).commits();
            assertThat(commits.stream().mapToInt(c -> c.events().size()).sum()).isEqualTo(size);
        }
    }

    @Test
    void hotSkusSellOutRestockAndNeverOversell() {
        ContentionBenchmark.Market market = new ContentionBenchmark.Market();
        market.skus = "hot";
        market.open(1);
        for (int i = 0; i < 100; i++) {
            ContentionBenchmark.place(market);
        }
        assertThat(market.turnedAway.get()).isPositive();
        market.verifyNoOversell();
    }

    @Test
    void oversellCheckFailsWhenStockIsReservedForNoOrder() {
        ContentionBenchmark.Market market = new ContentionBenchmark.Market();
        market.skus = "hot";
        market.open(1);
        ContentionBenchmark.place(market);
        market.shop.adapters.inventory().reserve("stray", List.of(new StockMovement(OmsShop.sku(0), OmsShop.WAREHOUSE, 1)));
        assertThatThrownBy(market::verifyNoOversell).hasMessageContaining("OVERSELL");
    }

    @Test
    void everyGrowthOperationDoesWhatItIsMeasuredFor() {
        GrowthShop shop = GrowthShop.populated(200, 5, 5, 75);
        assertThat(shop.stored()).isEqualTo(200);
        assertThat(shop.backordersWaiting()).isEqualTo(5);
        for (GrowthBenchmark.Operation op : GrowthBenchmark.Operation.values()) {
            for (int i = 0; i < 3; i++) {
                GrowthBenchmark.check(shop, op, GrowthBenchmark.call(shop, op));
            }
        }
        assertThat(shop.backordersWaiting()).isEqualTo(2);
    }

    @Test
    void growthChecksFailWhenTheQueueIsNotWhatTheShopCounted() {
        GrowthShop shop = GrowthShop.populated(50, 3, 3, 0);
        shop.oms.inbound().receiveStock(new dev.oms.core.application.StockReceipt("stray", GrowthShop.BACK_SHORT, GrowthShop.WAREHOUSE, 1));
        assertThatThrownBy(() -> GrowthBenchmark.check(shop, GrowthBenchmark.Operation.ATP_BACKORDERABLE,
                GrowthBenchmark.call(shop, GrowthBenchmark.Operation.ATP_BACKORDERABLE))).hasMessageContaining("wrong");
    }
}
