// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

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
import dev.oms.core.application.Shipped;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.spi.order.OrderStatus;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.spi.Ports;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.payment.ForwardingPaymentGateway;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Pre-orders under the charge-at-placement payment policy: prepaid once, never charged twice, refunded when cancelled. */
class PreorderChargedAtPlacementTest {
    private static final LineId BOOK_LINE = LineId.of("L1");
    private static final LineId MUG_LINE = LineId.of("L2");
    private static final Sku BOOK = Sku.of("BOOK");
    private static final Instant RELEASE = Instant.parse("2026-04-01T00:00:00Z");
    private static final CurrencyUnit EUR = CurrencyUnit.EUR;

    private final WaitingShop shop = new WaitingShop(BackorderPolicy.none(), PreorderPolicy.catalogueCapOnly(),
            PreorderPaymentPolicy.chargeAtPlacement())
            .announced("BOOK", RELEASE, OptionalLong.empty())
            .product("MUG", 5);

    @Test
    void bookPreorderChargedAtPlacementIsNotChargedAgainAtShipment() {
        Order placed = shop.oms.orders().place(order("P-1", line("BOOK", 1, "EUR 20.00"), line("MUG", 2, "EUR 10.00"))).get();
        assertThat(placed.payment().authorized()).isEqualTo(Money.parse("EUR 40.00"));
        assertThat(placed.prepayments().captured(EUR)).isEqualTo(Money.parse("EUR 20.00"));
        assertThat(placed.prepayments().unshipped(BOOK_LINE)).isEqualTo(1);
        assertThat(gatewayCaptured(placed.id())).isEqualTo(Money.parse("EUR 20.00"));

        // One in-stock mug ships first and is captured at shipment: it was not prepaid.
        pickAll(placed.id());
        Order mugShipped = packAndShip(placed.id(), MUG_LINE, 1, "mug-1");
        assertThat(mugShipped.payment().captured()).isEqualTo(Money.parse("EUR 10.00"));
        assertThat(mugShipped.payment().openAuthorized()).as("the other mug").isEqualTo(Money.parse("EUR 10.00"));

        // Released a month later: nothing lapses and nothing is authorised again, since the book is paid for.
        shop.receive("print-run", "BOOK", 1);
        shop.clock.set(RELEASE);
        shop.oms.inbound().release(BOOK, "launch").get();
        assertThat(shop.order(placed.id()).line(BOOK_LINE).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1);
        assertThat(shop.order(placed.id()).payment().authorized()).isEqualTo(Money.parse("EUR 40.00"));

        // The book ships while the other mug's authorisation is still open: none of it is taken for the book.
        pickAll(placed.id());
        Order bookShipped = packAndShip(placed.id(), BOOK_LINE, 1, "book");
        var bookPackage = bookShipped.packages().keySet().last();
        assertThat(bookShipped.payment().capturedFor(bookPackage).isZero()).isTrue();
        assertThat(bookShipped.prepayments().appliedTo(bookPackage, EUR)).isEqualTo(Money.parse("EUR 20.00"));
        assertThat(bookShipped.prepayments().unshipped(BOOK_LINE)).isZero();
        assertThat(bookShipped.payment().openAuthorized()).isEqualTo(Money.parse("EUR 10.00"));
        assertThat(gatewayCaptured(placed.id())).isEqualTo(Money.parse("EUR 30.00"));

        Order shipped = packAndShip(placed.id(), MUG_LINE, 1, "mug-2");
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.payment().captured()).as("captured at shipment").isEqualTo(Money.parse("EUR 20.00"));
        assertThat(gatewayCaptured(placed.id())).isEqualTo(Money.parse("EUR 40.00"));
        assertThat(shipped.outstanding().isZero()).isTrue();
        assertThat(PendingEffects.of(shipped)).isEmpty();
    }

    @Test
    void cancelledPrepaidPreorderIsRefunded() {
        Order placed = shop.oms.orders().place(order("P-1", line("BOOK", 2, "EUR 20.00"))).get();
        assertThat(placed.prepayments().captured(EUR)).isEqualTo(Money.parse("EUR 40.00"));

        Order partly = shop.oms.orders().cancel(placed.id(), CancelRequest.units("c1", BOOK_LINE, 1, "only one")).map(Cancelled::order).get();
        assertThat(partly.prepayments().refunded(EUR)).isEqualTo(Money.parse("EUR 20.00"));
        assertThat(partly.prepayments().unshipped(BOOK_LINE)).isEqualTo(1);
        assertThat(shop.adapters.payments().refunded(placed.id(), EUR)).isEqualTo(Money.parse("EUR 20.00"));
        assertThat(partly.outstanding().isZero()).isTrue();

        Order cancelled = shop.oms.orders().cancel(placed.id(), CancelRequest.wholeOrder("c2", "changed mind")).map(Cancelled::order).get();
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.prepayments().refunded(EUR)).isEqualTo(Money.parse("EUR 40.00"));
        assertThat(shop.adapters.payments().refunded(placed.id(), EUR)).isEqualTo(Money.parse("EUR 40.00"));
        assertThat(gatewayCaptured(placed.id())).isEqualTo(Money.parse("EUR 40.00"));
        assertThat(PendingEffects.of(cancelled)).isEmpty();
    }

    @Test
    void aDeclinedRefundHoldsThePaymentUntilRetried() {
        AtomicBoolean declineRefunds = new AtomicBoolean(true);
        Ports ports = shop.adapters.ports(shop.clock);
        PaymentGateway gateway = new RefundDeclining(ports.payments(), declineRefunds);
        OrderManagement oms = OrderManagement.builder()
                .ports(new Ports(ports.orders(), ports.inventory(), gateway, ports.carrier(), ports.notifications(),
                        ports.catalog(), ports.ids(), ports.clock()))
                .preorderPayment(PreorderPaymentPolicy.chargeAtPlacement()).build();
        Order placed = oms.orders().place(order("P-1", line("BOOK", 1, "EUR 20.00"))).get();

        Order declined = oms.orders().cancel(placed.id(), CancelRequest.wholeOrder("c", "changed mind")).map(Cancelled::order).get();
        assertThat(declined.payment().onHold()).isTrue();
        assertThat(declined.payment().hold().get()).contains("refund").contains("PROVIDER_DOWN");
        assertThat(declined.prepayments().refundsOwed()).hasSize(1);
        assertThat(shop.adapters.payments().refunded(placed.id(), EUR).isZero()).isTrue();

        declineRefunds.set(false);
        Order refunded = oms.payments().retry(placed.id(), "retry-1", Optional.empty()).get();
        assertThat(refunded.payment().onHold()).isFalse();
        assertThat(refunded.prepayments().refundsOwed()).isEmpty();
        assertThat(shop.adapters.payments().refunded(placed.id(), EUR)).isEqualTo(Money.parse("EUR 20.00"));
    }

    private Money gatewayCaptured(OrderId id) {
        return shop.adapters.payments().captured(id, EUR);
    }

    private void pickAll(OrderId id) {
        Order order = shop.oms.warehouse().createPickLists(id).map(PickListsCreated::order).get();
        order.pickLists().values().filter(p -> p.open()).forEach(p -> shop.oms.warehouse().confirmPicked(id, p.id()).get());
    }

    private Order packAndShip(OrderId id, LineId line, long units, String tag) {
        Order packed = shop.oms.warehouse().confirmPacked(id, PackRequest.of("pack-" + tag, EAST, List.of(new PackageItem(line, units)))).map(Packed::order).get();
        return shop.oms.warehouse().ship(id, packed.packages().keySet().last(), "ground").map(Shipped::order).get();
    }

    /** A provider that declines every refund while told to, and otherwise passes calls on. */
    private static final class RefundDeclining extends ForwardingPaymentGateway {
        private final AtomicBoolean declining;

        RefundDeclining(PaymentGateway delegate, AtomicBoolean declining) {
            super(delegate);
            this.declining = declining;
        }

        @Override
        public RefundResult refund(RefundRequest request) {
            return declining.get() ? new RefundResult.Declined("PROVIDER_DOWN") : delegate().refund(request);
        }
    }
}
