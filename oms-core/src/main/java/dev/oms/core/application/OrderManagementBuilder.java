// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.allocation.LocationPriorityAllocation;
import dev.oms.core.approval.ApprovalPolicy;
import dev.oms.core.returns.ReturnPolicy;
import dev.oms.core.stockloss.StockLossPolicy;
import dev.oms.core.stockloss.StockLossResponse;
import dev.oms.core.availability.AvailabilityPolicy;
import dev.oms.core.availability.HoldRules;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.dropship.DropshipPolicy;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.routing.RoutingStrategy;
import dev.oms.core.routing.Strategies;
import dev.oms.spi.IdGenerator;
import dev.oms.spi.Ports;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.catalog.Catalog;
import dev.oms.spi.inventory.InventoryStore;
import dev.oms.spi.notification.NotificationSender;
import dev.oms.spi.order.OrderStore;
import dev.oms.spi.payment.PaymentGateway;
import dev.oms.spi.payment.StoreCredit;
import dev.oms.spi.pricing.Pricing;
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.fulfilment.FulfilmentService;
import dev.oms.spi.supplier.SupplierGateway;
import dev.oms.spi.value.Require;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * Wires the {@link OrderManagement} facade to the host's ports. Every port is required (orders, inventory, payments, carrier,
 * notifications, catalog, ids, clock); the policies and the pricing port have defaults; a hold store, a supplier
 * gateway, a fulfilment service, back-in-stock subscriptions and a store-credit port are optional.
 */
public final class OrderManagementBuilder {
    /** Orders whose evolved state is kept unless the host says otherwise. */
    public static final int DEFAULT_EVOLVED_ORDERS_KEPT = 4_096;
    private OrderStore orders;
    private InventoryStore inventory;
    private PaymentGateway payments;
    private ShippingCarrier carrier;
    private NotificationSender notifications;
    private Catalog catalog;
    private IdGenerator ids;
    private Clock clock;
    private AllocationPolicy allocationPolicy = new LocationPriorityAllocation();
    private HoldStore holdStore;
    private RoutingStrategy holdRouting = Strategies.priority();
    private AvailabilityPolicy availabilityPolicy = AvailabilityPolicy.fromStock();
    private PreorderPolicy preorderPolicy = PreorderPolicy.catalogueCapOnly();
    private BackorderPolicy backorderPolicy = BackorderPolicy.none();
    private PreorderPaymentPolicy preorderPayment = PreorderPaymentPolicy.defaults();
    private IndentPolicy indentPolicy;
    private DropshipPolicy dropshipPolicy;
    private SupplierGateway supplierGateway;
    private FulfilmentService fulfilmentService;
    private int evolvedOrdersKept = DEFAULT_EVOLVED_ORDERS_KEPT;
    private Executor notificationDelivery;
    private ApprovalPolicy approvalPolicy = ApprovalPolicy.none();
    private StockLossPolicy stockLossPolicy = StockLossPolicy.always(StockLossResponse.REROUTE);
    private java.time.Duration holdTimeToLiveLimit = HoldRules.DEFAULT_MAX_TIME_TO_LIVE;
    private Pricing pricing = Pricing.asOffered();
    private ReturnPolicy returnPolicy = ReturnPolicy.defaults();
    private Invoicing invoicing = Invoicing.inMemory();
    private BackInStock backInStock;
    private StoreCredit storeCredit;

    OrderManagementBuilder() {}

    /** {@return this builder} Where orders' event logs are stored. Required.
     * @param orders the host's order store */
    public OrderManagementBuilder orders(OrderStore orders) { this.orders = orders; return this; }

    /** {@return this builder} Stock per SKU and location, reservations and receipts. Required.
     * @param inventory the host's inventory store */
    public OrderManagementBuilder inventory(InventoryStore inventory) { this.inventory = inventory; return this; }

