// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.Ports;
import java.time.Clock;

/**
 * A complete set of in-memory adapters, one per port, for a host that embeds oms without infrastructure
 * or for a test. Each adapter is fresh and empty: add locations, stock and products through
 * {@link #inventory()} and {@link #catalog()}; script declines through {@link #payments()}.
 */
public final class InMemoryAdapters {
    private final InMemoryOrderStore orders = new InMemoryOrderStore();
    private final InMemoryInventoryStore inventory = new InMemoryInventoryStore();
    private final InMemoryPaymentGateway payments = new InMemoryPaymentGateway();
    private final InMemoryShippingCarrier carrier = InMemoryShippingCarrier.withDefaultServices();
    private final InMemoryNotificationSender notifications = new InMemoryNotificationSender();
    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final InMemoryHoldStore holds = new InMemoryHoldStore();
    private final InMemorySupplierGateway suppliers = new InMemorySupplierGateway();
    private final InMemoryFulfilmentService fulfilment = new InMemoryFulfilmentService();
    private final InMemoryInvoiceNumbers invoiceNumbers = new InMemoryInvoiceNumbers();
    private final InMemoryBackInStockSubscriptions subscriptions = new InMemoryBackInStockSubscriptions();
    private final InMemoryBackInStockAlerts alerts = new InMemoryBackInStockAlerts();
    private final InMemoryStoreCredit storeCredit = new InMemoryStoreCredit();

    private InMemoryAdapters() {}

    /** {@return a fresh set of empty adapters} */
    public static InMemoryAdapters create() {
        return new InMemoryAdapters();
    }

    /** {@return the order store} */
    public InMemoryOrderStore orders() {
        return orders;
    }

    /** {@return the inventory store: locations and stock} */
    public InMemoryInventoryStore inventory() {
        return inventory;
    }

    /** {@return the payment gateway; authorises every card until given a decline rule} */
    public InMemoryPaymentGateway payments() {
        return payments;
    }

    /** {@return the carrier, with the services of {@link InMemoryShippingCarrier#withDefaultServices()}} */
    public InMemoryShippingCarrier carrier() {
        return carrier;
    }

    /** {@return the notification sender, recording what it delivers} */
    public InMemoryNotificationSender notifications() {
        return notifications;
    }

    /** {@return the product catalogue} */
    public InMemoryCatalog catalog() {
        return catalog;
    }

    /** {@return the order id generator} */
    public SequentialIdGenerator ids() {
        return ids;
    }

    /** {@return the checkout holds; not part of {@link Ports}, hand it to the facade's builder with {@code holds(...)}} */
    public InMemoryHoldStore holds() {
        return holds;
    }

    /** {@return the supplier gateway for indent orders; not part of {@link #ports()}, hand it to the facade's builder} */
    public InMemorySupplierGateway suppliers() {
        return suppliers;
    }

    /** {@return the fulfilment service of third-party locations; not part of {@link #ports()}, hand it to the facade's builder} */
    public InMemoryFulfilmentService fulfilment() {
        return fulfilment;
    }

    /** {@return the invoice numbers; not part of {@link #ports()}, hand it to the facade's builder with {@code invoiceNumbers(...)}} */
    public InMemoryInvoiceNumbers invoiceNumbers() {
        return invoiceNumbers;
    }

    /** {@return the back-in-stock subscriptions; not part of {@link #ports()}, hand them to the builder's {@code backInStock(...)}} */
    public InMemoryBackInStockSubscriptions backInStockSubscriptions() {
        return subscriptions;
    }

    /** {@return the back-in-stock alert sender; not part of {@link #ports()}, hand it to the builder's {@code backInStock(...)}} */
    public InMemoryBackInStockAlerts backInStockAlerts() {
        return alerts;
    }

    /** {@return the store-credit port, for refunds not to the original payment; not part of {@link #ports()}, hand it to
     * the builder's {@code storeCredit(...)}} */
    public InMemoryStoreCredit storeCredit() {
        return storeCredit;
    }

    /** {@return every adapter as one bundle for the facade, telling time by the system's UTC clock} */
    public Ports ports() {
        return ports(Clock.systemUTC());
    }

    /**
     * {@return every adapter as one bundle for the facade}
     *
     * @param clock the time oms tells by (a fixed or {@link SettableClock} in tests); the inventory stamps the stock
     *     changes it logs from now on by it too
     */
    public Ports ports(Clock clock) {
        inventory.tellTimeBy(clock);
        return new Ports(orders, inventory, payments, carrier, notifications, catalog, ids, clock);
    }
}
