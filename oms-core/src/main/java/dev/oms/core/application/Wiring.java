// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.allocation.AllocationPolicy;
import dev.oms.core.allocation.PickupAllocation;
import dev.oms.core.approval.ApprovalPolicy;
import dev.oms.core.stockloss.StockLossPolicy;
import dev.oms.core.availability.AvailabilityPolicy;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.dropship.DropshipPolicy;
import dev.oms.core.indent.IndentPolicy;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.preorder.PreorderPolicy;
import dev.oms.core.returns.ReturnPolicy;
import dev.oms.core.routing.RoutedAllocation;
import dev.oms.core.routing.RoutingStrategy;
import dev.oms.spi.Ports;
import dev.oms.spi.availability.HoldStore;
import dev.oms.spi.fulfilment.FulfilmentService;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.pricing.Pricing;
import dev.oms.spi.payment.StoreCredit;
import dev.oms.spi.supplier.SupplierGateway;
import io.vavr.control.Option;
import java.util.concurrent.Executor;

/**
 * The services of one {@link OrderManagement}, wired once to one set of collaborators: they share the
 * command execution (and its cache of evolved orders), the effect runner and the restock queues, so any
 * mix of services may be used at once.
 */
record Wiring(OrderTaking orders, Storefront storefront, Warehouse warehouse, Inbound inbound, Sourcing sourcing,
        Payments payments, Approvals approvals, Returns returns, Edits edits, Exchanges exchanges, Stocktaking stocktaking, Transfers transfers, ExternalFulfilment externalFulfilment,
        Recovery recovery, OrderQueries queries, Documents documents, Subscriptions subscriptions) {

    /** The policies the builder was given, or their defaults; with them the pricing port, which has a default too. */
    record Policies(AllocationPolicy allocation, PreorderPolicy preorders, PreorderPaymentPolicy preorderPayment,
            IndentPolicy indents, BackorderPolicy backorders, RoutingStrategy holdRouting, AvailabilityPolicy availability,
            int evolvedOrdersKept, Option<Executor> notificationDelivery, ApprovalPolicy approval,
            java.time.Duration holdTimeToLiveLimit, StockLossPolicy stockLoss, DropshipPolicy dropships, Pricing pricing,
            ReturnPolicy returns) {}

    static Wiring of(Ports ports, Option<SupplierGateway> suppliers, Option<FulfilmentService> fulfilment, Option<HoldStore> holdStore,
            Policies policies, Invoicing invoicing, Option<BackInStock> backInStock, Option<StoreCredit> storeCredit) {
        CommandExecution execution = new CommandExecution(ports, policies.indents(), policies.preorderPayment(),
                policies.returns(), policies.evolvedOrdersKept());
        WaitingOrders waiting = new WaitingOrders(execution, ports.orders(), ports.catalog(), policies.backorders(),
                policies.indents(), holdStore, ports.clock());
        Allocation allocation = new Allocation(ports, execution,
                PickupAllocation.around(ShippingQuoting.around(policies.allocation(), ports)),
                policies.preorders(), policies.indents(), policies.backorders(), policies.dropships(), waiting);
        EffectRunner effects = new EffectRunner(ports, suppliers, fulfilment, storeCredit, execution, allocation,
                policies.preorderPayment(), policies.notificationDelivery());
        Restocking restocking = new Restocking(ports, execution, allocation, waiting, effects::run);
        AvailabilityDesk availability = new AvailabilityDesk(ports, waiting, policies.preorders(), policies.backorders(),
                policies.availability());
        BackInStockAlerts alerts = new BackInStockAlerts(ports, backInStock, availability);
        HoldDesk holds = new HoldDesk(ports, holdStore, policies.holdRouting(),
                new HoldTerms(ports, waiting, policies.preorders(), policies.backorders()), (units, restockId) -> {
                    restocking.fill(io.vavr.collection.List.ofAll(units).map(StockMovement::sku), restockId);
                    alerts.unitsBack(units, BackInStockKeys.hold(restockId));
                }, policies.holdTimeToLiveLimit());
        Settling settling = new Settling(ports, execution, effects, restocking, alerts);
        Stocktaking stocktaking = new Stocktaking(settling, allocation, waiting, restocking, policies.stockLoss(), holdStore, holds);
        Option<RoutedAllocation> routed = policies.allocation() instanceof RoutedAllocation r ? Option.of(r) : Option.none();
        return new Wiring(
                new OrderTaking(settling, allocation, new HoldTakeover(ports, holdStore, holds), policies.approval(), policies.pricing()),
                new Storefront(holds, new HoldChanges(ports, holdStore, holds), availability),
                new Warehouse(settling, new AllocationMover(settling)),
                new Inbound(settling, restocking, waiting, policies.indents()),
                new Sourcing(settling, allocation, new RoutingExplanation(ports, routed)),
                new Payments(settling),
                new Approvals(settling),
                new Returns(settling, allocation, storeCredit.isDefined()),
                new Edits(settling, allocation, policies.pricing()),
                new Exchanges(settling, allocation, policies.pricing()),
                stocktaking,
                new Transfers(settling, restocking),
                new ExternalFulfilment(settling, stocktaking),
                new Recovery(settling, holds, stocktaking),
                new OrderQueries(settling),
                new Documents(settling, invoicing),
                new Subscriptions(ports, alerts));
    }
}