    /** {@return this builder} Authorises, captures and refunds payments. Required.
     * @param payments the host's payment gateway */
    public OrderManagementBuilder payments(PaymentGateway payments) { this.payments = payments; return this; }

    /** {@return this builder} Buys and voids shipping labels. Required.
     * @param carrier the host's shipping carrier */
    public OrderManagementBuilder carrier(ShippingCarrier carrier) { this.carrier = carrier; return this; }

    /** {@return this builder} Sends customer notices. Required.
     * @param notifications the host's notification sender */
    public OrderManagementBuilder notifications(NotificationSender notifications) { this.notifications = notifications; return this; }

    /** {@return this builder} Products, prices and release dates. Required.
     * @param catalog the host's catalogue */
    public OrderManagementBuilder catalog(Catalog catalog) { this.catalog = catalog; return this; }

    /** {@return this builder} Makes order and operation ids; oms makes no random ids itself. Required.
     * @param ids the host's id generator */
    public OrderManagementBuilder ids(IdGenerator ids) { this.ids = ids; return this; }

    /** {@return this builder} Where time comes from; oms never reads the system clock itself. Required.
     * @param clock the host's clock */
    public OrderManagementBuilder clock(Clock clock) { this.clock = clock; return this; }

    /**
     * {@return this builder} Prices orders at placement: unit prices, discounts, taxes and the shipping charge, from
     * the host's promotion engine and tax service. {@link Pricing#asOffered()} by default: the prices the channel
     * sent, no discount, no tax, no shipping charge.
     * @param pricing the host's pricing port
     */
    public OrderManagementBuilder pricing(Pricing pricing) {
        this.pricing = Require.nonNull(pricing, "pricing");
        return this;
    }

    /** {@return this builder} How long after delivery units may be returned; {@link ReturnPolicy#defaults()} (30 days) by default.
     * @param returnPolicy the host's return policy */
    public OrderManagementBuilder returnPolicy(ReturnPolicy returnPolicy) { this.returnPolicy = Require.nonNull(returnPolicy, "returnPolicy"); return this; }

    /** {@return this builder} Numbers {@link Documents#invoice}s; by default in memory, counting from 1 again after a restart ({@link Invoicing}).
     * @param invoicing the host's invoice numbers port (a durable one for real invoices), series and seller */
    public OrderManagementBuilder invoicing(Invoicing invoicing) { this.invoicing = Require.nonNull(invoicing, "invoicing"); return this; }

    /** {@return this builder} Back-in-stock subscriptions, their alerts and how many to tell ({@link BackInStock}); none by default.
     * @param backInStock the host's subscription store, alert sender and policy */
    public OrderManagementBuilder backInStock(BackInStock backInStock) { this.backInStock = Require.nonNull(backInStock, "backInStock"); return this; }

    /** {@return this builder} Issues money owed back as store credit or gift cards ({@code RefundTender.STORE_CREDIT}); none
     * by default, and asking for store credit is then refused ({@code STORE_CREDIT_UNAVAILABLE}).
     * @param storeCredit the host's store-credit port */
    public OrderManagementBuilder storeCredit(StoreCredit storeCredit) { this.storeCredit = Require.nonNull(storeCredit, "storeCredit"); return this; }

    /** {@return this builder, with every required port taken from one bundle}
     * @param ports the bundle */
    public OrderManagementBuilder ports(Ports ports) {
        Require.nonNull(ports, "ports");
        return orders(ports.orders()).inventory(ports.inventory()).payments(ports.payments()).carrier(ports.carrier())
                .notifications(ports.notifications()).catalog(ports.catalog()).ids(ports.ids()).clock(ports.clock());
    }

    /** {@return this builder} Chooses where an order's units are reserved; {@link LocationPriorityAllocation} by default.
     * @param allocationPolicy the allocation policy */
    public OrderManagementBuilder allocationPolicy(AllocationPolicy allocationPolicy) { this.allocationPolicy = Require.nonNull(allocationPolicy, "allocationPolicy"); return this; }

