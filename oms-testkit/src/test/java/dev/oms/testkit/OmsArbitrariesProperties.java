// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.spi.event.PlacementEvent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The generators produce what they promise, so hosts can build on them. */
class OmsArbitrariesProperties {
    private static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"));
    private static final List<LocationId> LOCATIONS = List.of(LocationId.of("WH"), LocationId.of("ST"), LocationId.of("SUP"));

    @Property
    void cataloguesSellEachSkuOnce(@ForAll("catalogues") List<Product> catalogue) {
        assertThat(catalogue).extracting(Product::sku).doesNotHaveDuplicates().isNotEmpty();
    }

    @Property
    void generatedStockHasARecordPerSkuAndLocationAndIsNeverOversold(@ForAll("stock") List<StockLevel> stock) {
        assertThat(stock).hasSize(SKUS.size() * LOCATIONS.size());
        assertThat(Invariants.noOversell(stock)).isEmpty();
    }

    @Property
    void placedOrdersKeepConservationAndMoney(@ForAll("placements") PlacementEvent.OrderPlaced placed) {
        StoredOrder order = new StoredOrder(placed.orderId(), List.of(new OrderCommit("place", placed.placedAt(), List.of(placed))));
        assertThat(Invariants.conservation(order)).isEmpty();
        assertThat(Invariants.money(order)).isEmpty();
        assertThat(placed.lines()).allSatisfy(line -> assertThat(line.unitPrice().getCurrencyUnit()).isEqualTo(placed.currency()));
    }

    @Provide
    Arbitrary<List<Product>> catalogues() {
        return OmsArbitraries.catalogues();
    }

    @Provide
    Arbitrary<List<StockLevel>> stock() {
        return OmsArbitraries.stock(SKUS, LOCATIONS);
    }

    @Provide
    Arbitrary<PlacementEvent.OrderPlaced> placements() {
        return OmsArbitraries.orderPlacements();
    }
}
