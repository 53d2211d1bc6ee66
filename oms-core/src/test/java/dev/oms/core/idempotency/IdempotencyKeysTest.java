// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.idempotency;

import dev.oms.spi.order.Page;
import dev.oms.core.application.Cancelled;
import dev.oms.core.application.PickListsCreated;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.TestShop;
import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PurchaseReceipt;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.indent.SupplierShortfall;
import dev.oms.core.order.Order;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys as payment providers treat them: scoped per order and kind of request, a replay answers
 * as the first call did, and the same key with other parameters is refused with {@code IDEMPOTENCY_KEY_REUSED}.
 */
class IdempotencyKeysTest {
    private static final LineId L1 = LineId.of("L1");
    private final TestShop shop = new TestShop().stock("MUG", 10, 0);
    private final OrderManagement oms = shop.oms;

    @Test
    void aPackingKeyReusedForACancelStillCancels() {
        Order picked = picked(order("W-1", line("MUG", 3, "EUR 5.00")));
        oms.warehouse().confirmPacked(picked.id(), PackRequest.of("req-1", EAST, List.of(new PackageItem(L1, 2)))).map(Packed::order).get();

        Order cancelled = oms.orders().cancel(picked.id(), CancelRequest.units("req-1", L1, 1, "customer asked")).map(Cancelled::order).get();

        assertThat(cancelled.line(L1).get().count(Bucket.CANCELLED)).isEqualTo(1);
    }

    @Test
    void aHostKeyShapedLikeOneOfOmsOwnKeysStillCancels() {
        Order placed = oms.orders().place(order("e", line("MUG", 2, "EUR 5.00"))).get();

        Order cancelled = oms.orders().cancel(placed.id(), CancelRequest.wholeOrder("place:web:e", "customer asked")).map(Cancelled::order).get();

        assertThat(cancelled.isFullyCancelled()).isTrue();
    }

