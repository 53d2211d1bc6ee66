// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import static dev.oms.core.availability.Checkout.EAST;
import static dev.oms.core.availability.Checkout.SHOE;
import static dev.oms.core.availability.Checkout.hold;
import static dev.oms.core.availability.Checkout.units;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.AdjustmentReport;
import dev.oms.core.order.Order;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.availability.HoldState;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LineId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A count below what checkout holds and orders promise: the holds end first, orders already sold keep their units. */
class StockCountHoldsTest {

    @Test
    void aCheckoutHoldGivesWayToAnOrderAlreadySold() {
        Checkout shop = new Checkout(3, 5, 0);
        Order sold = shop.oms.orders().place(Checkout.order("W-1", null, 1)).get();
        assertThat(sold.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        shop.oms.storefront().placeHold(hold("cart-1", Duration.ofMinutes(15), units(SHOE, 2))).get();
        assertThat(shop.adapters.inventory().stockAt(SHOE, EAST).get().reserved()).isEqualTo(3);

        AdjustmentReport report = shop.oms.stocktaking().adjust(StockAdjustment.counted(SHOE, EAST, 1), "count-1").get();

        assertThat(shop.adapters.holds().find(HoldId.of("cart-1")).get().state()).isEqualTo(HoldState.RELEASED);
        assertThat(report.ordersShort()).isEmpty();
        assertThat(report.unsettled()).isZero();
        assertThat(shop.oms.queries().find(sold.id()).get().line(LineId.of("L1")).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(shop.adapters.inventory().stockAt(SHOE, EAST).get())
                .extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(1L, 1L);
    }
}
