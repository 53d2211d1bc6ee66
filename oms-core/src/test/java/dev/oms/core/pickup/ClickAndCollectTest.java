// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.pickup;

import static dev.oms.core.TestShop.line;
import static dev.oms.core.pickup.PickupShop.EAST;
import static dev.oms.core.pickup.PickupShop.STORE;
import static dev.oms.core.pickup.PickupShop.STORE_ADDRESS;
import static dev.oms.core.pickup.PickupShop.collected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.Shipped;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.order.PickList;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.notification.Notice;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.inventory.LocationCapability;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Pickup;
import dev.oms.spi.value.Sku;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Click and collect: an order collected at a store is served from the store's shelves, and elsewhere only with transfer. */
class ClickAndCollectTest {
    private static final LineId L1 = LineId.of("L1");

    @Test
    void aClickAndCollectOrderIsAllocatedAtItsStoreAndCollected() {
        // The warehouse is preferred for parcels and has the lamps too: a pickup order still takes the store's.
        PickupShop shop = new PickupShop().stock("LAMP", 5, 2);

        Order placed = shop.oms.orders().place(collected("CC-1", Pickup.atStore(STORE), line("LAMP", 2, "EUR 30.00"))).get();

        assertThat(placed.pickup()).contains(Pickup.atStore(STORE));
        assertThat(placed.shipTo()).as("the store's address, where the order is collected").isEqualTo(STORE_ADDRESS);
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(2);
        assertThat(shop.stock("LAMP", EAST).reserved()).isZero();

        Order listed = shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        assertThat(listed.pickLists().values().map(PickList::location)).containsExactly(STORE);
        shop.oms.warehouse().confirmPicked(placed.id(), listed.pickLists().keySet().head()).get();
        Order packed = shop.oms.warehouse().confirmPacked(placed.id(), PackRequest.of("pack-1", STORE,
                List.of(new PackageItem(L1, 2)))).map(Packed::order).get();
        PackageId counter = packed.packages().keySet().head();
        // Handed over at the counter: the ship step records the handover, delivery that the customer collected it.
        shop.oms.warehouse().ship(placed.id(), counter, "ground").map(Shipped::order).get();
        Order collected = shop.oms.warehouse().confirmDelivery(placed.id(), counter).get();

        assertThat(collected.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(shop.stock("LAMP", STORE).onHand()).isZero();
        assertThat(shop.stock("LAMP", EAST).onHand()).isEqualTo(5);
        assertThat(shop.adapters.carrier().labelsPurchased()).hasSize(1);
    }

    @Test
    void theCustomerIsToldWhenTheirPackageIsReadyAtTheStoreNotThatItShipped() {
        PickupShop shop = new PickupShop().stock("LAMP", 5, 1);
        Order placed = shop.oms.orders().place(collected("CC-R", Pickup.withTransfer(STORE), line("LAMP", 2, "EUR 30.00"))).get();
        Order listed = shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        listed.pickLists().forEach((id, list) -> shop.oms.warehouse().confirmPicked(placed.id(), id).get());
        PackageId atCounter = packAndShip(shop, placed, STORE, "pack-store");
        PackageId sent = packAndShip(shop, placed, EAST, "pack-east");

        assertThat(kinds(shop, placed)).as("the store's package is at the counter; the warehouse's is on its way")
                .containsExactlyInAnyOrder(Notification.Kind.ORDER_CONFIRMED, Notification.Kind.READY_FOR_COLLECTION, Notification.Kind.ORDER_SHIPPED);
        shop.oms.warehouse().confirmDelivery(placed.id(), sent).get();
        shop.oms.warehouse().confirmDelivery(placed.id(), atCounter).get();

        assertThat(kinds(shop, placed)).as("the parcel reached the store: ready; the counter's package was collected: delivered")
                .containsExactlyInAnyOrder(Notification.Kind.ORDER_CONFIRMED, Notification.Kind.READY_FOR_COLLECTION,
                        Notification.Kind.ORDER_SHIPPED, Notification.Kind.READY_FOR_COLLECTION, Notification.Kind.ORDER_DELIVERED);
        assertThat(shop.adapters.notifications().delivered().stream().map(Notification::notice)
                .filter(Notice.ReadyForCollection.class::isInstance)).allMatch(n -> ((Notice.ReadyForCollection) n).store().equals(STORE));
    }

    private static PackageId packAndShip(PickupShop shop, Order order, LocationId at, String key) {
        Order packed = shop.oms.warehouse().confirmPacked(order.id(), PackRequest.of(key, at, List.of(new PackageItem(L1, 1))))
                .map(Packed::order).get();
        PackageId pkg = packed.packages().values().find(p -> p.location().equals(at)).get().id();
        shop.oms.warehouse().ship(order.id(), pkg, "ground").get();
        return pkg;
    }

    private static List<Notification.Kind> kinds(PickupShop shop, Order order) {
        return shop.adapters.notifications().delivered().stream().filter(n -> n.orderId().equals(order.id())).map(Notification::kind).toList();
    }

    @Test
    void aPickupOrderTheStoreCannotCoverIsFilledFromTheWarehouseWhenTransferIsAllowed() {
        PickupShop shop = new PickupShop().stock("LAMP", 5, 1);

        Order placed = shop.oms.orders().place(collected("CC-2", Pickup.withTransfer(STORE), line("LAMP", 3, "EUR 30.00"))).get();

        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(1);
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(shop.stock("LAMP", STORE).reserved()).isEqualTo(1);
        assertThat(shop.stock("LAMP", EAST).reserved()).isEqualTo(2);
        assertThat(placed.shipTo()).as("the warehouse's parcel goes to the store").isEqualTo(STORE_ADDRESS);
    }

    @Test
    void withoutTransferWhatTheStoreLacksIsRefusedAndNothingIsReserved() {
        PickupShop shop = new PickupShop().stock("LAMP", 5, 1);

        var refused = shop.oms.orders().place(collected("CC-3", Pickup.atStore(STORE), line("LAMP", 3, "EUR 30.00")));

        assertThat(refused.getLeft().codes()).containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(shop.stock("LAMP", STORE).reserved()).isZero();
        assertThat(shop.stock("LAMP", EAST).reserved()).isZero();
    }

    @Test
    void withoutTransferWhatTheStoreLacksWaitsForTheStoresStockNotTheWarehouses() {
        PickupShop shop = new PickupShop(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit())).stock("LAMP", 5, 1);
        Order placed = shop.oms.orders().place(collected("CC-4", Pickup.atStore(STORE), line("LAMP", 3, "EUR 30.00"))).get();
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(1);
        assertThat(placed.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(2);

        shop.oms.inbound().receiveStock(new StockReceipt("receipt-east", Sku.of("LAMP"), EAST, 4)).get();
        assertThat(shop.oms.queries().find(placed.id()).get().line(L1).get().count(Bucket.BACKORDERED))
                .as("the warehouse's receipt is not for it").isEqualTo(2);

        shop.oms.inbound().receiveStock(new StockReceipt("receipt-store", Sku.of("LAMP"), STORE, 2)).get();
        Order filled = shop.oms.queries().find(placed.id()).get();
        assertThat(filled.line(L1).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(3);
        assertThat(filled.line(L1).get().count(Bucket.ALLOCATED, EAST)).isZero();
    }

    @Test
    void reroutingAwayFromTheStoreMovesUnitsToTheWarehouseOnlyWithTransfer() {
        PickupShop shop = new PickupShop(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit())).stock("LAMP", 5, 4);
        Order transfer = shop.oms.orders().place(collected("CC-6", Pickup.withTransfer(STORE), line("LAMP", 2, "EUR 30.00"))).get();
        Order own = shop.oms.orders().place(collected("CC-7", Pickup.atStore(STORE), line("LAMP", 2, "EUR 30.00"))).get();

        Order moved = shop.oms.sourcing().reroute(transfer.id(), STORE, "count-1", "store flooded").get();
        Order waiting = shop.oms.sourcing().reroute(own.id(), STORE, "count-2", "store flooded").get();

        assertThat(moved.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(waiting.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(2);
        assertThat(waiting.line(L1).get().count(Bucket.ALLOCATED)).isZero();
        assertThat(shop.stock("LAMP", EAST).reserved()).isEqualTo(2);
    }

    @Test
    void aPickupOnlyStoreServesItsOwnPickupOrders() {
        PickupShop shop = new PickupShop().stock("LAMP", 0, 0);
        LocationId counter = LocationId.of("ST-COUNTER");
        shop.adapters.inventory().addLocation(Location.of(counter, "Collection counter", LocationType.STORE, 0)
                .withCapabilities(EnumSet.of(LocationCapability.PICKUP_IN_STORE)).withAddress(STORE_ADDRESS));
        shop.adapters.inventory().setStock(Sku.of("LAMP"), counter, 2, "C-1");

        Order placed = shop.oms.orders().place(collected("CC-8", Pickup.atStore(counter), line("LAMP", 2, "EUR 30.00"))).get();

        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, counter)).isEqualTo(2);
    }

    @Test
    void anUntrackedItemIsHandedOverAtTheStoreWhateverShipsTheGoods() {
        PickupShop shop = new PickupShop().stock("LAMP", 5, 0);
        shop.adapters.catalog().add(dev.oms.spi.catalog.Product.untracked(Sku.of("GIFT-CARD"), "Gift card"));

        Order placed = shop.oms.orders().place(collected("CC-9", Pickup.withTransfer(STORE), line("LAMP", 1, "EUR 30.00"),
                line("GIFT-CARD", 1, "EUR 25.00"))).get();

        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(placed.line(LineId.of("L2")).get().count(Bucket.ALLOCATED, STORE)).isEqualTo(1);
    }
}
