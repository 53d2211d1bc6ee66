// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;


import static dev.oms.core.availability.Storefront.EAST;
import static dev.oms.core.availability.Storefront.ITEM;
import static dev.oms.core.availability.Storefront.RELEASE;
import static dev.oms.core.availability.Storefront.WEST;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Availability to promise beyond the stock: what a storefront is told is what placement accepts. */
class AvailabilityToPromiseTest {
    private static final LocalDate NEXT_MONTH = LocalDate.of(2026, 4, 1);

    @Test
    void bookPreorderWithACapPromisesTheUnitsLeftUnderTheCapAndTheChannelsOwnCap() {
        PreorderPolicy marketplaceTakesTwo = (sku, channel) -> channel.equals(Channel.MARKETPLACE)
                ? OptionalLong.of(2) : OptionalLong.empty();
        Storefront shop = new Storefront(Product.announced(ITEM, "Book", RELEASE, OptionalLong.of(5)), BackorderPolicy.none(),
                marketplaceTakesTwo).onHand(EAST, 8);
        shop.order(Channel.WEB, 2).get();
        shop.order(Channel.MARKETPLACE, 1).get();

        AvailableToPromise anyChannel = shop.oms.storefront().availableToPromise(ITEM);
        assertThat(anyChannel.total()).as("stock is not sold before the release").isZero();
        assertThat(anyChannel.byLocation()).isEmpty();
        assertThat(anyChannel.preorderable()).contains(new PreorderHeadroom(RELEASE, Option.some(2L)));
        assertThat(anyChannel.backorderable()).isEmpty();
        assertThat(anyChannel.promisable()).contains(2L);
        assertThat(shop.oms.storefront().availableToPromise(ITEM, Channel.MARKETPLACE).promisable()).contains(1L);

        assertThat(shop.order(Channel.MARKETPLACE, 2).getLeft().codes()).containsExactly(ProblemCode.PREORDER_CAP_EXCEEDED);
        assertThat(shop.order(Channel.WEB, 3).getLeft().codes()).containsExactly(ProblemCode.PREORDER_CAP_EXCEEDED);
        assertThat(Storefront.units(shop.order(Channel.WEB, 2).get(), Bucket.PREORDERED)).isEqualTo(2);
        assertThat(shop.oms.storefront().availableToPromise(ITEM).promisable()).contains(0L);
    }

    @Test
    void shoeMakerBackorderableSkuPromisesTheStockAndTheBackorderLimitLeftWithTheExpectedRestock() {
        BackorderTerms terms = BackorderTerms.allowedWithoutLimit().withLimit(10_000).expectedOn(NEXT_MONTH);
        Storefront shop = new Storefront(new Product(ITEM, "Shoe"), BackorderPolicy.always(terms),
                PreorderPolicy.catalogueCapOnly()).onHand(EAST, 8_000).onHand(WEST, 4_000);
        shop.order(Channel.WEB, 15_000).get();

        AvailableToPromise atp = shop.oms.storefront().availableToPromise(ITEM);
        assertThat(atp.total()).isZero();
        assertThat(atp.backorderable()).contains(new BackorderHeadroom(Option.some(7_000L), Option.some(NEXT_MONTH)));
        assertThat(atp.preorderable()).isEmpty();
        assertThat(atp.promisable()).contains(7_000L);

        assertThat(shop.order(Channel.WEB, 7_001).getLeft().codes()).containsExactly(ProblemCode.BACKORDER_LIMIT_EXCEEDED);
        assertThat(Storefront.units(shop.order(Channel.WEB, 7_000).get(), Bucket.BACKORDERED)).isEqualTo(7_000);
        assertThat(shop.oms.storefront().availableToPromise(ITEM).promisable()).contains(0L);
    }

    @Test
    void releasedBookWithAWaitingQueuePromisesOnlyTheStockThePreordersAreNotOwed() {
        Storefront shop = new Storefront(Product.announced(ITEM, "Book", RELEASE, OptionalLong.empty()), BackorderPolicy.none(),
                PreorderPolicy.catalogueCapOnly());
        Order preorder = shop.order(Channel.WEB, 4).get();
        shop.oms.inbound().receiveStock(new StockReceipt("print-run", ITEM, EAST, 10)).get();
        shop.clock.advance(Duration.between(Storefront.START, RELEASE));

        // Released, but nobody has filled the pre-orders yet: four of the ten books are theirs.
        AvailableToPromise atp = shop.oms.storefront().availableToPromise(ITEM);
        assertThat(atp.total()).isEqualTo(6);
        assertThat(atp.at(EAST).get().onHand()).isEqualTo(10);
        assertThat(atp.preorderable()).isEmpty();
        assertThat(atp.promisable()).contains(6L);

        assertThat(shop.order(Channel.WEB, 7).getLeft().codes()).containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(Storefront.units(shop.order(Channel.WEB, 6).get(), Bucket.ALLOCATED)).isEqualTo(6);
        // Queue first: the placement ended by filling the released pre-orders from the books it left, so the
        // release finds nothing left to fill.
        assertThat(Storefront.units(shop.oms.queries().find(preorder.id()).get(), Bucket.ALLOCATED)).isEqualTo(4);
        assertThat(shop.oms.inbound().release(ITEM, "launch").get()).isEmpty();
        assertThat(shop.oms.storefront().availableToPromise(ITEM).promisable()).contains(0L);
    }

    @Test
    void aSkuTheCatalogueDoesNotKnowIsNotPromisedEvenWhereBackordersAreAllowed() {
        Storefront shop = new Storefront(new Product(ITEM, "Item"), BackorderPolicy.always(BackorderTerms.allowedWithoutLimit()),
                PreorderPolicy.catalogueCapOnly());
        Sku unknown = Sku.of("NOT-IN-CATALOGUE");
        shop.adapters.inventory().setStock(unknown, EAST, 5, "E-9");

        AvailableToPromise atp = shop.oms.storefront().availableToPromise(unknown);
        assertThat(atp.total()).isZero();
        assertThat(atp.promisable()).contains(0L);
        assertThat(shop.oms.storefront().availableToPromise(ITEM).promisable()).as("unbounded backorders").isEmpty();
    }

    @Test
    void aHostAvailabilityPolicyStillDecidesTheStockPartAndGetsTheHeadroom() {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        adapters.inventory().addLocation(Location.of(EAST, "East", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new Product(ITEM, "Item"));
        adapters.inventory().setStock(ITEM, EAST, 5, "E-1");
        AvailabilityPolicy safetyStockOfOne = (sku, locations, stock) -> {
            AvailableToPromise fromStock = AvailabilityPolicy.fromStock().of(sku, locations, stock);
            return new AvailableToPromise(sku, fromStock.byLocation(), Math.max(0, fromStock.total() - 1));
        };
        OrderManagement oms = OrderManagement.builder().ports(adapters.ports(new SettableClock(Storefront.START)))
                .availabilityPolicy(safetyStockOfOne)
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit().withLimit(3))).build();

        AvailableToPromise atp = oms.storefront().availableToPromise(ITEM);
        assertThat(atp.total()).isEqualTo(4);
        assertThat(atp.backorderable()).contains(new BackorderHeadroom(Option.some(3L), Option.none()));
        assertThat(atp.promisable()).contains(7L);
    }
}
