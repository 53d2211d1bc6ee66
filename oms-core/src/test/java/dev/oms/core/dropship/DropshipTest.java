// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.dropship;

import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static dev.oms.core.dropship.DropshipShop.LAMP;
import static dev.oms.core.dropship.DropshipShop.LAMP_MAKER;
import static dev.oms.core.dropship.DropshipShop.MUG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.core.TestShop;
import dev.oms.core.application.CancelRequest;
import dev.oms.spi.value.ApprovalReason;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryFulfilmentService.Answer;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.fulfilment.FulfilmentItem;
import dev.oms.spi.fulfilment.FulfilmentRequest;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.order.OrderStatus;
import dev.oms.spi.value.FulfilmentRequestId;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.PackageItem;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Dropship lines: allocated at their supplier without our stock, sent to it, and its answers applied once each. */
class DropshipTest {
    private static final LineId L1 = LineId.of("L1");
    private static final LineId L2 = LineId.of("L2");
    private static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

    @Test
    void aDropshipLineIsShippedByItsSupplierWithAPhysicalLineFromTheWarehouse() {
        DropshipShop shop = new DropshipShop(5, 4);
        Order placed = shop.oms.orders().place(order("D-1", line("MUG", 2, "EUR 8.00"), line("LAMP", 3, "EUR 40.00"))).get();

        // The mugs are reserved in the warehouse; the lamps are the lamp maker's, and our lamps are left alone.
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(placed.line(L2).get().count(Bucket.ALLOCATED, LAMP_MAKER)).isEqualTo(3);
        assertThat(shop.stock(MUG, EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(5L, 2L);
        assertThat(shop.stock(LAMP, EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(4L, 0L);
        assertThat(shop.stockAt(LAMP, LAMP_MAKER)).isEmpty();

        // Paid for: the lamps go to the lamp maker with the customer's ship-to, once; the warehouse lists only the mugs.
        FulfilmentRequest request = shop.supplier.requests().get(0);
        assertThat(shop.supplier.requests()).hasSize(1);
        assertThat(request.locationId()).isEqualTo(LAMP_MAKER);
        assertThat(request.items()).containsExactly(new FulfilmentItem(L2, LAMP, 3));
        assertThat(request.shipTo()).isEqualTo(TestShop.address());
        Order fromWarehouse = shop.shipFromWarehouse(placed.id());
        assertThat(fromWarehouse.pickLists().values().map(l -> l.location()).toJavaList()).containsExactly(EAST);
        assertThat(fromWarehouse.line(L1).get().count(Bucket.SHIPPED)).isEqualTo(2);
        assertThat(fromWarehouse.status()).isEqualTo(OrderStatus.PARTIALLY_SHIPPED);

        shop.supplier.ship(request.requestId(), "LM-77", NOON, new PackageItem(L2, 3));
        assertThat(shop.deliver(shop.supplier.takeAnswers())).allMatch(Either::isRight);

        Order shipped = shop.order(placed.id());
        assertThat(shipped.line(L2).get().count(Bucket.SHIPPED)).isEqualTo(3);
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        OrderPackage lamps = shipped.packages().values().find(p -> p.location().equals(LAMP_MAKER)).get();
        assertThat(lamps.label().get().trackingNumber()).isEqualTo("TRK-LM-77");
        assertThat(shipped.payment().captured()).isEqualTo(Money.parse("EUR 136.00"));
        // Our stock moved for the mugs alone: the lamp maker shipped from its own.
        assertThat(shop.stock(MUG, EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(3L, 0L);
        assertThat(shop.stock(LAMP, EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(4L, 0L);
        assertThat(shop.stockAt(LAMP, LAMP_MAKER)).isEmpty();
        assertThat(shop.notifications(placed.id(), Notification.Kind.ORDER_SHIPPED)).hasSize(2);
    }

    @Test
    void theSuppliersConfirmationsArriveTwiceAndOutOfOrderAndChangeNothingTwice() {
        DropshipShop shop = new DropshipShop(5, 0);
        Order placed = shop.oms.orders().place(order("D-2", line("LAMP", 3, "EUR 40.00"))).get();
        FulfilmentRequestId request = shop.supplier.requests().get(0).requestId();

        shop.supplier.ship(request, "P1", MORNING, new PackageItem(L1, 1));
        shop.supplier.ship(request, "P2", NOON, new PackageItem(L1, 2));
        List<Answer> answers = shop.supplier.takeAnswers();
        // The second parcel's webhook first, each twice.
        assertThat(shop.deliver(List.of(answers.get(1), answers.get(1), answers.get(0), answers.get(0)))).allMatch(Either::isRight);

        Order shipped = shop.order(placed.id());
        assertThat(shipped.line(L1).get().count(Bucket.SHIPPED)).isEqualTo(3);
        assertThat(shipped.packages()).hasSize(2);
        assertThat(shipped.payment().captured()).isEqualTo(Money.parse("EUR 120.00"));
        assertThat(shop.notifications(placed.id(), Notification.Kind.ORDER_SHIPPED)).hasSize(2);
        assertThat(shop.stock(LAMP, EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(0L, 0L);
        // Later still, a third delivery of both: answered as the first time, nothing stored.
        long version = shipped.version();
        assertThat(shop.deliver(answers)).allMatch(Either::isRight);
        assertThat(shop.order(placed.id()).version()).isEqualTo(version);
        assertThat(shop.supplier.requests()).hasSize(1);
    }

    @Test
    void unitsTheSupplierRejectsAreServedFromOurStockAndTheSupplierIsNotAskedAgain() {
        DropshipShop shop = new DropshipShop(5, 4);
        Order placed = shop.oms.orders().place(order("D-3", line("LAMP", 3, "EUR 40.00"))).get();
        FulfilmentRequestId request = shop.supplier.requests().get(0).requestId();

        shop.supplier.reject(request, "R1", "discontinued colour", new PackageItem(L1, 2));
        assertThat(shop.deliver(shop.supplier.takeAnswersTwiceOutOfOrder(11))).allMatch(Either::isRight);

        Order rerouted = shop.order(placed.id());
        assertThat(rerouted.line(L1).get().count(Bucket.ALLOCATED, LAMP_MAKER)).isEqualTo(1);
        assertThat(rerouted.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(rerouted.failedLocations()).contains(LAMP_MAKER);
        assertThat(shop.stock(LAMP, EAST).reserved()).isEqualTo(2);
        assertThat(shop.supplier.requests()).hasSize(1);
        assertThat(shop.shipFromWarehouse(placed.id()).pickLists().values().map(l -> l.location()).toJavaList()).containsExactly(EAST);

        shop.supplier.ship(request, "P1", NOON, new PackageItem(L1, 1));
        shop.deliver(shop.supplier.takeAnswers());
        Order done = shop.order(placed.id());
        assertThat(done.line(L1).get().count(Bucket.SHIPPED)).isEqualTo(3);
        assertThat(shop.stock(LAMP, EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(2L, 0L);
    }

    @Test
    void unitsTheSupplierRejectsAreCancelledWhenWeHaveNoneToServeThem() {
        DropshipShop shop = new DropshipShop(5, 0);
        Order placed = shop.oms.orders().place(order("D-4", line("LAMP", 2, "EUR 40.00"))).get();
        FulfilmentRequestId request = shop.supplier.requests().get(0).requestId();

        shop.supplier.reject(request, "R1", "out of stock at the maker", new PackageItem(L1, 2));
        assertThat(shop.deliver(shop.supplier.takeAnswers())).allMatch(Either::isRight);

        Order cancelled = shop.order(placed.id());
        assertThat(cancelled.line(L1).get().count(Bucket.CANCELLED)).isEqualTo(2);
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.payment().captured()).isEqualTo(Money.zero(cancelled.currency()));
        assertThat(shop.stock(LAMP, EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(0L, 0L);
        assertThat(shop.supplier.requests()).hasSize(1);
    }

    @Test
    void dropshipUnitsNotYetSentToTheSupplierAreCancelledWithoutTouchingOurStock() {
        DropshipShop shop = new DropshipShop(5, 4);
        shop.adapters.payments().declineWhen(request -> true);
        Order placed = shop.oms.orders().place(order("D-5", line("LAMP", 2, "EUR 40.00"))).get();
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, LAMP_MAKER)).isEqualTo(2);
        assertThat(shop.supplier.requests()).isEmpty();

        Order cancelled = shop.oms.orders().cancel(placed.id(), CancelRequest.wholeOrder("cancel-1", "card declined")).get().order();

        assertThat(cancelled.line(L1).get().count(Bucket.CANCELLED)).isEqualTo(2);
        assertThat(cancelled.releasesOwed()).isEmpty();
        assertThat(shop.stock(LAMP, EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(4L, 0L);
        assertThat(shop.supplier.requests()).isEmpty();
    }

    @Test
    void dropshipUnitsReroutedAwayFromTheirSupplierAreServedFromOurStockWithNothingToRelease() {
        DropshipShop shop = new DropshipShop(5, 4);
        // Held for review as placed: nothing goes to the supplier yet.
        OrderManagement reviewing = shop.builder().approvalPolicy(order -> Map.of(ApprovalReason.FRAUD_REVIEW, "score 91")).build();
        Order placed = reviewing.orders().place(order("D-7", line("LAMP", 2, "EUR 40.00"))).get();
        assertThat(placed.line(L1).get().count(Bucket.ALLOCATED, LAMP_MAKER)).isEqualTo(2);

        Order rerouted = reviewing.sourcing().reroute(placed.id(), LAMP_MAKER, "reroute-1", "the maker closed for the summer").get();

        assertThat(rerouted.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2);
        assertThat(rerouted.releasesOwed()).isEmpty();
        assertThat(shop.stock(LAMP, EAST)).extracting(StockLevel::onHand, StockLevel::reserved).containsExactly(4L, 2L);
        assertThat(shop.stockAt(LAMP, LAMP_MAKER)).isEmpty();
        assertThat(shop.supplier.requests()).isEmpty();
    }

    @Test
    void aPolicyNamingNoSupplierIsRefusedAndADropshipPolicyNeedsAFulfilmentService() {
        InMemoryAdapters adapters = InMemoryAdapters.create();
        DropshipPolicy fromTheWarehouse = (sku, quantity, channel) -> Option.some(EAST);
        assertThatThrownBy(() -> OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).dropshipPolicy(fromTheWarehouse).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("fulfilment service");

        DropshipShop shop = new DropshipShop(5, 4);
        OrderManagement misconfigured = OrderManagement.builder().ports(shop.adapters.ports(TestShop.CLOCK))
                .fulfilmentService(shop.supplier).dropshipPolicy(fromTheWarehouse).build();
        Rejection refused = misconfigured.orders().place(order("D-6", line("MUG", 1, "EUR 8.00"))).getLeft();
        assertThat(refused.problems()).extracting(Problem::code).containsExactly(ProblemCode.UNKNOWN_LOCATION);
        assertThat(shop.stock(MUG, EAST).reserved()).isZero();
    }
}
