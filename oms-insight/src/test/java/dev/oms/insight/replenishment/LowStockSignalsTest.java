// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.replenishment;

import static dev.oms.insight.replenishment.PurchaseSuggestionsTest.item;
import static dev.oms.insight.replenishment.PurchaseSuggestionsTest.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Low stock is what is available at or below the reorder point, whatever is on order. */
class LowStockSignalsTest {

    private static final LocationId WAREHOUSE = LocationId.of("warehouse");
    private static final LocationId STORE = LocationId.of("store");
    private static final LocationId SUPPLIER = LocationId.of("supplier");

    @Test
    void aSkuWithNoMoreAvailableThanItsReorderPointIsLowEvenWithAPurchaseOnItsWay() {
        ReplenishmentItem lowButOnOrder = item(Sku.of("boot"), STORE, 12, 500, new ReorderPoint(10, 2), 0, terms(SUPPLIER, 1, 1));
        ReplenishmentItem lowAtWarehouse = item(Sku.of("boot"), WAREHOUSE, 3, 0, new ReorderPoint(4, 0), 0, terms(SUPPLIER, 1, 1));
        ReplenishmentItem plenty = item(Sku.of("atlas"), WAREHOUSE, 13, 0, new ReorderPoint(10, 2), 0, terms(SUPPLIER, 1, 1));

        assertThat(LowStockSignals.detect(List.of(plenty, lowAtWarehouse, lowButOnOrder))).containsExactly(
                new LowStockSignal(Sku.of("boot"), STORE, 12, 12),
                new LowStockSignal(Sku.of("boot"), WAREHOUSE, 3, 4));
    }

    @Test
    void aPositionReadFromTheInventoryStoreCountsOnlyWhatIsAvailable() {
        // 40 on hand, 25 reserved, 10 ring-fenced: 5 available, below the reorder point of 6.
        StockPosition position = StockPosition.of(new StockLevel(Sku.of("console"), WAREHOUSE, 40, 25, 10, "A-1"), 100);

        assertThat(position.inventoryPosition()).isEqualTo(105);
        assertThat(LowStockSignals.signal(position, new ReorderPoint(6, 0)))
                .contains(new LowStockSignal(Sku.of("console"), WAREHOUSE, 5, 6));
        assertThat(LowStockSignals.signal(position, new ReorderPoint(4, 0.5))).isEmpty();
    }

    @Test
    void aSignalAboveItsReorderPointIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LowStockSignal(Sku.of("boot"), STORE, 7, 6.5))
                .withMessage("available must be between 0 and the reorder point 6.5, was 7");
        assertThatIllegalArgumentException().isThrownBy(() -> new LowStockSignal(Sku.of("boot"), STORE, 0, -1))
                .withMessageStartingWith("reorderPoint");
    }
}
