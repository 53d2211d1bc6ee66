// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core;

import dev.oms.core.application.Cancelled;
import static dev.oms.core.TestShop.EAST;
import static dev.oms.core.TestShop.line;
import static dev.oms.core.TestShop.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.core.application.CancelRequest;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PurchaseReceipt;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.indent.SupplierShortfall;
import dev.oms.core.order.Order;
import dev.oms.spi.order.OrderStatus;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.ForwardingInventoryStore;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.notification.Notification.Kind;
import dev.oms.spi.notification.Notification;
import dev.oms.spi.supplier.PurchaseRequest;
import dev.oms.spi.supplier.SupplierConfirmation;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PurchaseId;
import dev.oms.spi.value.Sku;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class IndentTest {
    private static final LineId L1 = LineId.of("L1");
    private static final Sku CONSOLE = Sku.of("PS5");
    private static final LocationId SONY = LocationId.of("SUP-SONY");
    private static final LocalDate NEXT_MONTH = LocalDate.parse("2026-04-01");

    private final InMemoryAdapters adapters = InMemoryAdapters.create();

    /** Orders of 1,000 consoles or more are bulk orders for retailers, bought from the supplier for them. */
    private OrderManagement shop(SupplierShortfall onShortfall, BackorderPolicy backorders, long consolesInStock) {
        adapters.inventory()
                .addLocation(Location.of(EAST, "East warehouse", LocationType.WAREHOUSE, 1))
                .addLocation(new Location(SONY, "Sony", LocationType.SUPPLIER, 9, Optional.empty(), false));
        adapters.catalog().add(new Product(CONSOLE, "Console"));
        adapters.inventory().setStock(CONSOLE, EAST, consolesInStock, "E-PS5");
        IndentPolicy bulkFromSony = new IndentPolicy() {
            @Override
            public Option<LocationId> supplierFor(Sku sku, long quantity, Channel channel) {
                return quantity >= 1_000 ? Option.some(SONY) : Option.none();
            }

            @Override
            public SupplierShortfall onShortfall(Sku sku) {
                return onShortfall;
            }
        };
        return OrderManagement.builder().ports(adapters.ports(TestShop.CLOCK)).indentPolicy(bulkFromSony)
                .supplierGateway(adapters.suppliers()).backorderPolicy(backorders).build();
    }

    @Test
    void consoleIndentOrderHoldsFiveThousandUnitsForOneRetailer() {
        OrderManagement oms = shop(SupplierShortfall.CANCEL, BackorderPolicy.none(), 100);
        Order retailer = oms.orders().place(order("RETAILER-1", line("PS5", 5_000, "EUR 400.00"))).get();
        assertThat(retailer.status()).isEqualTo(OrderStatus.AWAITING_SUPPLIER);
        assertThat(retailer.line(L1).get().count(Bucket.AWAITING_SUPPLIER)).isEqualTo(5_000);
        assertThat(retailer.payment().authorized()).isEqualTo(Money.parse("EUR 2000000.00"));
        PurchaseRequest request = adapters.suppliers().requests().get(0);
        assertThat(request.quantity()).isEqualTo(5_000);
        assertThat(request.supplier()).isEqualTo(SONY);
        assertThat(stock().reserved()).isZero();

        oms.inbound().recordSupplierAnswer(retailer.id(), SupplierConfirmation.committed(request.purchaseId(), 5_000, NEXT_MONTH)).get();
        assertThat(notifications(retailer.id(), Kind.SUPPLIER_CONFIRMED).get(0).details())
                .containsEntry("committed", "5000").containsEntry("expectedOn", "2026-04-01");

        Order half = oms.inbound().receivePurchase(retailer.id(), new PurchaseReceipt("GR-1", request.purchaseId(), EAST, 3_000)).get();
        assertThat(half.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(3_000);
        assertThat(half.line(L1).get().count(Bucket.AWAITING_SUPPLIER)).isEqualTo(2_000);
        assertThat(stock().onHand()).isEqualTo(3_100);
        assertThat(stock().reserved()).isEqualTo(3_000);
        assertThat(stock().available()).isEqualTo(100);

        // Other customers want consoles too: the retailer's units are not theirs, whatever they order.
        assertThat(oms.orders().place(order("W-FAN-1", line("PS5", 101, "EUR 550.00"))).getLeft().codes())
                .containsExactly(ProblemCode.INSUFFICIENT_STOCK);
        assertThat(oms.orders().place(order("W-FAN-2", line("PS5", 100, "EUR 550.00"))).isRight()).isTrue();
        assertThat(oms.orders().place(order("W-FAN-3", line("PS5", 1, "EUR 550.00"))).isLeft()).isTrue();

        Order all = oms.inbound().receivePurchase(retailer.id(), new PurchaseReceipt("GR-2", request.purchaseId(), EAST, 2_000)).get();
        assertThat(all.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(5_000);
        assertThat(all.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(stock().reserved()).isEqualTo(5_100);
        assertThat(stock().ringFenced()).isZero();

        var tooMuch = oms.inbound().receivePurchase(retailer.id(), new PurchaseReceipt("GR-3", request.purchaseId(), EAST, 1));
        assertThat(tooMuch.getLeft().codes()).containsExactly(ProblemCode.QUANTITY_TOO_LARGE);
        assertThat(stock().onHand()).isEqualTo(5_100);
        // The same receipt again adds nothing.
        oms.inbound().receivePurchase(retailer.id(), new PurchaseReceipt("GR-2", request.purchaseId(), EAST, 2_000)).get();
        assertThat(stock().onHand()).isEqualTo(5_100);
    }

    @Test
    void supplierShortConfirmationCancelsTheRestAndTellsTheCustomer() {
        OrderManagement oms = shop(SupplierShortfall.CANCEL, BackorderPolicy.none(), 0);
        Order retailer = oms.orders().place(order("RETAILER-2", line("PS5", 5_000, "EUR 400.00"))).get();
        PurchaseId purchaseId = adapters.suppliers().requests().get(0).purchaseId();
        Order answered = oms.inbound().recordSupplierAnswer(retailer.id(), new SupplierConfirmation(purchaseId, 3_000,
                Optional.of(NEXT_MONTH), Optional.of("allocation cut"))).get();
        assertThat(answered.line(L1).get().count(Bucket.AWAITING_SUPPLIER)).isEqualTo(3_000);
        assertThat(answered.line(L1).get().count(Bucket.CANCELLED)).isEqualTo(2_000);
        assertThat(answered.status()).isEqualTo(OrderStatus.AWAITING_SUPPLIER);
        assertThat(notifications(retailer.id(), Kind.SUPPLIER_SHORT).get(0).details())
                .containsEntry("units", "2000").containsEntry("outcome", "CANCELLED").containsEntry("reason", "allocation cut");
        // The supplier answers once: another answer to the same purchase is refused and changes nothing.
        assertThat(oms.inbound().recordSupplierAnswer(retailer.id(), SupplierConfirmation.committed(purchaseId, 5_000, NEXT_MONTH))
                .getLeft().codes()).containsExactly(ProblemCode.IDEMPOTENCY_KEY_REUSED);
        assertThat(oms.queries().find(retailer.id()).get().line(L1).get().count(Bucket.CANCELLED)).isEqualTo(2_000);
    }

    @Test
    void supplierRejectionBackordersTheUnitsWhenThePolicySaysSo() {
        OrderManagement oms = shop(SupplierShortfall.BACKORDER,
                BackorderPolicy.always(BackorderTerms.allowedWithoutLimit()), 0);
        Order retailer = oms.orders().place(order("RETAILER-3", line("PS5", 2_000, "EUR 400.00"))).get();
        PurchaseId purchaseId = adapters.suppliers().requests().get(0).purchaseId();
        Order rejected = oms.inbound().recordSupplierAnswer(retailer.id(), SupplierConfirmation.rejected(purchaseId, "sold out")).get();
        assertThat(rejected.line(L1).get().count(Bucket.BACKORDERED)).isEqualTo(2_000);
        assertThat(rejected.status()).isEqualTo(OrderStatus.AWAITING_STOCK);

        oms.inbound().receiveStock(new StockReceipt("GR-ordinary", CONSOLE, EAST, 2_000)).get();
        assertThat(oms.queries().find(retailer.id()).get().line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(2_000);
    }

    @Test
    void unitsTheSupplierDidNotCommitAreSourcedAgainFromStockOrCancelled() {
        OrderManagement oms = shop(SupplierShortfall.RESOURCE, BackorderPolicy.none(), 100);
        Order first = oms.orders().place(order("RETAILER-4", line("PS5", 1_000, "EUR 400.00"))).get();
        PurchaseId firstPurchase = adapters.suppliers().requests().get(0).purchaseId();
        Order fromStock = oms.inbound().recordSupplierAnswer(first.id(), SupplierConfirmation.committed(firstPurchase, 950, NEXT_MONTH)).get();
        assertThat(fromStock.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(50);
        assertThat(fromStock.line(L1).get().count(Bucket.AWAITING_SUPPLIER)).isEqualTo(950);

        Order second = oms.orders().place(order("RETAILER-5", line("PS5", 1_000, "EUR 400.00"))).get();
        PurchaseId secondPurchase = adapters.suppliers().requests().get(1).purchaseId();
        Order cancelled = oms.inbound().recordSupplierAnswer(second.id(), SupplierConfirmation.committed(secondPurchase, 900, NEXT_MONTH)).get();
        assertThat(cancelled.line(L1).get().count(Bucket.ALLOCATED, EAST)).isZero();
        assertThat(cancelled.line(L1).get().count(Bucket.CANCELLED)).isEqualTo(100);
        assertThat(cancelled.line(L1).get().count(Bucket.AWAITING_SUPPLIER)).isEqualTo(900);
        assertThat(cancelled.units(Bucket.PENDING)).isZero();
    }

    @Test
    void goodsReceivedWhileTheInventoryFailsStayRingFencedUntilResumed() {
        shop(SupplierShortfall.CANCEL, BackorderPolicy.none(), 0);
        FencingOutage inventory = new FencingOutage(adapters.inventory());
        var real = adapters.ports(TestShop.CLOCK);
        OrderManagement oms = OrderManagement.builder()
                .ports(new Ports(real.orders(), inventory, real.payments(), real.carrier(), real.notifications(),
                        real.catalog(), real.ids(), real.clock()))
                .indentPolicy((sku, quantity, channel) -> quantity >= 1_000 ? Option.some(SONY) : Option.none())
                .supplierGateway(adapters.suppliers()).build();
        Order retailer = oms.orders().place(order("RETAILER-7", line("PS5", 1_000, "EUR 400.00"))).get();
        PurchaseId purchaseId = adapters.suppliers().requests().get(0).purchaseId();
        oms.inbound().recordSupplierAnswer(retailer.id(), SupplierConfirmation.committed(purchaseId, 1_000, NEXT_MONTH)).get();

        inventory.failing = true;
        Order received = oms.inbound().receivePurchase(retailer.id(), new PurchaseReceipt("GR-1", purchaseId, EAST, 1_000)).get();
        assertThat(received.line(L1).get().count(Bucket.ALLOCATED, EAST)).isEqualTo(1_000);
        assertThat(received.ringFencesOwed()).hasSize(1);
        assertThat(stock().ringFenced()).isEqualTo(1_000);
        assertThat(oms.orders().place(order("W-FAN", line("PS5", 1, "EUR 550.00"))).getLeft().codes())
                .containsExactly(ProblemCode.INSUFFICIENT_STOCK);

        inventory.failing = false;
        Order resumed = oms.recovery().resume(retailer.id()).get();
        assertThat(resumed.ringFencesOwed()).isEmpty();
        assertThat(stock()).isEqualTo(new StockLevel(CONSOLE, EAST, 1_000, 1_000, 0, "E-PS5"));
    }

    /** An inventory whose ring-fence conversion is down until told otherwise. */
    private static final class FencingOutage extends ForwardingInventoryStore {
        private boolean failing;

        FencingOutage(InventoryStore real) {
            super(real);
        }

        @Override
        public void reserveRingFenced(String key, List<StockMovement> movements) {
            if (failing) {
                throw new IllegalStateException("simulated inventory outage");
            }
            delegate().reserveRingFenced(key, movements);
        }
    }

    @Test
    void unitsCommittedToASupplierAreNotCancellableUntilReceived() {
        OrderManagement oms = shop(SupplierShortfall.CANCEL, BackorderPolicy.none(), 0);
        Order retailer = oms.orders().place(order("RETAILER-6", line("PS5", 1_000, "EUR 400.00"))).get();
        var refused = oms.orders().cancel(retailer.id(), CancelRequest.units("c-1", L1, 10, "fewer")).map(Cancelled::order);
        assertThat(refused.getLeft().codes()).containsExactly(ProblemCode.NOT_CANCELLABLE);
        assertThat(refused.getLeft().problems().head().message()).contains("1000 committed to a supplier");
    }

    private StockLevel stock() {
        return adapters.inventory().stockAt(CONSOLE, EAST).get();
    }

    private List<Notification> notifications(OrderId id, Kind kind) {
        return adapters.notifications().delivered().stream().filter(n -> n.orderId().equals(id) && n.kind() == kind).toList();
    }
}
