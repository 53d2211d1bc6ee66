// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.order.Order;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The default allocation sends parcels from locations that ship to customers only. */
class LocationPriorityAllocationTest {

    @Test
    void aParcelOrderIsNeverFilledFromAPickupOnlyStore() {
        TestShop shop = new TestShop().stock("LAMP", 0, 2);
        LocationId counter = LocationId.of("ST-COUNTER");
        shop.adapters.inventory().addLocation(Location.of(counter, "Collection counter", LocationType.STORE, 0)
                .withCapabilities(EnumSet.of(LocationCapability.PICKUP_IN_STORE)));
        shop.adapters.inventory().setStock(Sku.of("LAMP"), counter, 5, "C-1");

        Order placed = shop.oms.orders().place(TestShop.order("P-1", TestShop.line("LAMP", 2, "EUR 30.00"))).get();

        assertThat(placed.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, TestShop.WEST)).isEqualTo(2);
        assertThat(placed.line(LineId.of("L1")).get().count(Bucket.ALLOCATED, counter)).isZero();
        assertThat(shop.oms.orders().place(TestShop.order("P-2", TestShop.line("LAMP", 1, "EUR 30.00"))).isLeft())
                .as("the counter's lamps are not for parcels").isTrue();
    }
}
