// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.spi.order.Page;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PickListsCreated;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PurchaseReceipt;
import dev.oms.core.application.Shipped;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.availability.HoldRequest;
import dev.oms.core.decision.OrderDecider;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.routing.Destination;
import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.AllocationCommand;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PickListId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Hostile input at the facade: absurd quantities, megabyte strings, control characters and broken UTF-16
 * are refused with stable codes before anything is stored, and no stored order becomes unloadable.
 */
class InputBoundsTest {
    private static final String MEGABYTE = "x".repeat(1 << 20);

    private final TestShop shop = new TestShop().stock("SHOE", 10, 5);

    @Test
    void packingTwoItemsOfLongMaxValueIsRejectedAndTheOrderStillLoads() {
        Order picked = pickedOrder("W-PACK", 2);
        LineId l1 = LineId.of("L1");

        Either<Rejection, Order> packed = shop.oms.warehouse().confirmPacked(picked.id(), PackRequest.of("pack-huge", EAST,
                List.of(new PackageItem(l1, Long.MAX_VALUE), new PackageItem(l1, Long.MAX_VALUE)))).map(Packed::order);

        assertThat(codesAt(packed)).containsExactly("QUANTITY_TOO_LARGE@contents[0].quantity", "QUANTITY_TOO_LARGE@contents[1].quantity");
        Order reloaded = shop.oms.queries().find(picked.id()).get();
        assertThat(reloaded.version()).isEqualTo(picked.version());
        assertThat(reloaded.line(l1).get().count(Bucket.PICKED, EAST)).isEqualTo(2);
        // The order still decides: the real packing goes through.
        Order afterwards = shop.oms.warehouse().confirmPacked(picked.id(), PackRequest.of("pack-real", EAST, List.of(new PackageItem(l1, 2)))).map(Packed::order).get();
        assertThat(afterwards.line(l1).get().count(Bucket.PACKED, EAST)).isEqualTo(2);
    }

    @Test
    void packingItemsWhoseSumOverflowsButEachWithinTheLimitIsRefusedAsMoreThanPicked() {
        Order picked = pickedOrder("W-PACK-SUM", 2);
        LineId l1 = LineId.of("L1");
        long half = 1_000_000;

        Either<Rejection, Order> packed = shop.oms.warehouse().confirmPacked(picked.id(), PackRequest.of("pack-sum", EAST,
                List.of(new PackageItem(l1, half), new PackageItem(l1, half)))).map(Packed::order);

        assertThat(packed.getLeft().codes()).containsOnly(ProblemCode.ILLEGAL_TRANSITION);
        assertThat(shop.oms.queries().find(picked.id()).get().version()).isEqualTo(picked.version());
    }

    @Test
    void cancellingLongMaxValueUnitsIsRefusedAsTooLargeAndChangesNothing() {
        Order placed = shop.oms.orders().place(order("W-CANCEL", line("SHOE", 2, "EUR 50.00"))).get();

        Either<Rejection, Order> cancelled = shop.oms.orders().cancel(placed.id(),
                CancelRequest.units("cancel-huge", LineId.of("L1"), Long.MAX_VALUE, "customer changed mind")).map(Cancelled::order);

        assertThat(codesAt(cancelled)).containsExactly("QUANTITY_TOO_LARGE@quantity");
        assertThat(shop.oms.queries().find(placed.id()).get().version()).isEqualTo(placed.version());
    }

    @Test
    void aReservationPlanWhoseQuantitiesWrapRoundIsRefusedNotStored() {
        // An allocation policy is host code: two reservations of Long.MAX_VALUE sum to -2 when wrapped.
        Order order = OrderEvolution.start(new OrderPlaced(OrderId.of("O-1"), Channel.WEB, "W-PLAN", CustomerRef.of("C-1"),
                TestShop.address(), PaymentMethod.card("tok_ok"), CurrencyUnit.EUR,
                List.of(new PlacedLine(LineId.of("L1"), Sku.of("SHOE"), 2, Money.parse("EUR 50.00"))), TestShop.CLOCK.instant()));
        Reservation huge = new Reservation(LineId.of("L1"), Sku.of("SHOE"), EAST, Long.MAX_VALUE);

        Either<Rejection, ?> decided = OrderDecider.decide(new AllocationCommand.RequestReservation("plan", io.vavr.collection.List.of(huge, huge)), order, DecisionContext.at(TestShop.CLOCK.instant()));

        assertThat(decided.getLeft().codes()).containsExactly(ProblemCode.ILLEGAL_TRANSITION);
    }

    @Test
    void aMegabyteExternalIdIsRejectedAsTooLong() {
        assertRejectedAt(shop.oms.orders().place(order(MEGABYTE, line("SHOE", 1, "EUR 10.00"))), "TEXT_TOO_LONG@externalId");
    }

