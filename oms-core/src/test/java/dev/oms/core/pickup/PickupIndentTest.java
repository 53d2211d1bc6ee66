// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.pickup;

import static dev.oms.core.TestShop.line;
import static dev.oms.core.pickup.PickupShop.EAST;
import static dev.oms.core.pickup.PickupShop.STORE;
import static dev.oms.core.pickup.PickupShop.STORE_ADDRESS;
import static dev.oms.core.pickup.PickupShop.collected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PurchaseReceipt;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.indent.SupplierShortfall;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Pickup;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Goods bought from a supplier for a click-and-collect order (found by the testkit's command sequences). */
class PickupIndentTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku CONSOLE = Sku.of("PS5");
    private static final LocationId SONY = LocationId.of("SUP-SONY");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final OrderManagement oms = shop();

    @Test
    void goodsBoughtForAPickupOrderWithoutTransferAreReceivedAtItsStoreOnly() {
        Order placed = oms.orders().place(collected("CC-IND-1", Pickup.atStore(STORE), line("PS5", 3, "EUR 400.00"))).get();
        PurchaseId purchase = placed.purchases().keySet().head();
        oms.inbound().recordSupplierAnswer(placed.id(), SupplierConfirmation.committed(purchase, 3, LocalDate.parse("2026-04-01"))).get();

        var atWarehouse = oms.inbound().receivePurchase(placed.id(), new PurchaseReceipt("GR-1", purchase, EAST, 3));

        assertThat(atWarehouse.getLeft().codes()).containsExactly(ProblemCode.LOCATION_CANNOT_SERVE);
        assertThat(adapters.inventory().stockAt(CONSOLE, EAST).map(s -> s.onHand()).getOrElse(0L)).as("nothing received").isZero();
        Order atStore = oms.inbound().receivePurchase(placed.id(), new PurchaseReceipt("GR-2", purchase, STORE, 3)).get();
        assertThat(atStore.line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(3);
    }

    @Test
    void goodsBoughtForAPickupOrderWithTransferMayArriveAnywhere() {
        Order placed = oms.orders().place(collected("CC-IND-2", Pickup.withTransfer(STORE), line("PS5", 3, "EUR 400.00"))).get();
        PurchaseId purchase = placed.purchases().keySet().head();
        oms.inbound().recordSupplierAnswer(placed.id(), SupplierConfirmation.committed(purchase, 3, LocalDate.parse("2026-04-01"))).get();

        Order received = oms.inbound().receivePurchase(placed.id(), new PurchaseReceipt("GR-1", purchase, EAST, 3)).get();

        assertThat(received.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3);
    }

    private OrderManagement shop() {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(Location.of(STORE, "High Street", LocationType.STORE, 2).withAddress(STORE_ADDRESS))
                .addLocation(new Location(SONY, "Sony", LocationType.SUPPLIER, 9, Optional.empty(), false));
        adapters.catalog().add(new Product(CONSOLE, "Console"));
        IndentPolicy everyConsoleFromSony = new IndentPolicy() {
            @Override
            public Option<LocationId> supplierFor(Sku sku, long quantity, Channel channel) {
                return Option.some(SONY);
            }

            @Override
            public SupplierShortfall onShortfall(Sku sku) {
                return SupplierShortfall.CANCEL;
            }
        };
        return OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).indentPolicy(everyConsoleFromSony)
                .supplierGateway(adapters.suppliers()).build();
    }
}
