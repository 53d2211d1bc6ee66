// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.examples;

import dev.oms.inmemory.SettableClock;
import dev.oms.core.application.OrderManagement;
import dev.oms.core.application.OrderManagementBuilder;
import dev.oms.core.application.StockReceipt;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.backorder.BackorderTerms;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.indent.SupplierShortfall;
import dev.oms.core.order.Order;
import dev.oms.core.placement.LineRequest;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.inmemory.InMemorySupplierGateway;
import dev.oms.spi.value.Address;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.CustomerRef;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The scripted orders that wait for something, placed after the first wave of the trading day and
 * played out in the days after it: a {@link Launch} (pre-orders filled at release), a {@link StockOut}
 * (backorders filled by later receipts) and {@link IndentOrders} (units bought from a supplier and
 * ring-fenced). The script is fixed: it draws nothing from the seed, so each story ends the same way on
 * every run.
 */
final class WaitingStories {
    /** How many orders the stories place. */
    static final int ORDERS = Launch.ORDERS + StockOut.ORDERS + IndentOrders.ORDERS;
    /** Knife-set orders of this many units or more are bought from the supplier for their customer. */
    static final long BULK = 10;

    private static final Address CAFE = Address.builder().recipient("Kaffeehaus Noether").addLines("2 Ringstrasse")
            .city("Erlangen").postalCode("91054").countryCode("DE").build();

    private final OrderManagement oms;
    private final Warehouse warehouse;
    private final SettableClock clock;
    private final HostLedger ledger;
    private final Launch launch;
    private final StockOut stockOut;
    private final IndentOrders indents;

    WaitingStories(OrderManagement oms, InMemorySupplierGateway supplier, Warehouse warehouse, SettableClock clock,
            HostLedger ledger) {
        this.oms = oms;
        this.warehouse = warehouse;
        this.clock = clock;
        this.ledger = ledger;
        this.launch = new Launch(this, oms);
        this.stockOut = new StockOut(this, oms);
        this.indents = new IndentOrders(this, oms, supplier);
    }

    /**
     * The shop's waiting rules: the grinder, the scale and the knife set may be backordered (each with the
     * date the shop expects stock), and bulk knife-set orders are bought from the knife maker.
     */
    static OrderManagementBuilder policies(OrderManagementBuilder builder) {
        return builder.backorderPolicy(backorders()).indentPolicy(new BulkKnifeSets());
    }

    /** Which SKUs the shop lets wait for stock, and when it expects them. */
    static BackorderPolicy backorders() {
        return BackorderPolicy.perSku(HashMap.of(
                Shop.GRINDER.sku(), BackorderTerms.allowedWithoutLimit().expectedOn(LocalDate.parse("2026-03-09")),
                Shop.SCALE.sku(), BackorderTerms.allowedWithoutLimit().expectedOn(LocalDate.parse("2026-03-04")),
                Shop.KNIFE_SET.sku(), BackorderTerms.allowedWithoutLimit().expectedOn(LocalDate.parse("2026-03-20"))));
    }

    /** Bulk knife-set orders are bought from the knife maker; units it cannot commit wait for the shop's stock. */
    private static final class BulkKnifeSets implements IndentPolicy {
        @Override
        public Option<LocationId> supplierFor(Sku sku, long quantity, Channel channel) {
            return sku.equals(Shop.KNIFE_SET.sku()) && quantity >= BULK ? Option.some(Shop.SUPPLIER) : Option.none();
        }

        @Override
        public SupplierShortfall onShortfall(Sku sku) {
            return SupplierShortfall.BACKORDER;
        }
    }

    /** The stories' orders, placed during the trading day; what stock covers ships at once. */
    void placeOrders() {
        launch.placeOrders();
        stockOut.placeOrders();
        indents.placeOrders();
    }

    /** The days after the trading day: receipts, supplier answers, the launch, and the shipments they allow. */
    void followingDays() {
        at("2026-03-04T07:30:00Z");
        stockOut.oneCustomerGivesUp();
        at("2026-03-04T08:00:00Z");
        stockOut.firstReceipt();
        indents.supplierAnswers();
        at("2026-03-04T14:00:00Z");
        stockOut.secondReceipt();
        at("2026-03-05T10:00:00Z");
        launch.firstShipmentBeforeTheRelease();
        indents.goodsArrive();
        at("2026-03-06T09:30:00Z");
        launch.release();
        at("2026-03-08T10:00:00Z");
        launch.secondShipment();
    }

    /** Places one single-line order paid by card, as the host's own channel would send it. */
    Order place(Channel channel, String externalId, Shop.Item item, long units) {
        clock.advance(Duration.ofMinutes(1));
        PlaceOrder command = PlaceOrder.builder()
                .channel(channel)
                .externalId(externalId)
                .customer(CustomerRef.of("C-" + externalId))
                .shipTo(CAFE)
                .paymentMethod(PaymentMethod.card("tok_card_" + externalId))
                .lines(List.of(new LineRequest(item.sku(), units, item.price())))
                .build();
        ledger.submitted();
        Order order = oms.orders().place(command).getOrElseThrow(
                rejection -> new IllegalStateException("story order " + externalId + " was rejected: " + rejection));
        ledger.accepted(order.id(), units, false);
        return deliver(order.id());
    }

    /** Books goods in as stock; the orders they fill are picked, packed and shipped at once. */
    void receive(String receiptId, Shop.Item item, LocationId warehouseId, long units) {
        ledger.received(item.sku(), warehouseId, units);
        oms.inbound().receiveStock(new StockReceipt(receiptId, item.sku(), warehouseId, units))
                .getOrElseThrow(
                        rejection -> new IllegalStateException("receipt " + receiptId + " was rejected: " + rejection))
                .forEach(order -> deliver(order.id()));
    }

    /** Notes goods received against a supplier purchase, which oms books in itself, ring-fenced. */
    void receivedForPurchase(Shop.Item item, LocationId warehouseId, long units) {
        ledger.receivedForPurchase(item.sku(), warehouseId, units);
    }

    Order deliver(OrderId id) {
        return warehouse.deliverAllocated(id, "ground");
    }

    void cancelRequested(long units) {
        ledger.cancelRequested(units);
    }

    private void at(String instant) {
        clock.advanceTo(Instant.parse(instant), Duration.ofMinutes(1));
    }
}