    @Test
    void aMegabyteCustomerRefIsRejectedAsTooLong() {
        PlaceOrder command = PlaceOrder.builder().from(order("W-CUST", line("SHOE", 1, "EUR 10.00")))
                .customer(CustomerRef.of(MEGABYTE)).build();
        assertRejectedAt(shop.oms.orders().place(command), "TEXT_TOO_LONG@customer");
    }

    @Test
    void aMegabyteAddressLineIsRejectedAsTooLong() {
        Address address = Address.builder().from(TestShop.address()).lines(List.of("1 Analytical Row", MEGABYTE)).build();
        PlaceOrder command = PlaceOrder.builder().from(order("W-ADDR", line("SHOE", 1, "EUR 10.00"))).shipTo(address).build();
        assertRejectedAt(shop.oms.orders().place(command), "TEXT_TOO_LONG@shipTo.lines[1]");
    }

    @Test
    void aMegabyteCardTokenIsRejectedAsTooLong() {
        PlaceOrder command = order("W-CARD", PaymentMethod.card(MEGABYTE), line("SHOE", 1, "EUR 10.00"));
        assertRejectedAt(shop.oms.orders().place(command), "TEXT_TOO_LONG@paymentMethod.token");
        assertThat(shop.adapters.payments().performedCalls()).isZero();
    }

    @Test
    void aNulCharacterInAnExternalIdIsRejected() {
        assertRejectedAt(shop.oms.orders().place(order("W-\u0000-1", line("SHOE", 1, "EUR 10.00"))), "TEXT_NOT_ALLOWED@externalId");
    }

    @Test
    void aLoneSurrogateInAnExternalIdIsRejectedSoTwoIdsCannotCollide() {
        // Encoded to UTF-8, both would become "W-?": one order would answer for the other.
        assertRejectedAt(shop.oms.orders().place(order("W-\uD800", line("SHOE", 1, "EUR 10.00"))), "TEXT_NOT_ALLOWED@externalId");
        assertRejectedAt(shop.oms.orders().place(order("W-\uDC00", line("SHOE", 1, "EUR 10.00"))), "TEXT_NOT_ALLOWED@externalId");
        // A surrogate pair is well-formed text and is accepted.
        assertThat(shop.oms.orders().place(order("W-\uD83D\uDC5F", line("SHOE", 1, "EUR 10.00"))).isRight()).isTrue();
    }

    @Test
    void everyInputProblemOfAPlacementIsReportedAtOnce() {
        Address address = Address.builder().from(TestShop.address()).recipient("Ada\u0000Lovelace").city(MEGABYTE).build();
        PlaceOrder command = PlaceOrder.builder().from(order("W-\uDBFF", PaymentMethod.card("tok\nok"),
                        line("SHOE", 1, "EUR 10000000.01"), line("NO-SUCH", 1, "EUR 1.00")))
                .customer(CustomerRef.of("C".repeat(129))).shipTo(address).build();

        assertRejectedAt(shop.oms.orders().place(command), "TEXT_NOT_ALLOWED@externalId");
        assertThat(codesAt(shop.oms.orders().place(command))).containsExactly(
                "TEXT_NOT_ALLOWED@externalId", "TEXT_TOO_LONG@customer", "TEXT_NOT_ALLOWED@shipTo.recipient",
                "TEXT_TOO_LONG@shipTo.city", "TEXT_NOT_ALLOWED@paymentMethod.token", "AMOUNT_TOO_LARGE@lines[0].unitPrice",
                "UNKNOWN_SKU@lines[1].sku");
    }

    @Test
    void receivingLongMaxValueUnitsIsRejectedAndAvailabilityStillAnswers() {
        long promisableBefore = shop.oms.storefront().availableToPromise(Sku.of("SHOE")).total();

        Either<Rejection, ?> received = shop.oms.inbound().receiveStock(new StockReceipt("receipt-huge", Sku.of("SHOE"), EAST, Long.MAX_VALUE));

        assertThat(codesAt(received)).containsExactly("QUANTITY_TOO_LARGE@quantity");
        assertThat(shop.adapters.inventory().stockAt(Sku.of("SHOE"), EAST).get().onHand()).isEqualTo(10);
        assertThat(shop.oms.storefront().availableToPromise(Sku.of("SHOE")).total()).isEqualTo(promisableBefore);
        // A second huge receipt, the one that used to overflow the stock count, is refused the same way.
        assertThat(codesAt(shop.oms.inbound().receiveStock(new StockReceipt("receipt-huge-2", Sku.of("SHOE"), EAST, Long.MAX_VALUE))))
                .containsExactly("QUANTITY_TOO_LARGE@quantity");
        assertThat(shop.oms.storefront().availableToPromise(Sku.of("SHOE")).total()).isEqualTo(promisableBefore);
    }

