// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import static dev.oms.core.BackInStockShop.MUG;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.BackInStock;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.routing.Destination;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.value.Channel;
import dev.oms.core.backinstock.BackInStockPolicy;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.AdjustmentReason;
import dev.oms.spi.inventory.StockAdjustment;
import dev.oms.spi.inventory.StockTransfer;
import dev.oms.spi.order.Page;
import dev.oms.spi.order.PageRequest;
import dev.oms.spi.subscription.BackInStockAlert;
import dev.oms.spi.subscription.BackInStockSubscription;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Back-in-stock subscriptions: customers told once each, oldest first, no more than the units that came back. */
class BackInStockTest {
    private static final LineId L1 = LineId.of("L1");

    @Test
    void threeCustomersWaitForASoldOutMugAndTwoArriveTheTwoOldestAreTold() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 0);
        shop.subscribe("ada", MUG).get();
        shop.subscribe("bob", MUG).get();
        shop.subscribe("cy", MUG).get();

        shop.receive("receipt-1", MUG, 2);

        assertThat(shop.told()).containsExactly("ada", "bob");
        assertThat(shop.waiting(MUG)).containsExactly("cy");
        assertThat(shop.alerts()).extracting(BackInStockAlert::sku).containsOnly(MUG);
    }

    @Test
    void anAlertsKeyNamesItsSubscriptionForGoodSoAHostCanDropAResend() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 0);
        BackInStockSubscription ada = shop.subscribe("ada", MUG).get();

        shop.receive("receipt-1", MUG, 1);

        // The shape is what hosts dedupe by: changing it would send every owed alert again after an upgrade.
        assertThat(shop.alerts()).containsExactly(new BackInStockAlert("back-in-stock:MUG:" + ada.number(), MUG,
                CustomerRef.of("ada"), ada.subscribedAt()));
    }

    @Test
    void aProcessThatStoppedBetweenTellingAndSendingSendsTheAlertAfterARestartAndTheReceiptAgainTellsNobodyMore() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 0);
        BackInStockSubscription ada = shop.subscribe("ada", MUG).get();
        shop.subscribe("bob", MUG).get();
        // The receipt's units came in and the store marked ada told; the process stopped before the sender was called.
        shop.adapters.inventory().receive("receipt-1", MUG, EAST, 1);
        shop.adapters.backInStockSubscriptions().tell("back-in-stock/receipt:receipt-1", MUG, 1, shop.clock.instant());
        OrderManagement restarted = OrderManagement.builder().ports(shop.adapters.ports(shop.clock))
                .backInStock(BackInStock.of(shop.adapters.backInStockSubscriptions(), shop.adapters.backInStockAlerts())).build();

        restarted.inbound().receiveStock(new StockReceipt("receipt-1", MUG, EAST, 1)).get();
        restarted.recovery().resumeAll();

        assertThat(shop.told()).containsExactly("ada");
        assertThat(shop.adapters.backInStockAlerts().sendsOf("back-in-stock:MUG:" + ada.number())).isEqualTo(1);
        assertThat(shop.waiting(MUG)).containsExactly("bob");
    }

    @Test
    void aReceiptWhileBackordersWaitServesThemFirstAndTellsNobodyWhenNothingIsLeft() {
        BackInStockShop shop = new BackInStockShop(BackorderPolicy.perSku(HashMap.of(MUG, BackorderTerms.allowedWithoutLimit())),
                BackInStockPolicy.oneCustomerPerUnit()).product(MUG, 0);
        Order backordered = shop.oms.orders().place(order("W-1", line("MUG", 2, "EUR 8.00"))).get();
        shop.subscribe("ada", MUG).get();

        shop.receive("receipt-1", MUG, 2);

        assertThat(shop.oms.queries().find(backordered.id()).get().line(L1).get().count(Bucket.ALLOCATED)).isEqualTo(2);
        assertThat(shop.told()).as("the backorder took both units: nothing to promise").isEmpty();
        assertThat(shop.waiting(MUG)).containsExactly("ada");

        shop.receive("receipt-2", MUG, 1);

        assertThat(shop.told()).containsExactly("ada");
    }

    @Test
    void aSecondReceiptTellsTheNextSubscriberNeverTheFirstAgain() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 0);
        shop.subscribe("ada", MUG).get();
        shop.subscribe("bob", MUG).get();

        shop.receive("receipt-1", MUG, 1);
        shop.receive("receipt-2", MUG, 1);

        assertThat(shop.told()).containsExactly("ada", "bob");
        for (BackInStockAlert alert : shop.alerts()) {
            assertThat(shop.adapters.backInStockAlerts().sendsOf(alert.key())).isEqualTo(1);
        }
    }

    @Test
    void subscribingToASkuThatCanBePromisedOrThatIsUnknownIsRejectedAndStoresNothing() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 3);

        Problem available = shop.subscribe("ada", MUG).getLeft().problems().head();
        Problem unknown = shop.subscribe("ada", Sku.of("NOPE")).getLeft().problems().head();

        assertThat(available.code()).isEqualTo(ProblemCode.SKU_AVAILABLE);
        assertThat(available.path()).isEqualTo("sku");
        assertThat(available.message()).contains("MUG", "3 units");
        assertThat(unknown.code()).isEqualTo(ProblemCode.UNKNOWN_SKU);
        assertThat(shop.waiting(MUG)).isEmpty();
        assertThat(shop.adapters.backInStockSubscriptions().subscribedUnder("subscribe-ada-MUG")).isEmpty();
    }

    @Test
    void aReplayedSubscribeAnswersTheFirstSubscriptionEvenOnceTheSkuIsBackAndAReusedKeyIsRejected() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 0);
        BackInStockSubscription first = shop.oms.subscriptions().subscribe("k-1", MUG, CustomerRef.of("ada")).get();
        shop.receive("receipt-1", MUG, 5);

        assertThat(shop.oms.subscriptions().subscribe("k-1", MUG, CustomerRef.of("ada")).get()).isEqualTo(first);
        assertThat(shop.oms.subscriptions().subscribe("k-1", MUG, CustomerRef.of("bob")).getLeft().problems().head().code())
                .isEqualTo(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(shop.told()).containsExactly("ada");
    }

    @Test
    void theTellEveryonePolicyTellsEveryWaitingCustomerWhenOneUnitComesBack() {
        BackInStockShop shop = new BackInStockShop(BackorderPolicy.none(), BackInStockPolicy.everyone()).product(MUG, 0);
        shop.subscribe("ada", MUG).get();
        shop.subscribe("bob", MUG).get();
        shop.subscribe("cy", MUG).get();

        shop.receive("receipt-1", MUG, 1);

        assertThat(shop.told()).containsExactly("ada", "bob", "cy");
    }

    @Test
    void twoCustomersPerUnitTellsTwiceAsMany() {
        BackInStockShop shop = new BackInStockShop(BackorderPolicy.none(), BackInStockPolicy.customersPerUnit(2)).product(MUG, 0);
        for (String customer : new String[] {"ada", "bob", "cy", "dee"}) {
            shop.subscribe(customer, MUG).get();
        }

        shop.receive("receipt-1", MUG, 1);

        assertThat(shop.told()).containsExactly("ada", "bob");
    }

    @Test
    void aRepeatedReceiptTellsNobodyMore() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 0);
        shop.subscribe("ada", MUG).get();
        shop.subscribe("bob", MUG).get();

        shop.receive("receipt-1", MUG, 1);
        shop.receive("receipt-1", MUG, 1);

        assertThat(shop.told()).containsExactly("ada");
        assertThat(shop.waiting(MUG)).containsExactly("bob");
    }

    @Test
    void aCancellationThatFreesAReservedUnitTellsTheOldestSubscriber() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 1);
        Order placed = shop.oms.orders().place(order("O-1", line("MUG", 1, "EUR 8.00"))).get();
        shop.subscribe("ada", MUG).get();
        shop.subscribe("bob", MUG).get();

        shop.oms.orders().cancel(placed.id(), CancelRequest.wholeOrder("cancel-1", "changed mind")).get();

        assertThat(shop.told()).containsExactly("ada");
    }

    @Test
    void unitsFoundByACountAndATransferReceivedTellAsManyAsCameBack() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 0);
        shop.adapters.inventory().addLocation(dev.oms.spi.inventory.Location.of(TestShop.WEST, "West",
                dev.oms.spi.inventory.LocationType.WAREHOUSE, 2)).setStock(MUG, TestShop.WEST, 0, "W-MUG");
        for (String customer : new String[] {"ada", "bob", "cy", "dee"}) {
            shop.subscribe(customer, MUG).get();
        }

        shop.oms.stocktaking().adjust(new StockAdjustment(MUG, EAST, AdjustmentReason.FOUND, 1), "found-1").get();
        assertThat(shop.told()).containsExactly("ada");

        // The unit found leaves for the west: nothing can be promised on the way, one unit comes back on arrival.
        shop.oms.transfers().send(new StockTransfer("T-1", MUG, EAST, TestShop.WEST, 1, java.time.LocalDate.parse("2026-03-05"))).get();
        assertThat(shop.promisable(MUG)).isZero();
        shop.oms.transfers().receive(MUG, "T-1", 1).get();
        assertThat(shop.told()).containsExactly("ada", "bob");
    }

    @Test
    void aCheckoutHoldThatExpiresGivesItsUnitsBackAndTellsAsManySubscribers() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 2);
        shop.oms.storefront().placeHold(new HoldRequest(HoldId.of("cart-1"), java.util.List.of(new HoldRequest.Units(MUG, 2)),
                new Destination.ShipTo(TestShop.address()), Channel.WEB, Duration.ofMinutes(15))).get();
        for (String customer : new String[] {"ada", "bob", "cy"}) {
            shop.subscribe(customer, MUG).get();
        }

        shop.clock.advance(Duration.ofMinutes(30));
        shop.oms.storefront().expireHolds();

        assertThat(shop.told()).containsExactly("ada", "bob");
    }

    @Test
    void aProductReleasedWithStockOnHandTellsAsManyAsCanBePromised() {
        BackInStockShop shop = new BackInStockShop();
        Sku book = Sku.of("BOOK");
        shop.adapters.catalog().add(Product.announced(book, "Book", BackInStockShop.START.plus(Duration.ofDays(1)), OptionalLong.empty()));
        shop.adapters.inventory().setStock(book, EAST, 2, "E-BOOK");
        shop.subscribe("ada", book).get();
        shop.subscribe("bob", book).get();
        shop.subscribe("cy", book).get();

        shop.clock.advance(Duration.ofDays(2));
        shop.oms.inbound().release(book, "launch").get();

        assertThat(shop.told()).containsExactly("ada", "bob");
    }

    @Test
    void anAlertWhoseSendFailedStaysOwedAndRecoverySendsItOnceUnderTheSameKey() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 0);
        BackInStockSubscription ada = shop.subscribe("ada", MUG).get();
        shop.adapters.backInStockAlerts().down(true);

        shop.receive("receipt-1", MUG, 1);

        assertThat(shop.told()).isEmpty();
        assertThat(shop.adapters.backInStockSubscriptions().owedAlerts(0, 10)).containsExactly(ada);
        assertThat(shop.waiting(MUG)).as("told, its alert owed: never told again by a later receipt").isEmpty();

        shop.adapters.backInStockAlerts().down(false);
        shop.oms.recovery().resumeAll();
        shop.oms.recovery().resumeAll();

        assertThat(shop.told()).containsExactly("ada");
        assertThat(shop.adapters.backInStockAlerts().sendsOf(shop.alerts().get(0).key())).isEqualTo(1);
        assertThat(shop.adapters.backInStockSubscriptions().owedAlerts(0, 10)).isEmpty();
    }

    @Test
    void anUnsubscribedCustomerIsNotToldAndTheWaitingListIsPagedOldestFirst() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 0);
        for (String customer : new String[] {"ada", "bob", "cy"}) {
            shop.subscribe(customer, MUG).get();
        }
        assertThat(shop.oms.subscriptions().unsubscribe(MUG, CustomerRef.of("ada")).get()).isTrue();

        Page<BackInStockSubscription> first = shop.oms.subscriptions().waiting(MUG, PageRequest.first(1)).get();
        Page<BackInStockSubscription> second = shop.oms.subscriptions().waiting(MUG, first.nextPage(1).get()).get();
        shop.receive("receipt-1", MUG, 1);

        assertThat(first.items()).extracting(s -> s.customer().value()).containsExactly("bob");
        assertThat(second.items()).extracting(s -> s.customer().value()).containsExactly("cy");
        assertThat(shop.told()).containsExactly("bob");
    }

    @Test
    void aFacadeBuiltWithoutBackInStockRefusesSubscriptionsAndTellsNobody() {
        BackInStockShop shop = new BackInStockShop().product(MUG, 0);
        OrderManagement without = OrderManagement.using(shop.adapters.ports(shop.clock));

        assertThat(without.subscriptions().subscribe("k", MUG, CustomerRef.of("ada")).getLeft().problems().head().code())
                .isEqualTo(ProblemCode.BACK_IN_STOCK_NOT_CONFIGURED);
        assertThat(without.subscriptions().unsubscribe(MUG, CustomerRef.of("ada")).isLeft()).isTrue();
    }
}
