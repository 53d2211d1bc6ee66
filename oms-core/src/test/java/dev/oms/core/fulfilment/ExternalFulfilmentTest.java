// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.fulfilment;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static dev.oms.core.fulfilment.ThirdPartyShop.FBA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.AdjustmentReport;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.fulfilment.FulfilmentItem;
import dev.oms.spi.fulfilment.FulfilmentRequest;
import dev.oms.spi.fulfilment.ShipmentConfirmation;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Locations run by others: requests to the provider, and its answers applied once each, whatever their order. */
class ExternalFulfilmentTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void aMarketplaceFulfilledOrderConfirmedTwiceOutOfOrder() {
        ThirdPartyShop shop = new ThirdPartyShop().stock("MUG", 5, 5);
        Order placed = shop.oms.orders().place(order("M-1", line("MUG", 3, "EUR 8.00"))).get();

        // Allocated at the provider, authorised, requested and sent: nobody picks there.
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, FBA)).isEqualTo(3);
        FulfilmentRequest request = shop.provider.requests().get(0);
        assertThat(shop.provider.requests()).hasSize(1);
        assertThat(request.items()).containsExactly(new FulfilmentItem(L1, Sku.of("MUG"), 3));
        assertThat(request.locationId()).isEqualTo(FBA);
        assertThat(shop.order(placed.id()).externalRequests().get(request.requestId()).get().sent()).isTrue();
        assertThat(shop.oms.warehouse().createPickLists(placed.id()).getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.NOTHING_TO_DO);

        // The provider ships in two parts; the webhooks arrive twice each, the second part first.
        shop.provider.ship(request.requestId(), "S1", MORNING, new PackageItem(L1, 1));
        shop.provider.ship(request.requestId(), "S2", NOON, new PackageItem(L1, 2));
        List<dev.oms.inmemory.InMemoryFulfilmentService.Answer> answers = shop.provider.takeAnswers();
        List<Either<Rejection, Order>> results = shop.deliver(List.of(answers.get(1), answers.get(1), answers.get(0), answers.get(0)));

        assertThat(results).allMatch(Either::isRight);
        Order shipped = shop.order(placed.id());
        assertThat(shipped.line(L1).get().count(Bucket.SHIPPED)).isEqualTo(3);
        assertThat(shipped.packages()).hasSize(2);
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.payment().captured()).isEqualTo(Money.parse("EUR 24.00"));
        assertThat(shop.stock("MUG", FBA)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(2L, 0L);
        assertThat(shop.notifications(placed.id(), Notification.Kind.ORDER_SHIPPED)).hasSize(2);
        assertThat(shop.provider.requests()).hasSize(1);
    }

    @Test
    void aRejectionRoutesTheGivenUpUnitsToAnotherLocation() {
        ThirdPartyShop shop = new ThirdPartyShop().stock("MUG", 3, 5);
        Order placed = shop.oms.orders().place(order("M-2", line("MUG", 3, "EUR 8.00"))).get();
        FulfilmentRequestId request = shop.provider.requests().get(0).requestId();

        shop.provider.reject(request, "R1", "2 units damaged in our warehouse", new PackageItem(L1, 2));
        shop.deliver(shop.provider.takeAnswersTwiceOutOfOrder(7)).forEach(result -> assertThat(result.isRight()).isTrue());

        Order rerouted = shop.order(placed.id());
        assertThat(rerouted.line(L1).get().count(Bucket.ALLOCATED, FBA)).isEqualTo(1);
        assertThat(rerouted.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(rerouted.failedLocations()).contains(FBA);
        assertThat(shop.stock("MUG", FBA).reserved()).isEqualTo(1);
        assertThat(shop.stock("MUG", EAST).reserved()).isEqualTo(2);
        // The warehouse picks its two; the unit still with the provider is not listed.
        assertThat(shop.oms.warehouse().createPickLists(placed.id()).get().order().pickLists().values()
                .map(list -> list.location()).toJavaList()).containsExactly(EAST);

        shop.provider.ship(request, "S1", NOON, new PackageItem(L1, 1));
        shop.deliver(shop.provider.takeAnswers());
        assertThat(shop.order(placed.id()).line(L1).get().count(Bucket.SHIPPED)).isEqualTo(1);
        assertThat(shop.order(placed.id()).externalRequests().get(request).get().open()).isFalse();
    }

    @Test
    void aPartialShipmentLeavesTheRestWithTheProvider() {
        ThirdPartyShop shop = new ThirdPartyShop().stock("MUG", 5, 5);
        Order placed = shop.oms.orders().place(order("M-3", line("MUG", 3, "EUR 8.00"))).get();
        FulfilmentRequestId request = shop.provider.requests().get(0).requestId();

        shop.provider.ship(request, "S1", MORNING, new PackageItem(L1, 1));
        shop.deliver(shop.provider.takeAnswers());

        Order partly = shop.order(placed.id());
        assertThat(partly.line(L1).get().count(Bucket.SHIPPED)).isEqualTo(1);
        assertThat(partly.line(L1).get().count(Bucket.ALLOCATED, FBA)).isEqualTo(2);
        assertThat(partly.externalRequests().get(request).get().openUnits(L1)).isEqualTo(2);
        assertThat(partly.payment().captured()).isEqualTo(Money.parse("EUR 8.00"));
        assertThat(shop.stock("MUG", FBA)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(4L, 2L);
        // Units with the provider are its to ship or reject: they cannot be cancelled or re-routed under it.
        assertThat(shop.oms.sourcing().reroute(placed.id(), FBA, "reroute-1", "closing").getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.NOTHING_TO_DO);
        assertThat(shop.oms.orders().cancel(placed.id(), CancelRequest.wholeOrder("cancel-1", "changed my mind")).getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.NOT_CANCELLABLE);
        assertThat(shop.order(placed.id()).line(L1).get().count(Bucket.ALLOCATED, FBA)).isEqualTo(2);
    }

    @Test
    void answersThatContradictTheRequestAreRefusedAndChangeNothing() {
        ThirdPartyShop shop = new ThirdPartyShop().stock("MUG", 5, 5);
        Order placed = shop.oms.orders().place(order("M-4", line("MUG", 3, "EUR 8.00"))).get();
        FulfilmentRequestId request = shop.provider.requests().get(0).requestId();
        shop.provider.ship(request, "S1", MORNING, new PackageItem(L1, 2));
        shop.deliver(shop.provider.takeAnswers());
        long version = shop.order(placed.id()).version();

        ShipmentConfirmation tooMany = new ShipmentConfirmation(request, "S2", List.of(new PackageItem(L1, 2)), "DHL", "T2", NOON);
        ShipmentConfirmation sameIdOtherUnits = new ShipmentConfirmation(request, "S1", List.of(new PackageItem(L1, 1)), "PROVIDER-POST",
                "TRK-S1", MORNING);
        ShipmentConfirmation unknown = new ShipmentConfirmation(FulfilmentRequestId.of("M-4-FR9"), "S3", List.of(new PackageItem(L1, 1)),
                "DHL", "T3", NOON);

        assertThat(shop.oms.externalFulfilment().recordShipment(placed.id(), tooMany).getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(shop.oms.externalFulfilment().recordShipment(placed.id(), sameIdOtherUnits).getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(shop.oms.externalFulfilment().recordShipment(placed.id(), unknown).getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.UNKNOWN_FULFILMENT_REQUEST);
        assertThat(shop.order(placed.id()).version()).isEqualTo(version);
    }

    @Test
    void aRequestTheProviderCouldNotTakeIsSentAgainByRecovery() {
        ThirdPartyShop shop = new ThirdPartyShop().stock("MUG", 5, 5);
        shop.provider.failNext(1);
        Order placed = shop.oms.orders().place(order("M-5", line("MUG", 1, "EUR 8.00"))).get();

        Order owing = shop.order(placed.id());
        assertThat(shop.provider.requests()).isEmpty();
        assertThat(owing.externalRequests().values().map(r -> r.sent()).toJavaList()).containsExactly(false);

        shop.oms.recovery().resumeAll();
        assertThat(shop.provider.requests()).hasSize(1);
        assertThat(shop.order(placed.id()).externalRequests().values().map(r -> r.sent()).toJavaList()).containsExactly(true);
    }

    @Test
    void theProvidersStockCountsAreRecordedAsCountsAndLeaveRequestedUnitsToTheProvider() {
        ThirdPartyShop shop = new ThirdPartyShop().stock("MUG", 5, 5).stock("CUP", 2, 0);
        Order placed = shop.oms.orders().place(order("M-6", line("MUG", 3, "EUR 8.00"))).get();

        Map<Sku, AdjustmentReport> reports = shop.oms.externalFulfilment()
                .syncStock(FBA, Map.of(Sku.of("MUG"), 1L, Sku.of("CUP"), 7L), "sync-1").get();

        assertThat(shop.stock("CUP", FBA).onHand()).isEqualTo(7);
        assertThat(shop.stock("MUG", FBA).onHand()).isEqualTo(1);
        // The three mugs are on the provider's request: it ships or rejects them, the count takes none away.
        assertThat(reports.get(Sku.of("MUG")).ordersShort()).isEmpty();
        assertThat(reports.get(Sku.of("MUG")).unsettled()).isEqualTo(2);
        assertThat(shop.order(placed.id()).line(L1).get().count(Bucket.ALLOCATED, FBA)).isEqualTo(3);
        // Repeating the report changes nothing; a warehouse is not a provider's location.
        assertThat(shop.oms.externalFulfilment().syncStock(FBA, Map.of(Sku.of("CUP"), 7L), "sync-1").isRight()).isTrue();
        assertThat(shop.oms.externalFulfilment().syncStock(EAST, Map.of(Sku.of("CUP"), 1L), "sync-2").getLeft().problems())
                .extracting(Problem::code).containsExactly(ProblemCode.UNKNOWN_LOCATION);
    }
}
