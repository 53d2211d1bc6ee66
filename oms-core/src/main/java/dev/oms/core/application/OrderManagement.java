// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.allocation.LocationPriorityAllocation;
import dev.oms.core.availability.AvailabilityPolicy;
import dev.oms.core.backorder.BackorderPolicy;
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
import dev.oms.spi.shipping.ShippingCarrier;
import dev.oms.spi.supplier.SupplierGateway;
import dev.oms.spi.value.Require;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * The composition root a host application embeds: built once from the host's ports and policies, it hands
 * out one service per kind of caller. Each command is answered with the order as it now stands (or what it
 * made) or a {@link dev.oms.core.rejection.Rejection} naming every problem; a rejected command stores,
 * reserves, charges and sends nothing.
 *
 * <p>A port that fails leaves its effect pending, and {@link Recovery#resume} runs it again under the same
 * idempotency key. Keys are scoped per order and kind of request: the same key with the same parameters answers
 * as the first call did, with other parameters it is refused ({@code IDEMPOTENCY_KEY_REUSED}). Every entry
 * point first checks what the host sent against {@link dev.oms.core.rejection.InputLimits}. Thread-safe when
 * the ports are; the package description tours the services.
 */
public final class OrderManagement {
    private final Wiring wired;

    private OrderManagement(Wiring wired) {
        this.wired = wired;
    }

    /** {@return a builder to wire the facade to the host's ports and policies} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a facade over a complete set of ports, with default policies}
     * @param ports every port, for example {@code InMemoryAdapters.create().ports()} */
    public static OrderManagement using(Ports ports) {
        return builder().ports(ports).build();
    }

    /** {@return order taking, for a checkout or a channel: place and cancel orders} */
    public OrderTaking orders() {
        return wired.orders();
    }

    /** {@return the storefront: availability to promise and checkout holds} */
    public Storefront storefront() {
        return wired.storefront();
    }

    /** {@return the warehouse: pick lists, packing, labels, shipping and delivery} */
    public Warehouse warehouse() {
        return wired.warehouse();
    }

    /** {@return goods in: stock receipts, releases, release-date moves, supplier answers and purchase receipts} */
    public Inbound inbound() {
        return wired.inbound();
    }

    /** {@return sourcing: allocate pending units, re-route away from a location, explain the routing} */
    public Sourcing sourcing() {
        return wired.sourcing();
    }

    /** {@return payments: retry a held payment} */
    public Payments payments() {
        return wired.payments();
    }

    /** {@return recovery: run the side effects orders still owe} */
    public Recovery recovery() {
        return wired.recovery();
    }

    /** {@return queries: find orders and list them} */
    public OrderQueries queries() {
        return wired.queries();
    }

    /**
     * Wires the facade to the host's ports. Every port is required (orders, inventory, payments, carrier,
     * notifications, catalog, ids, clock); the policies have defaults; a hold store and a supplier gateway
     * are optional.
     */
    public static final class Builder {
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
        private SupplierGateway supplierGateway;
        private int evolvedOrdersKept = DEFAULT_EVOLVED_ORDERS_KEPT;
        private Executor notificationDelivery;

        private Builder() {}

        /** {@return this builder} Where orders' event logs are stored. Required.
         * @param orders the host's order store */
        public Builder orders(OrderStore orders) {
            this.orders = orders;
            return this;
        }

        /** {@return this builder} Stock per SKU and location, reservations and receipts. Required.
         * @param inventory the host's inventory store */
        public Builder inventory(InventoryStore inventory) {
            this.inventory = inventory;
            return this;
        }

        /** {@return this builder} Authorises, captures and refunds payments. Required.
         * @param payments the host's payment gateway */
        public Builder payments(PaymentGateway payments) {
            this.payments = payments;
            return this;
        }

        /** {@return this builder} Buys and voids shipping labels. Required.
         * @param carrier the host's shipping carrier */
        public Builder carrier(ShippingCarrier carrier) {
            this.carrier = carrier;
            return this;
        }

        /** {@return this builder} Sends customer notices. Required.
         * @param notifications the host's notification sender */
        public Builder notifications(NotificationSender notifications) {
            this.notifications = notifications;
            return this;
        }

        /** {@return this builder} Products, prices and release dates. Required.
         * @param catalog the host's catalogue */
        public Builder catalog(Catalog catalog) {
            this.catalog = catalog;
            return this;
        }

        /** {@return this builder} Makes order and operation ids; oms makes no random ids itself. Required.
         * @param ids the host's id generator */
        public Builder ids(IdGenerator ids) {
            this.ids = ids;
            return this;
        }

        /** {@return this builder} Where time comes from; oms never reads the system clock itself. Required.
         * @param clock the host's clock */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** {@return this builder, with every required port taken from one bundle}
         * @param ports the bundle */
        public Builder ports(Ports ports) {
            Require.nonNull(ports, "ports");
            return orders(ports.orders()).inventory(ports.inventory()).payments(ports.payments()).carrier(ports.carrier())
                    .notifications(ports.notifications()).catalog(ports.catalog()).ids(ports.ids()).clock(ports.clock());
        }

        /** {@return this builder} Chooses where an order's units are reserved; {@link LocationPriorityAllocation} by default.
         * @param allocationPolicy the allocation policy */
        public Builder allocationPolicy(AllocationPolicy allocationPolicy) {
            this.allocationPolicy = Require.nonNull(allocationPolicy, "allocationPolicy");
            return this;
        }

        /** {@return this builder; without a hold store, the hold methods answer {@code HOLDS_NOT_CONFIGURED}}
         * @param holdStore where checkout holds are kept */
        public Builder holds(HoldStore holdStore) {
            this.holdStore = Require.nonNull(holdStore, "holdStore");
            return this;
        }

        /** {@return this builder} Chooses where a checkout hold's units are reserved; {@link Strategies#priority()} by default.
         * @param holdRouting the routing strategy for holds */
        public Builder holdRouting(RoutingStrategy holdRouting) {
            this.holdRouting = Require.nonNull(holdRouting, "holdRouting");
            return this;
        }

        /** {@return this builder} Works out availability to promise; {@link AvailabilityPolicy#fromStock()} by default.
         * @param availabilityPolicy the availability policy */
        public Builder availabilityPolicy(AvailabilityPolicy availabilityPolicy) {
            this.availabilityPolicy = Require.nonNull(availabilityPolicy, "availabilityPolicy");
            return this;
        }

        /** {@return this builder} Pre-order caps per channel; by default only the catalogue's total cap applies.
         * @param preorderPolicy the pre-order policy */
        public Builder preorderPolicy(PreorderPolicy preorderPolicy) {
            this.preorderPolicy = Require.nonNull(preorderPolicy, "preorderPolicy");
            return this;
        }

        /** {@return this builder} How long authorisations hold before a filled pre-order authorises again; by default 7 days.
         * @param preorderPayment the pre-order payment policy */
        public Builder preorderPayment(PreorderPaymentPolicy preorderPayment) {
            this.preorderPayment = Require.nonNull(preorderPayment, "preorderPayment");
            return this;
        }

        /** {@return this builder} Which SKUs may be backordered; by default none, and a short order is rejected.
         * @param backorderPolicy the backorder policy */
        public Builder backorderPolicy(BackorderPolicy backorderPolicy) {
            this.backorderPolicy = Require.nonNull(backorderPolicy, "backorderPolicy");
            return this;
        }

        /** {@return this builder} Which lines are bought from a supplier for the order; by default none. Needs a supplier gateway.
         * @param indentPolicy the indent policy */
        public Builder indentPolicy(IndentPolicy indentPolicy) {
            this.indentPolicy = Require.nonNull(indentPolicy, "indentPolicy");
            return this;
        }

        /** {@return this builder} The supplier port for indent orders.
         * @param supplierGateway the host's supplier gateway */
        public Builder supplierGateway(SupplierGateway supplierGateway) {
            this.supplierGateway = Require.nonNull(supplierGateway, "supplierGateway");
            return this;
        }

        /**
         * How many orders' evolved state the facade keeps between loads ({@value #DEFAULT_EVOLVED_ORDERS_KEPT}
         * by default); a kept order is caught up by reading only its newer commits, another one is read and
         * replayed whole. 0 keeps none. {@link OrderQueries#cacheStatistics()} shows hits and misses.
         * @param orders how many orders to keep, 0 or more
         * @return this builder
         */
        public Builder evolvedOrdersKept(int orders) {
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
        public Builder notificationDelivery(Executor executor) {
            this.notificationDelivery = Require.nonNull(executor, "executor");
            return this;
        }

        /**
         * {@return the facade, wired to the ports given}
         *
         * @throws IllegalStateException naming every required port not given, or when an indent policy is
         *     set without a supplier gateway
         */
        public OrderManagement build() {
            Ports ports = RequiredPorts.of(orders, inventory, payments, carrier, notifications, catalog, ids, clock);
            if (indentPolicy != null && supplierGateway == null) {
                throw new IllegalStateException("an indent policy needs a supplier gateway to send purchase requests to");
            }
            return new OrderManagement(Wiring.of(ports, Option.of(supplierGateway), Option.of(holdStore),
                    new Wiring.Policies(allocationPolicy, preorderPolicy, preorderPayment,
                            indentPolicy == null ? IndentPolicy.none() : indentPolicy, backorderPolicy, holdRouting,
                            availabilityPolicy, evolvedOrdersKept, Option.of(notificationDelivery))));
        }
    }
}
