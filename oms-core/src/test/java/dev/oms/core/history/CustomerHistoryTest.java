// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.CustomerOrderView;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.order.WaitingFor;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a customer sees of their orders (newest first, with status, parcels and tracking, what each waits for and open
 * returns), and any order as it stood at a past instant, rebuilt from its log.
 */
class CustomerHistoryTest {
    private static final LocationId WH = LocationId.of("WH-1");
    private static final CustomerRef ADA = CustomerRef.of("C-ADA");
    private static final Instant OPENING = Instant.parse("2026-03-01T10:00:00Z");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final SettableClock clock = new SettableClock(OPENING);
    private final OrderManagement oms;

    CustomerHistoryTest() {
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        adapters.catalog().add(new Product(Sku.of("MUG"), "Mug"));
        adapters.inventory().setStock(Sku.of("MUG"), WH, 2, "A-MUG");
        oms = OrderManagement.builder().ports(adapters.ports(clock))
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit())).build();
    }

    @Test
    void aCustomerSeesTheirOrdersNewestFirstWithTrackingWhatTheyWaitForAndOpenReturns() {
        Order delivered = place("web-1", 1);
        PackageId parcel = shipAndDeliver(delivered);
        oms.returns().request(delivered.id(), new ReturnRequest("rma-1", List.of(new ReturnRequest.Line(LineId.of("L1"), 1, "chipped")))).get();
        clock.advance(Duration.ofHours(1));
        Order allocated = place("web-2", 1);
        clock.advance(Duration.ofHours(1));
        Order waiting = place("web-3", 2); // the shelf is empty now: both mugs wait for stock
        place("someone-else", 1, CustomerRef.of("C-BOB"));

        Page<CustomerOrderView> first = oms.queries().customerHistory(ADA, PageRequest.first(2));
        Page<CustomerOrderView> second = oms.queries().customerHistory(ADA, first.nextPage(2).get());

        assertThat(first.items()).extracting(CustomerOrderView::orderId).containsExactly(waiting.id(), allocated.id());
        assertThat(second.items()).extracting(CustomerOrderView::orderId).containsExactly(delivered.id());
        assertThat(first.items().get(0).status()).isEqualTo(OrderStatus.AWAITING_STOCK);
        assertThat(first.items().get(0).waitingFor()).containsExactly(WaitingFor.STOCK);
        assertThat(first.items().get(1).parcels()).isEmpty();
        CustomerOrderView old = second.items().get(0);
        assertThat(old.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(old.returnsOpen()).isEqualTo(1);
        assertThat(old.parcels()).singleElement().satisfies(p -> {
            assertThat(p.packageId()).isEqualTo(parcel);
            assertThat(p.state()).isEqualTo(OrderPackage.State.DELIVERED);
            assertThat(p.trackingNumber()).isPresent();
            assertThat(p.deliveredAt()).contains(OPENING);
        });
    }

    @Test
    void anOrderAsItStoodAtAPastInstantIsItsLogReplayedUpToThatInstant() {
        Instant beforePlacement = clock.instant().minusSeconds(1);
        Order order = place("web-9", 1);
        Instant placed = clock.instant();
        clock.advance(Duration.ofHours(2));
        shipAndDeliver(order);
        Order now = oms.queries().find(order.id()).get();

        assertThat(oms.queries().asOf(order.id(), beforePlacement)).isEmpty();
        assertThat(oms.queries().asOf(order.id(), placed).get().status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(oms.queries().asOf(order.id(), placed.plus(Duration.ofHours(1))).get().version())
                .isEqualTo(oms.queries().asOf(order.id(), placed).get().version());
        assertThat(oms.queries().asOf(order.id(), clock.instant()).get()).isEqualTo(now);
    }

    private Order place(String externalId, long mugs) {
        return place(externalId, mugs, ADA);
    }

    private Order place(String externalId, long mugs, CustomerRef customer) {
        PlaceOrder command = PlaceOrder.builder().from(TestShop.order(externalId, TestShop.line("MUG", mugs, "EUR 12.99")))
                .customer(customer).build();
        return oms.orders().place(command).get();
    }

    private PackageId shipAndDeliver(Order order) {
        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        lists.pickListIds().forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        Packed packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-" + order.id(), WH,
                List.of(new PackageItem(LineId.of("L1"), order.line(LineId.of("L1")).get().quantity())))).get();
        PackageId parcel = oms.warehouse().ship(order.id(), packed.packageId(), "ground").get().packageId();
        oms.warehouse().confirmDelivery(order.id(), parcel).get();
        return parcel;
    }
}
