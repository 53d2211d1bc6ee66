// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import dev.oms.core.TestShop;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.PackRequest;
import dev.oms.core.application.Packed;
import dev.oms.core.application.PickListsCreated;
import dev.oms.core.application.ReturnDecision;
import dev.oms.core.application.ReturnOpened;
import dev.oms.core.application.ReturnRequest;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.order.Order;
import dev.oms.inmemory.InMemoryAdapters;
import dev.oms.inmemory.InMemoryPricing;
import dev.oms.inmemory.InMemoryPricing.Promotion;
import dev.oms.inmemory.SettableClock;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.LocationType;
import dev.oms.spi.payment.ForwardingPaymentGateway;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.ReturnId;
import dev.oms.spi.value.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The after-sale tests' shop: a warehouse ({@link #WH}) and a store ({@link #STORE}), 3 mugs priced EUR 12.99 with a 10%
 * promotion and 20% VAT (shares 14.03, 14.03, 14.02), backorders allowed, refunds that can fail or be declined, and
 * store credit that can be down ({@link #creditDown}) or declined ({@code adapters.storeCredit().declineWhen}).
 */
final class AfterSaleShop {
    static final LocationId WH = LocationId.of("WH-1");
    static final LocationId STORE = LocationId.of("STORE-1");
    static final LineId MUGS = LineId.of("L1");

    final InMemoryAdapters adapters = InMemoryAdapters.create();
    final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final AtomicBoolean refundsDown = new AtomicBoolean(false);
    final AtomicBoolean refundsDeclined = new AtomicBoolean(false);
    final AtomicBoolean creditDown = new AtomicBoolean(false);
    final OrderManagement oms;

    AfterSaleShop(ReturnPolicy policy) {
        adapters.inventory().addLocation(Location.of(WH, "Warehouse", LocationType.WAREHOUSE, 1));
        adapters.inventory().addLocation(Location.of(STORE, "Store", LocationType.STORE, 2));
        adapters.catalog().add(new Product(Sku.of("MUG"), "Mug"));
        adapters.inventory().setStock(Sku.of("MUG"), WH, 3, "A-MUG");
        Ports ports = adapters.ports(clock);
        Ports flaky = new Ports(ports.orders(), ports.inventory(), new RefundsFailing(ports.payments(), refundsDown, refundsDeclined), ports.carrier(),
                ports.notifications(), ports.catalog(), ports.ids(), ports.clock());
        oms = OrderManagement.builder().ports(flaky).returnPolicy(policy)
                .pricing(InMemoryPricing.asOffered().withTax("GB", new BigDecimal("0.20"))
                        .withPromotion(Promotion.percentOff("SPRING10", BigDecimal.TEN)))
                .backorderPolicy(BackorderPolicy.always(BackorderTerms.allowedWithoutLimit()))
                .storeCredit(request -> {
                    if (creditDown.get()) {
                        throw new IllegalStateException("store-credit provider unreachable");
                    }
                    return adapters.storeCredit().issue(request);
                }).build();
    }

    Order delivered(String externalId, long mugs) {
        Order order = oms.orders().place(TestShop.order(externalId, TestShop.line("MUG", mugs, "EUR 12.99"))).get();
        shipAndDeliver(order, mugs);
        return oms.queries().find(order.id()).get();
    }

    void shipAndDeliver(Order order, long mugs) {
        PickListsCreated lists = oms.warehouse().createPickLists(order.id()).get();
        lists.pickListIds().forEach(list -> oms.warehouse().confirmPicked(order.id(), list).get());
        Packed packed = oms.warehouse().confirmPacked(order.id(), PackRequest.of("pack-" + order.id(), WH,
                List.of(new PackageItem(MUGS, mugs)))).get();
        PackageId parcel = oms.warehouse().ship(order.id(), packed.packageId(), "ground").get().packageId();
        oms.warehouse().confirmDelivery(order.id(), parcel).get();
    }

    ReturnId approved(Order order, long mugs) {
        ReturnOpened opened = oms.returns().request(order.id(), new ReturnRequest("rma-" + mugs,
                List.of(new ReturnRequest.Line(MUGS, mugs, "changed mind")))).get();
        oms.returns().approve(order.id(), new ReturnDecision("ok-" + mugs, opened.returnId().orElseThrow(), "agent 7")).get();
        return opened.returnId().orElseThrow();
    }

    long onHand(LocationId at) {
        return adapters.inventory().stockOf(Sku.of("MUG")).stream().filter(l -> l.locationId().equals(at)).mapToLong(l -> l.onHand()).sum();
    }

    /** A provider whose refunds fail while told to (it is down) or are declined, and that otherwise passes calls on. */
    private static final class RefundsFailing extends ForwardingPaymentGateway {
        private final AtomicBoolean down;
        private final AtomicBoolean declining;

        RefundsFailing(PaymentGateway delegate, AtomicBoolean down, AtomicBoolean declining) {
            super(delegate);
            this.down = down;
            this.declining = declining;
        }

        @Override
        public RefundResult refund(RefundRequest request) {
            if (down.get()) {
                throw new IllegalStateException("payment provider unreachable");
            }
            return declining.get() ? new RefundResult.Declined("CARD_CLOSED") : delegate().refund(request);
        }
    }
}