    /** {@return this builder; without a hold store, the hold methods answer {@code HOLDS_NOT_CONFIGURED}}
     * @param holdStore where checkout holds are kept */
    public OrderManagementBuilder holds(HoldStore holdStore) { this.holdStore = Require.nonNull(holdStore, "holdStore"); return this; }

    /** {@return this builder} Chooses where a checkout hold's units are reserved; {@link Strategies#priority()} by default.
     * @param holdRouting the routing strategy for holds */
    public OrderManagementBuilder holdRouting(RoutingStrategy holdRouting) { this.holdRouting = Require.nonNull(holdRouting, "holdRouting"); return this; }

    /** {@return this builder} Works out availability to promise; {@link AvailabilityPolicy#fromStock()} by default.
     * @param availabilityPolicy the availability policy */
    public OrderManagementBuilder availabilityPolicy(AvailabilityPolicy availabilityPolicy) {
        this.availabilityPolicy = Require.nonNull(availabilityPolicy, "availabilityPolicy");
        return this;
    }

    /** {@return this builder} Pre-order caps per channel; by default only the catalogue's total cap applies.
     * @param preorderPolicy the pre-order policy */
    public OrderManagementBuilder preorderPolicy(PreorderPolicy preorderPolicy) {
        this.preorderPolicy = Require.nonNull(preorderPolicy, "preorderPolicy");
        return this;
    }

    /** {@return this builder} How long authorisations hold before a filled pre-order authorises again; by default 7 days.
     * @param preorderPayment the pre-order payment policy */
    public OrderManagementBuilder preorderPayment(PreorderPaymentPolicy preorderPayment) {
        this.preorderPayment = Require.nonNull(preorderPayment, "preorderPayment");
        return this;
    }

    /** {@return this builder} Which SKUs may be backordered; by default none, and a short order is rejected.
     * @param backorderPolicy the backorder policy */
    public OrderManagementBuilder backorderPolicy(BackorderPolicy backorderPolicy) {
        this.backorderPolicy = Require.nonNull(backorderPolicy, "backorderPolicy");
        return this;
    }

    /** {@return this builder} Which lines are bought from a supplier for the order; by default none. Needs a supplier gateway.
     * @param indentPolicy the indent policy */
    public OrderManagementBuilder indentPolicy(IndentPolicy indentPolicy) {
        this.indentPolicy = Require.nonNull(indentPolicy, "indentPolicy");
        return this;
    }

    /** {@return this builder} Which lines a supplier ships straight to the customer (dropship); by default none. Needs a
     * fulfilment service, through which the units reach the supplier.
     * @param dropshipPolicy the dropship policy */
    public OrderManagementBuilder dropshipPolicy(DropshipPolicy dropshipPolicy) {
        this.dropshipPolicy = Require.nonNull(dropshipPolicy, "dropshipPolicy");
        return this;
    }

    /** {@return this builder} The supplier port for indent orders.
     * @param supplierGateway the host's supplier gateway */
    public OrderManagementBuilder supplierGateway(SupplierGateway supplierGateway) {
        this.supplierGateway = Require.nonNull(supplierGateway, "supplierGateway");
        return this;
    }

    /** {@return this builder} The port to the services of locations run by others (type {@code THIRD_PARTY}: a 3PL, a
     * marketplace's fulfilment): units allocated there are sent to it instead of being picked. Without it, such a
     * location's units are picked like a warehouse's.
     * @param fulfilmentService the host's fulfilment service */
    public OrderManagementBuilder fulfilmentService(FulfilmentService fulfilmentService) {
        this.fulfilmentService = Require.nonNull(fulfilmentService, "fulfilmentService");
        return this;
    }