    @Test
    void hostileTextIsRefusedAtEveryOrderEntryPointAndChangesNothing() {
        Order picked = pickedOrder("W-ENTRY", 2);
        LineId l1 = LineId.of("L1");
        OrderManagement oms = shop.oms;

        assertThat(codesAt(oms.orders().cancel(picked.id(), CancelRequest.wholeOrder("cancel-1", MEGABYTE)).map(Cancelled::order))).containsExactly("TEXT_TOO_LONG@reason");
        assertThat(codesAt(oms.orders().cancel(picked.id(), CancelRequest.units("cancel\u0000", l1, 1, "too many")).map(Cancelled::order)))
                .containsExactly("TEXT_NOT_ALLOWED@idempotencyKey");
        assertThat(codesAt(oms.sourcing().reroute(picked.id(), EAST, "reroute-1", "count \u0007short"))).containsExactly("TEXT_NOT_ALLOWED@reason");
        assertThat(codesAt(oms.payments().retry(picked.id(), "retry-1", Optional.of(PaymentMethod.card(MEGABYTE)))))
                .containsExactly("TEXT_TOO_LONG@newMethod.token");
        assertThat(codesAt(oms.warehouse().confirmPacked(picked.id(), new PackRequest("pack-1", EAST, List.of(new PackageItem(l1, 2)),
                Optional.of("fragile\uDC00"), Optional.of(MEGABYTE))).map(Packed::order)))
                .containsExactly("TEXT_NOT_ALLOWED@specialHandling", "TEXT_TOO_LONG@giftMessage");
        assertThat(codesAt(oms.warehouse().label(picked.id(), PackageId.of("P-1"), "ground\u0000"))).containsExactly("TEXT_NOT_ALLOWED@carrierService");
        assertThat(codesAt(oms.warehouse().ship(picked.id(), PackageId.of("P-1"), MEGABYTE).map(Shipped::order))).containsExactly("TEXT_TOO_LONG@carrierService");
        assertThat(codesAt(oms.inbound().receivePurchase(picked.id(), new PurchaseReceipt("receipt-1", PurchaseId.of(MEGABYTE), EAST, Long.MAX_VALUE))))
                .containsExactly("TEXT_TOO_LONG@purchaseId", "QUANTITY_TOO_LARGE@quantity");
        assertThat(codesAt(oms.inbound().release(Sku.of("SHOE"), "release\uD800"))).containsExactly("TEXT_NOT_ALLOWED@releaseId");
        assertThat(codesAt(oms.inbound().recordSupplierAnswer(picked.id(), SupplierConfirmation.rejected(PurchaseId.of("P\u0000"), "sold out"))))
                .containsExactly("TEXT_NOT_ALLOWED@purchaseId");

        assertThat(oms.queries().find(picked.id()).get().version()).isEqualTo(picked.version());
        // Free text may break lines: a gift message over two lines is packed.
        assertThat(oms.warehouse().confirmPacked(picked.id(), new PackRequest("pack-2", EAST, List.of(new PackageItem(l1, 2)),
                Optional.empty(), Optional.of("Happy birthday,\r\nAda"))).map(Packed::order).isRight()).isTrue();
    }

    @Test
    void aHoldWithHostileIdOrAbsurdQuantityIsRefusedBeforeTheStoreIsAsked() {
        OrderManagement oms = OrderManagement.builder().ports(shop.adapters.ports(TestShop.CLOCK)).holds(shop.adapters.holds()).build();
        HoldRequest request = new HoldRequest(HoldId.of("cart-\uD800"),
                List.of(new HoldRequest.Units(Sku.of("SHOE"), Long.MAX_VALUE), new HoldRequest.Units(Sku.of("SHOE"), Long.MIN_VALUE)),
                new Destination.ShipTo(TestShop.address()), Channel.WEB, Duration.ofMinutes(15));

        assertThat(codesAt(oms.storefront().placeHold(request))).containsExactly("TEXT_NOT_ALLOWED@id", "QUANTITY_TOO_LARGE@lines[0].quantity",
                "QUANTITY_NOT_POSITIVE@lines[1].quantity");
        assertThat(shop.adapters.holds().find(HoldId.of("cart-\uD800"))).isEmpty();
        assertThat(shop.adapters.inventory().stockAt(Sku.of("SHOE"), EAST).get().reserved()).isZero();
    }

    private Order pickedOrder(String externalId, long shoes) {
        Order placed = shop.oms.orders().place(order(externalId, line("SHOE", shoes, "EUR 50.00"))).get();
        Order listed = shop.oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        PickListId list = listed.pickLists().keySet().head();
        return shop.oms.warehouse().confirmPicked(placed.id(), list).get();
    }

    private void assertRejectedAt(Either<Rejection, Order> result, String codeAtPath) {
        assertThat(codesAt(result)).contains(codeAtPath);
        assertThat(Page.all(shop.oms.queries()::orderIds)).isEmpty();
        assertThat(shop.adapters.inventory().stockAt(Sku.of("SHOE"), EAST).get().reserved()).isZero();
    }

    private static List<String> codesAt(Either<Rejection, ?> result) {
        assertThat(result.isLeft()).as("rejected: %s", result).isTrue();
        return result.getLeft().problems().map(Problem::code).zip(result.getLeft().problems().map(Problem::path))
                .map(t -> t._1 + "@" + t._2).toJavaList();
    }
}
