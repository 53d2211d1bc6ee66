// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.WEST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.Shipped;
import dev.oms.core.availability.AvailableToPromise;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.order.Order;
import dev.oms.core.order.PickList;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.routing.Destination;
import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.EffectEvent.ReservationRequested;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Untracked SKUs (digital goods, services, made to order): never reserved or counted, always available, still fulfilled. */
class UntrackedItemsTest {
    private static final Sku MUG = Sku.of("MUG");
    private static final Sku GIFT_CARD = Sku.of("GIFT-CARD");
    private static final LineId L1 = LineId.of("L1");
    private static final LineId L2 = LineId.of("L2");

    private final TestShop shop = new TestShop().stock("MUG", 0, 4);

    UntrackedItemsTest() {
        shop.adapters.catalog().add(Product.untracked(GIFT_CARD, "Digital gift card"));
        // A stock record the gift card should never have had: nothing oms does may touch it.
        shop.adapters.inventory().setStock(GIFT_CARD, EAST, 1, "E-GIFT");
    }

    @Test
    void aDigitalGiftCardShipsWithAPhysicalMug() {
        StockLevel giftCardBefore = stock(GIFT_CARD, EAST);
        Order placed = shop.oms.orders().place(order("GIFT-1", line("MUG", 2, "EUR 12.50"), line("GIFT-CARD", 1, "EUR 25.00"))).get();

        assertThat(placed.line(L2).get().stockTracked()).isFalse();
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(2);
        assertThat(placed.line(L2).get().count(Bucket.ALLOCATED, WEST))
                .as("the gift card goes where the mug ships from, though no stock of it is there").isEqualTo(1);
        var events = placed.handledCommands().values().flatMap(e -> e);
        assertThat(events.filter(ReservationRequested.class::isInstance).map(ReservationRequested.class::cast)
                .flatMap(r -> r.reservations()).map(r -> r.sku())).containsOnly(MUG);
        assertThat(events.filter(UnitsAllocated.class::isInstance)).hasSize(2);
        assertThat(stock(MUG, WEST).reserved()).as("only the mug is reserved").isEqualTo(2);

        Order order = shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        assertThat(order.pickLists().values()).hasSize(1);
        PickList list = order.pickLists().values().head();
        shop.oms.warehouse().confirmPicked(order.id(), list.id()).get();
        Packed packed = shop.oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-1", WEST,
                List.of(new PackageItem(L1, 2), new PackageItem(L2, 1)))).get();
        Shipped shipped = shop.oms.warehouse().ship(order.id(), packed.packageId(), "ground").get();
        Order delivered = shop.oms.warehouse().confirmDelivery(order.id(), shipped.packageId()).get();

        assertThat(delivered.line(L1).get().count(Bucket.DELIVERED)).isEqualTo(2);
        assertThat(delivered.line(L2).get().count(Bucket.DELIVERED)).isEqualTo(1);
        assertThat(stock(MUG, WEST).onHand()).as("only the mug is consumed").isEqualTo(2);
        assertThat(stock(MUG, WEST).reserved()).isZero();
        assertThat(stock(GIFT_CARD, EAST)).isEqualTo(giftCardBefore);
        assertThat(shop.adapters.inventory().stockOf(GIFT_CARD)).hasSize(1);
        assertThat(delivered.packages().values().head().stockConsumed()).isTrue();
    }

    @Test
    void anOrderOfGiftCardsAloneIsNeverShortAndShipsFromTheMostPreferredLocation() {
        Order placed = shop.oms.orders().place(order("GIFT-2", line("GIFT-CARD", 1_000, "EUR 25.00"))).get();

        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1_000);
        assertThat(placed.reservationAttempts()).as("no inventory call").isZero();
        Order order = shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        shop.oms.warehouse().confirmPicked(order.id(), order.pickLists().values().head().id()).get();
        Packed packed = shop.oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-1", EAST,
                List.of(new PackageItem(L1, 1_000)))).get();
        Order shipped = shop.oms.warehouse().ship(order.id(), packed.packageId(), "ground").map(Shipped::order).get();

        assertThat(shipped.line(L1).get().count(Bucket.SHIPPED)).isEqualTo(1_000);
        assertThat(shipped.packages().values().head().stockConsumed()).as("nothing to consume").isTrue();
        assertThat(stock(GIFT_CARD, EAST)).isEqualTo(new StockLevel(GIFT_CARD, EAST, 1, 0, 0, "E-GIFT"));
    }

    @Test
    void cancellingAGiftCardReleasesNothing() {
        Order placed = shop.oms.orders().place(order("GIFT-3", line("MUG", 1, "EUR 12.50"), line("GIFT-CARD", 2, "EUR 25.00"))).get();

        Order cancelled = shop.oms.orders().cancel(placed.id(), CancelRequest.units("c-1", L2, 1, "one is enough")).get().order();
        assertThat(cancelled.releasesOwed()).isEmpty();
        assertThat(cancelled.line(L2).get().count(Bucket.CANCELLED)).isEqualTo(1);
        cancelled = shop.oms.orders().cancel(placed.id(), CancelRequest.wholeOrder("c-2", "changed mind")).get().order();

        assertThat(cancelled.isFullyCancelled()).isTrue();
        assertThat(stock(MUG, WEST).reserved()).isZero();
        assertThat(stock(GIFT_CARD, EAST)).isEqualTo(new StockLevel(GIFT_CARD, EAST, 1, 0, 0, "E-GIFT"));
    }

    @Test
    void aRerouteTakesTheGiftCardAlongWithTheMugAndReleasesOnlyTheMug() {
        TestShop both = new TestShop().stock("MUG", 2, 4);
        both.adapters.catalog().add(Product.untracked(GIFT_CARD, "Digital gift card"));
        Order placed = both.oms.orders().place(order("GIFT-5", line("MUG", 2, "EUR 12.50"), line("GIFT-CARD", 1, "EUR 25.00"))).get();
        assertThat(placed.line(L2).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);

        Order rerouted = both.oms.sourcing().reroute(placed.id(), EAST, "reroute-1", "count came up short").get();

        assertThat(rerouted.line(L1).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(2);
        assertThat(rerouted.line(L2).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(1);
        assertThat(rerouted.releasesOwed()).isEmpty();
        assertThat(both.adapters.inventory().stockOf(MUG)).extracting(StockLevel::reserved).containsExactlyInAnyOrder(0L, 2L);
        assertThat(both.adapters.inventory().stockOf(GIFT_CARD)).isEmpty();
    }

    @Test
    void availabilityOfAnUntrackedSkuIsUnlimited() {
        AvailableToPromise atp = shop.oms.storefront().availableToPromise(GIFT_CARD);

        assertThat(atp.unlimited()).isTrue();
        assertThat(atp.promisable()).as("unbounded").isEmpty();
        assertThat(atp.total()).as("none of it from stock").isZero();
        assertThat(shop.oms.storefront().availableToPromise(MUG).unlimited()).isFalse();
    }

    @Test
    void aCheckoutHoldHoldsOnlyTheTrackedUnitsAndTheOrderTakesItOverWithTheGiftCard() {
        TestShop withHolds = new TestShop();
        var oms = dev.oms.core.application.OrderManagement.builder().ports(withHolds.adapters.ports(TestShop.CLOCK))
                .holds(withHolds.adapters.holds()).build();
        withHolds.stock("MUG", 0, 4);
        withHolds.adapters.catalog().add(Product.untracked(GIFT_CARD, "Digital gift card"));
        HoldRequest request = new HoldRequest(HoldId.of("checkout-1"), List.of(new HoldRequest.Units(MUG, 1),
                new HoldRequest.Units(GIFT_CARD, 3)), new Destination.ShipTo(TestShop.address()), Channel.WEB, Duration.ofMinutes(15));

        Hold hold = oms.storefront().placeHold(request).get();
        assertThat(hold.movements()).extracting(m -> m.sku()).containsOnly(MUG);
        assertThat(oms.storefront().placeHold(request).get()).as("asked again: the same hold").isEqualTo(hold);
        assertThat(oms.storefront().placeHold(new HoldRequest(HoldId.of("checkout-2"), List.of(new HoldRequest.Units(GIFT_CARD, 3)),
                new Destination.ShipTo(TestShop.address()), Channel.WEB, Duration.ofMinutes(15))).getLeft().problems())
                .extracting(p -> p.code()).containsExactly(ProblemCode.NOTHING_TO_DO);

        Order placed = oms.orders().place(dev.oms.core.placement.PlaceOrder.builder()
                .from(order("GIFT-4", line("MUG", 1, "EUR 12.50"), line("GIFT-CARD", 3, "EUR 25.00"))).hold(hold.id()).build()).get();
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(1);
        assertThat(placed.line(L2).get().count(Bucket.ALLOCATED, WEST)).isEqualTo(3);
        assertThat(withHolds.adapters.inventory().stockOf(MUG).stream().mapToLong(StockLevel::reserved).sum())
                .as("the hold's unit, now the order's").isEqualTo(1);
    }

    @Test
    void anUntrackedProductIsNeverAnnounced() {
        assertThatThrownBy(() -> new Product(GIFT_CARD, "Gift card", Optional.of(Instant.parse("2027-01-01T00:00:00Z")),
                OptionalLong.empty(), false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Product(MUG, "Mug").stockTracked()).as("tracked by default").isTrue();
    }

    private StockLevel stock(Sku sku, dev.oms.spi.value.LocationId location) {
        return shop.adapters.inventory().stockOf(sku).stream().filter(l -> l.locationId().equals(location)).findFirst().orElseThrow();
    }
}