    /**
     * How many orders' evolved state the facade keeps between loads ({@value #DEFAULT_EVOLVED_ORDERS_KEPT}
     * by default); a kept order is caught up by reading only its newer commits, another one is read and
     * replayed whole. 0 keeps none. {@link OrderQueries#cacheStatistics()} shows hits and misses.
     * @param orders how many orders to keep, 0 or more
     * @return this builder
     */
    public OrderManagementBuilder evolvedOrdersKept(int orders) {
        if (orders < 0) {
            throw new IllegalArgumentException("evolvedOrdersKept cannot be negative, was " + orders);
        }
        this.evolvedOrdersKept = orders;
        return this;
    }

    /**
     * Where customer notifications are sent from; by default the caller's thread, as the last step of the command
     * that made them due. Given an executor, a command returns without waiting for the provider: the executor
     * sends what the order owes, and a notification lost with the process is sent by {@link Recovery#resumeAll()}.
     * @param executor runs the sending of an order's notifications
     * @return this builder
     */
    public OrderManagementBuilder notificationDelivery(Executor executor) {
        this.notificationDelivery = Require.nonNull(executor, "executor");
        return this;
    }

    /**
     * The host's rules that hold a new order for approval as it is placed; none by default. Holds are also placed
     * by hand through {@link OrderManagement#approvals()}.
     * @param approvalPolicy the rules, pure functions of the placed order
     * @return this builder
     */
    public OrderManagementBuilder approvalPolicy(ApprovalPolicy approvalPolicy) {
        this.approvalPolicy = Require.nonNull(approvalPolicy, "approvalPolicy");
        return this;
    }

    /**
     * What happens to orders whose units a stock adjustment found gone ({@link OrderManagement#stocktaking()}):
     * by default they are routed again ({@link StockLossResponse#REROUTE}), waiting where no stock is.
     * @param stockLossPolicy the answer per SKU, location and channel
     * @return this builder
     */
    public OrderManagementBuilder stockLossPolicy(StockLossPolicy stockLossPolicy) {
        this.stockLossPolicy = Require.nonNull(stockLossPolicy, "stockLossPolicy");
        return this;
    }

    /**
     * The longest a checkout hold may live ({@link HoldRules#DEFAULT_MAX_TIME_TO_LIVE}, 24 hours, by default): a
     * {@code placeHold} asking longer is refused with {@code HOLD_TIME_OUT_OF_RANGE}. A shop whose checkout takes
     * days (quotes, bank transfers) raises it; a long hold keeps its units from everyone else until it ends.
     * @param limit the longest time to live; positive
     * @return this builder
     */
    public OrderManagementBuilder holdTimeToLiveLimit(java.time.Duration limit) {
        Require.nonNull(limit, "limit");
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a hold's time-to-live limit must be positive, was " + limit);
        }
        this.holdTimeToLiveLimit = limit;
        return this;
    }

    /**
     * {@return the facade, wired to the ports given}
     *
     * @throws IllegalStateException naming every required port not given, or when an indent policy is
     *     set without a supplier gateway, or a dropship policy without a fulfilment service
     */
    public OrderManagement build() {
        Ports ports = RequiredPorts.of(orders, inventory, payments, carrier, notifications, catalog, ids, clock);
        RequiredPorts.checkPoliciesHaveTheirPorts(indentPolicy, supplierGateway, dropshipPolicy, fulfilmentService);
        return new OrderManagement(Wiring.of(ports, Option.of(supplierGateway), Option.of(fulfilmentService), Option.of(holdStore),
                new Wiring.Policies(allocationPolicy, preorderPolicy, preorderPayment,
                        indentPolicy == null ? IndentPolicy.none() : indentPolicy, backorderPolicy, holdRouting,
                        availabilityPolicy, evolvedOrdersKept, Option.of(notificationDelivery), approvalPolicy,
                        holdTimeToLiveLimit, stockLossPolicy, dropshipPolicy == null ? DropshipPolicy.none() : dropshipPolicy,
                        pricing, returnPolicy), invoicing, Option.of(backInStock), Option.of(storeCredit)));
    }
}
