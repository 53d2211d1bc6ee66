// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.spi.event.AllocationEvent;
import dev.oms.spi.event.ApprovalEvent;
import dev.oms.spi.event.EditEvent;
import dev.oms.spi.event.Bucket;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.statistics.Statistics;

/**
 * What a command sequence over an {@link OmsWorld} got as far as, from its orders at the end, counted per
 * history: a run in which too few histories did something (ship, deliver, cancel) fails, so a generator
 * that stops reaching a state cannot go unnoticed. Call it at the end of each history of a stateful
 * property, for example {@code HistoryCoverage.of(world).require("ships", HistoryCoverage.shippedAPackage(), 60)}.
 */
public final class HistoryCoverage {
    private final List<Order> orders;

    private HistoryCoverage(List<Order> orders) {
        this.orders = orders;
    }

    /**
     * Takes the orders of a world as they stand at the end of its history.
     *
     * @param world the world whose history just ended
     * @return the coverage of that history, to {@link #require} things of
     */
    public static HistoryCoverage of(OmsWorld world) {
        return new HistoryCoverage(world.currentOrders());
    }

    /** {@return an order that shipped at least one package} */
    public static Predicate<Order> shippedAPackage() {
        return order -> order.packages().values().exists(OrderPackage::isShipped);
    }

    /** {@return an order that had at least one package delivered} */
    public static Predicate<Order> deliveredAPackage() {
        return order -> order.packages().values().exists(p -> p.state() == OrderPackage.State.DELIVERED);
    }

    /** {@return an order with cancelled units} */
    public static Predicate<Order> cancelledUnits() {
        return order -> order.units(Bucket.CANCELLED) > 0;
    }

    /** {@return an indent order that received goods against one of its purchases} */
    public static Predicate<Order> receivedGoodsAgainstAPurchase() {
        return order -> order.purchases().values().exists(p -> p.received() > 0);
    }

    /** {@return an order that was held for approval, at checkout or by hand, whether or not it still is} */
    public static Predicate<Order> heldForApproval() {
        return order -> order.handledCommands().values().exists(events -> events.exists(ApprovalEvent.ApprovalHoldPlaced.class::isInstance));
    }

    /** {@return an order with a voided pick list} */
    public static Predicate<Order> voidedAPickList() {
        return order -> order.pickLists().values().exists(list -> list.state() == dev.oms.core.order.PickList.State.VOIDED);
    }

    /** {@return an order whose allocated units were moved to another location} */
    public static Predicate<Order> movedAllocation() {
        return order -> order.handledCommands().values().exists(events -> events.exists(
                dev.oms.spi.event.AllocationEvent.AllocationMoved.class::isInstance));
    }

    /** {@return an order with several lines of one SKU} */
    public static Predicate<Order> severalLinesOfOneSku() {
        return order -> order.lines().values().map(l -> l.sku()).distinct().size() < order.lines().size();
    }

    /** {@return an order that gave units up to a stock count} */
    public static Predicate<Order> lostUnitsToACount() {
        return order -> order.handledCommands().values().exists(events -> events.exists(AllocationEvent.UnitsLost.class::isInstance));
    }

    /** {@return a click-and-collect order that packed units at its pickup store} */
    public static Predicate<Order> packedAtItsPickupStore() {
        return order -> order.pickup().exists(p -> order.packages().values().exists(pkg -> pkg.location().equals(p.store())));
    }

    /** {@return a click-and-collect order allowing transfer that packed units away from its store, to send them there} */
    public static Predicate<Order> transferredToItsPickupStore() {
        return order -> order.pickup().exists(p -> p.transferAllowed()
                && order.packages().values().exists(pkg -> !pkg.location().equals(p.store())));
    }

    /** {@return an order a third-party location's provider shipped units of} */
    public static Predicate<Order> shippedByAProvider() {
        return order -> order.externalRequests().values().exists(request -> !request.shipped().isEmpty());
    }

    /** {@return an order a supplier shipped a dropship line of, straight to the customer} */
    public static Predicate<Order> shippedByADropshipSupplier() {
        return order -> order.packages().values().exists(pkg -> order.lines().values()
                .exists(line -> line.dropshipper().contains(pkg.location()) && pkg.units(line.id()) > 0));
    }

    /** {@return an order a third-party location's provider gave units of up} */
    public static Predicate<Order> rejectedByAProvider() {
        return order -> order.externalRequests().values().exists(request -> !request.rejected().isEmpty());
    }

    /** {@return an order some of whose units came back under a return} */
    public static Predicate<Order> receivedAReturn() {
        return order -> order.units(dev.oms.spi.event.Bucket.RETURNED) > 0;
    }

    /** {@return an order some of whose delivered units were exchanged for replacement lines} */
    public static Predicate<Order> openedAnExchange() {
        return order -> !order.returns().exchanges().byReturn().isEmpty();
    }

    /** {@return an order edited after placement: lines added, units taken off or a new address, confirmed} */
    public static Predicate<Order> editedAnOrder() {
        return order -> order.edits() > 0;
    }

    /** {@return an order edited with lines added, which were allocated in the edit's commit} */
    public static Predicate<Order> addedLinesByAnEdit() {
        return order -> order.handledCommands().values().exists(events -> events.exists(e -> e instanceof EditEvent.OrderEdited edited
                && !edited.added().isEmpty()));
    }

    /** {@return an order that was rejected in an approval review} */
    public static Predicate<Order> rejectedInApproval() {
        return order -> order.handledCommands().values().exists(events -> events.exists(ApprovalEvent.ApprovalHoldRejected.class::isInstance));
    }

    /**
     * Counts whether some order of this history {@code did}, and fails the property if under
     * {@code minPercent} of its histories did (checked by jqwik's statistics coverage when the property ends).
     *
     * @param label the statistic's label, one per thing required
     * @param did what some order of the history must have done
     * @param minPercent the least share of histories, in percent, in which some order did it
     * @return this coverage, to require more of it
     */
    public HistoryCoverage require(String label, Predicate<Order> did, double minPercent) {
        Statistics.label(label).collect(orders.stream().anyMatch(did) ? "yes" : "no");
        Statistics.label(label).coverage(check -> check.check("yes").percentage(p -> p >= minPercent));
        return this;
    }
}