    @Test
    void aCancelReplayedWithTheSameParametersCancelsOnceAndOneWithOtherParametersIsRefused() {
        Order placed = oms.orders().place(order("W-1", line("MUG", 5, "EUR 5.00"))).get();
        oms.orders().cancel(placed.id(), CancelRequest.units("c-1", L1, 1, "customer asked")).map(Cancelled::order).get();

        Order replayed = oms.orders().cancel(placed.id(), CancelRequest.units("c-1", L1, 1, "customer asked")).map(Cancelled::order).get();
        assertThat(replayed.line(L1).get().count(Bucket.CANCELLED)).isEqualTo(1);

        assertThat(oms.orders().cancel(placed.id(), CancelRequest.units("c-1", L1, 2, "customer asked")).map(Cancelled::order).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(oms.queries().find(placed.id()).get().line(L1).get().count(Bucket.CANCELLED)).isEqualTo(1);
    }

    @Test
    void placingAChannelOrderAgainWithOtherLinesOrPaymentIsRefused() {
        PlaceOrder first = order("W-1", line("MUG", 2, "EUR 5.00"));
        Order placed = oms.orders().place(first).get();

        assertThat(oms.orders().place(first).get().id()).isEqualTo(placed.id());
        assertThat(oms.orders().place(order("W-1", line("MUG", 3, "EUR 5.00"))).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(oms.orders().place(order("W-1", PaymentMethod.card("tok_other"), line("MUG", 2, "EUR 5.00")))
                .getLeft().codes()).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(Page.all(shop.adapters.orders()::orderIds)).hasSize(1);
    }

    @Test
    void aPackingKeyReusedForOtherContentsIsRefused() {
        Order picked = picked(order("W-1", line("MUG", 3, "EUR 5.00")));
        oms.warehouse().confirmPacked(picked.id(), PackRequest.of("pack-1", EAST, List.of(new PackageItem(L1, 2)))).map(Packed::order).get();

        assertThat(oms.warehouse().confirmPacked(picked.id(), PackRequest.of("pack-1", EAST, List.of(new PackageItem(L1, 2)))).map(Packed::order).get()
                .packages()).hasSize(1);
        assertThat(oms.warehouse().confirmPacked(picked.id(), PackRequest.of("pack-1", EAST, List.of(new PackageItem(L1, 1)))).map(Packed::order)
                .getLeft().codes()).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void aRetryPaymentKeyReusedWithAnotherCardIsRefused() {
        shop.adapters.payments().declineWhen(request -> request.method().equals(PaymentMethod.card("tok_declined")));
        Order held = oms.orders().place(order("W-1", PaymentMethod.card("tok_declined"), line("MUG", 1, "EUR 5.00"))).get();

        oms.payments().retry(held.id(), "retry-1", Optional.of(PaymentMethod.card("tok_ok"))).get();

        assertThat(oms.payments().retry(held.id(), "retry-1", Optional.of(PaymentMethod.card("tok_ok"))).isRight()).isTrue();
        assertThat(oms.payments().retry(held.id(), "retry-1", Optional.of(PaymentMethod.card("tok_new"))).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void aRerouteKeyReusedForAnotherLocationIsRefused() {
        TestShop twoWarehouses = new TestShop().stock("MUG", 5, 5);
        Order placed = twoWarehouses.oms.orders().place(order("W-1", line("MUG", 2, "EUR 5.00"))).get();
        twoWarehouses.oms.sourcing().reroute(placed.id(), EAST, "count-1", "shelf empty").get();

        assertThat(twoWarehouses.oms.sourcing().reroute(placed.id(), EAST, "count-1", "shelf empty").isRight()).isTrue();
        assertThat(twoWarehouses.oms.sourcing().reroute(placed.id(), TestShop.WEST, "count-1", "shelf empty").getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void aDeliveryNoteNumberSharedByTwoIndentPurchasesReceivesBoth() {
        Indents indents = new Indents();
        Order a = indents.oms.orders().place(order("RETAILER-A", line("PS5", 10, "EUR 400.00"))).get();
        Order b = indents.oms.orders().place(order("RETAILER-B", line("PS5", 10, "EUR 400.00"))).get();
        PurchaseId purchaseA = indents.commit(a);
        PurchaseId purchaseB = indents.commit(b);

        indents.oms.inbound().receivePurchase(a.id(), new PurchaseReceipt("DN-77", purchaseA, EAST, 10)).get();
        Order receivedB = indents.oms.inbound().receivePurchase(b.id(), new PurchaseReceipt("DN-77", purchaseB, EAST, 10)).get();

        assertThat(receivedB.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(10);
        var stock = indents.adapters.inventory().stockAt(Indents.CONSOLE, EAST).get();
        assertThat(stock.onHand()).as("both receipts entered the inventory").isEqualTo(20);
        assertThat(stock.reserved()).isEqualTo(20);
        assertThat(stock.ringFenced()).isZero();
    }

    @Test
    void aReceiptKeyReusedForAnotherPurchaseOfTheSameOrderIsRefused() {
        Indents indents = new Indents();
        Order placed = indents.oms.orders().place(order("RETAILER-A",
                line("PS5", 10, "EUR 400.00"), line("PS5-PRO", 10, "EUR 600.00"))).get();
        List<PurchaseId> purchases = placed.purchases().keySet().toJavaList();
        purchases.forEach(p -> indents.oms.inbound().recordSupplierAnswer(placed.id(),
                SupplierConfirmation.committed(p, 10, LocalDate.parse("2026-04-01"))).get());

        indents.oms.inbound().receivePurchase(placed.id(), new PurchaseReceipt("DN-1", purchases.get(0), EAST, 10)).get();

        assertThat(indents.oms.inbound().receivePurchase(placed.id(), new PurchaseReceipt("DN-1", purchases.get(0), EAST, 10))
                .isRight()).isTrue();
        assertThat(indents.oms.inbound().receivePurchase(placed.id(), new PurchaseReceipt("DN-1", purchases.get(1), EAST, 10))
                .getLeft().codes()).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(indents.adapters.inventory().stockAt(Sku.of("PS5-PRO"), EAST).map(s -> s.onHand()).getOrElse(0L)).isZero();
    }

    @Test
    void aSupplierAnswerGivenAgainWithOtherUnitsIsRefused() {
        Indents indents = new Indents();
        Order placed = indents.oms.orders().place(order("RETAILER-A", line("PS5", 10, "EUR 400.00"))).get();
        PurchaseId purchase = indents.commit(placed);

        assertThat(indents.oms.inbound().recordSupplierAnswer(placed.id(),
                SupplierConfirmation.committed(purchase, 10, LocalDate.parse("2026-04-01"))).isRight()).isTrue();
        assertThat(indents.oms.inbound().recordSupplierAnswer(placed.id(),
                SupplierConfirmation.committed(purchase, 4, LocalDate.parse("2026-04-01"))).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void aStockReceiptKeyReusedForOtherGoodsIsRefusedAndAddsNothing() {
        oms.inbound().receiveStock(new StockReceipt("GR-1", Sku.of("MUG"), EAST, 4)).get();

        assertThat(oms.inbound().receiveStock(new StockReceipt("GR-1", Sku.of("MUG"), EAST, 4)).isRight()).isTrue();
        assertThat(oms.inbound().receiveStock(new StockReceipt("GR-1", Sku.of("MUG"), EAST, 40)).getLeft().codes())
                .containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(oms.storefront().availableToPromise(Sku.of("MUG")).total()).isEqualTo(14);
    }

    private Order picked(PlaceOrder command) {
        Order placed = oms.orders().place(command).get();
        Order listed = oms.warehouse().createPickLists(placed.id()).map(PickListsCreated::order).get();
        return oms.warehouse().confirmPicked(listed.id(), listed.pickLists().keySet().head()).get();
    }

    /** Every PS5 order is bought from the supplier for its customer. */
    private static final class Indents {
        static final Sku CONSOLE = Sku.of("PS5");
        static final LocationId SUPPLIER = LocationId.of("SUP-1");
        final InMemoryAdapters adapters = InMemoryAdapters.create();
        final OrderManagement oms;

        Indents() {
            adapters.inventory().addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                    .addLocation(new Location(SUPPLIER, "Supplier", LocationType.SUPPLIER, 9, Optional.empty(), false));
            adapters.catalog().add(new Product(CONSOLE, "Console"));
            adapters.catalog().add(new Product(Sku.of("PS5-PRO"), "Console Pro"));
            IndentPolicy everyConsole = new IndentPolicy() {
                @Override
                public Option<LocationId> supplierFor(Sku sku, long quantity, Channel channel) {
                    return Option.some(SUPPLIER);
                }

                @Override
                public SupplierShortfall onShortfall(Sku sku) {
                    return SupplierShortfall.CANCEL;
                }
            };
            oms = OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).indentPolicy(everyConsole)
                    .supplierGateway(adapters.suppliers()).build();
        }

        PurchaseId commit(Order order) {
            PurchaseId purchase = order.purchases().keySet().head();
            oms.inbound().recordSupplierAnswer(order.id(), SupplierConfirmation.committed(purchase, 10, LocalDate.parse("2026-04-01"))).get();
            return purchase;
        }
    }
}
