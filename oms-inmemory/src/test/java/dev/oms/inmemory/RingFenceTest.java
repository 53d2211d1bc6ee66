// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static dev.oms.inmemory.Fixtures.CONSOLE;
import static dev.oms.inmemory.Fixtures.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.ReservationResult;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.supplier.PurchaseRequest;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PurchaseId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stock received against an indent purchase: on hand, never available to anyone else, then reserved. */
class RingFenceTest {
    private final InMemoryInventoryStore inventory = new InMemoryInventoryStore()
            .addLocation(Location.of(WAREHOUSE, "Main warehouse", LocationType.WAREHOUSE, 1))
            .setStock(CONSOLE, WAREHOUSE, 10, "B-07");

    @Test
    void consolesReceivedForTheRetailerAreNeverAvailableToOtherCustomers() {
        inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 5_000);
        assertThat(level()).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 5_010, 0, 5_000, "B-07"));
        assertThat(level().available()).isEqualTo(10);
        assertThat(inventory.reserve("fan", List.of(move(11)))).isInstanceOf(ReservationResult.Insufficient.class);

        inventory.reserveRingFenced("fence-1", List.of(move(5_000)));
        assertThat(level()).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 5_010, 5_000, 0, "B-07"));
        assertThat(level().available()).isEqualTo(10);
    }

    @Test
    void repeatedKeysChangeNothing() {
        inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 7);
        inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 7);
        inventory.reserveRingFenced("fence-1", List.of(move(4)));
        inventory.reserveRingFenced("fence-1", List.of(move(4)));
        assertThat(level()).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 17, 4, 3, "B-07"));
    }

    @Test
    void reservingMoreThanIsRingFencedIsABugAndChangesNothing() {
        inventory.receiveRingFenced("GR-1", CONSOLE, WAREHOUSE, 3);
        assertThatThrownBy(() -> inventory.reserveRingFenced("fence-1", List.of(move(4))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(level()).isEqualTo(new StockLevel(CONSOLE, WAREHOUSE, 13, 0, 3, "B-07"));
    }

    @Test
    void supplierGatewayRecordsEachPurchaseOnce() {
        InMemorySupplierGateway suppliers = new InMemorySupplierGateway();
        PurchaseRequest request = new PurchaseRequest(PurchaseId.of("ORD-1-PR1"), OrderId.of("ORD-1"), LocationId.of("SUP"), CONSOLE, 5_000);
        suppliers.requestPurchase(request);
        suppliers.requestPurchase(request);
        assertThat(suppliers.requests()).containsExactly(request);
        assertThatThrownBy(() -> suppliers.requestPurchase(
                new PurchaseRequest(PurchaseId.of("ORD-1-PR1"), OrderId.of("ORD-1"), LocationId.of("SUP"), CONSOLE, 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    private StockLevel level() {
        return inventory.stockAt(CONSOLE, WAREHOUSE).get();
    }

    private static StockMovement move(long quantity) {
        return new StockMovement(CONSOLE, WAREHOUSE, quantity);
    }
}
