// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import org.junit.jupiter.api.Test;

/** A crash between recording an adjustment and settling its orders: recovery finishes the settling. */
class StockCountRecoveryTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku MUG = Sku.of("MUG");

    @Test
    void resumeAllSettlesStockAnAdjustmentLeftPromisedBeyondOnHand() {
        WaitingShop shop = new WaitingShop(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit())))
                .product("MUG", 5);
        Order oldest = shop.oms.orders().place(order("C-1", line("MUG", 3, "EUR 8.00"))).get();
        shop.clock.advance(java.time.Duration.ofMinutes(5));
        Order newest = shop.oms.orders().place(order("C-2", line("MUG", 2, "EUR 8.00"))).get();
        // The adjustment reached the inventory, then the process stopped before any order gave units up.
        shop.adapters.inventory().adjust("count-1", StockAdjustment.counted(MUG, EAST, 4));
        assertThat(shop.adapters.inventory().overpromised()).extracting(StockLevel::sku).containsExactly(MUG);

        shop.oms.recovery().resumeAll();

        assertThat(shop.order(newest.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(shop.order(newest.id()).line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
        assertThat(shop.order(oldest.id()).line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
        assertThat(shop.stock("MUG")).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(4L, 4L);
        assertThat(shop.adapters.inventory().overpromised()).isEmpty();

        // The host repeating its adjustment afterwards changes nothing more.
        shop.oms.stocktaking().adjust(StockAdjustment.counted(MUG, EAST, 4), "count-1").get();
        assertThat(shop.order(newest.id()).line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(1);
        assertThat(shop.order(oldest.id()).version()).isEqualTo(oldest.version());
    }
}
