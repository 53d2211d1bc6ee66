// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.inmemory.InMemoryInventoryStore;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockAdjusted;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fault wrapper fails the armed call once and passes every other call through, whatever the port adds. */
class OneShotFaultTest {
    private static final Sku SKU = Sku.of("MUG");
    private static final LocationId EAST = LocationId.of("EAST");

    @Test
    void theFaultWrapperForwardsEveryInventoryCallItDoesNotFail() {
        InMemoryInventoryStore real = new InMemoryInventoryStore()
                .addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1)).setStock(SKU, EAST, 5, "E-1");
        InventoryStore wrapped = new OneShotFault().inventory(real);
        wrapped.reserve("r-1", List.of(new StockMovement(SKU, EAST, 4)));

        // It once fell back to the port's defaults here: adjustments refused, nothing ever overpromised.
        assertThat(wrapped.adjust("count-1", StockAdjustment.counted(SKU, EAST, 2))).isEqualTo(new StockAdjusted(5, 2, 4, 0));
        assertThat(wrapped.overpromised()).hasSize(1);
        assertThat(wrapped.stockView(List.of(SKU)).stock()).isEqualTo(real.stockOf(SKU));
    }

    @Test
    void anArmedAdjustmentFailsOnceBeforeOrAfterTheStoreRecordsIt() {
        InMemoryInventoryStore real = new InMemoryInventoryStore()
                .addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1)).setStock(SKU, EAST, 5, "E-1");
        OneShotFault fault = new OneShotFault();
        InventoryStore wrapped = fault.inventory(real);
        fault.arm(new OneShotFault.Plan(OneShotFault.Target.INVENTORY_ADJUST, 1, OneShotFault.Timing.AFTER));

        assertThatThrownBy(() -> wrapped.adjust("count-1", StockAdjustment.counted(SKU, EAST, 2)))
                .isInstanceOf(RuntimeException.class);
        assertThat(fault.fired()).isTrue();
        assertThat(real.stockAt(SKU, EAST).get().onHand()).isEqualTo(2);
        assertThat(wrapped.adjust("count-1", StockAdjustment.counted(SKU, EAST, 2)).onHandAfter()).isEqualTo(2);
    }
}
