package dev.oms.core.application;

import dev.oms.core.allocation.AllocationPlan;
import dev.oms.core.allocation.ReroutingRules;
import dev.oms.core.command.OrderCommand.Fill;
import dev.oms.core.command.OrderCommand.FillWaitingUnits;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.payment.Authorization;
import dev.oms.core.preorder.PreorderPaymentPolicy;
import dev.oms.core.restock.Grant;
import dev.oms.core.restock.RestockQueue;
import dev.oms.core.restock.RestockRules;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent.WaitingUnitsFilled;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a SKU's restock queue from the stock now available: {@link RestockQueue} decides who gets what,
 * then each order's share is filled and reserved, order by order in queue order, each reservation run
 * before the next order plans so that every order sees the stock the earlier ones left.
 */
final class Restocking {
    private static final Logger LOG = LoggerFactory.getLogger(Restocking.class);

    private final Ports ports;
    private final CommandExecution execution;
    private final Allocation allocation;
    private final WaitingOrders waiting;
    private final Function<OrderId, Option<Order>> resume;
    private final PreorderPaymentPolicy payment;

    Restocking(Ports ports, CommandExecution execution, Allocation allocation, WaitingOrders waiting,
            PreorderPaymentPolicy payment, Function<OrderId, Option<Order>> resume) {
        this.payment = payment;
        this.ports = ports;
        this.execution = execution;
        this.allocation = allocation;
        this.waiting = waiting;
        this.resume = resume;
    }

    /** Fills what the stock covers; nothing while the SKU is unreleased. Returns the orders that changed. */
    List<Order> fill(Sku sku, String restockId) {
        Option<Product> product = ports.catalog().find(sku);
        if (product.exists(p -> p.isUnreleasedAt(ports.clock().instant()))) {
            return List.empty();
        }
        List<Grant> grants = RestockQueue.fill(waiting.queueOf(sku), available(sku));
        List<Order> changed = List.empty();
        for (Grant grant : grants) {
            Option<Order> filled = fill(grant, restockId);
            changed = filled.isDefined() ? changed.append(filled.get()) : changed;
        }
        LOG.info("restock {} of {}: {} queue entries, {} orders changed", restockId, sku, grants.size(), changed.size());
        return changed;
    }

    private Option<Order> fill(Grant grant, String restockId) {
        WaitingUnits entry = grant.waiting();
        Order order = execution.load(entry.orderId()).get();
        if (order.reservationInFlight().isDefined() || order.units(Bucket.PENDING) > 0) {
            // Mid-reservation: it keeps its place in the queue and is filled by the next restock.
            return Option.none();
        }
        long units = Math.min(grant.units(), order.line(entry.lineId()).get().count(entry.bucket()));
        AllocationPlan plan = plan(order, entry, units, restockId);
        if (plan.plannedFor(entry.lineId()) < units) {
            // Stock went elsewhere since the queue was read: fill what the plan covers.
            units = plan.plannedFor(entry.lineId());
            plan = plan(order, entry, units, restockId);
            if (plan.plannedFor(entry.lineId()) != units) {
                return Option.none();
            }
        }
        boolean shortAtRelease = entry.bucket() == Bucket.PREORDERED && units < entry.quantity()
                && !order.notified(RestockRules.stillWaitingNotice(entry.lineId()));
        if (units == 0 && !shortAtRelease) {
            return Option.none();
        }
        List<Fill> fills = units > 0 ? List.of(new Fill(entry.lineId(), entry.bucket(), units)) : List.empty();
        List<LineId> stillWaiting = shortAtRelease ? List.of(entry.lineId()) : List.empty();
        FillWaitingUnits command = new FillWaitingUnits(
                "fill:" + restockId + ":" + entry.lineId() + ":" + entry.bucket(), restockId, fills,
                units > 0 ? plan.reservations() : List.empty(), stillWaiting, lapsed(order, entry, units));
        return execution.execute(order.id(), command)
                .peekLeft(r -> LOG.warn("order {}: restock {} not applied: {}", order.id(), restockId, r))
                .toOption()
                .flatMap(o -> resume.apply(o.id()));
    }

    /** Authorisations too old to capture when pre-ordered units are filled: the order authorises them again. */
    private List<String> lapsed(Order order, WaitingUnits entry, long units) {
        // Charged at placement, pre-ordered units hold no authorisation that could have lapsed.
        if (entry.bucket() != Bucket.PREORDERED || units == 0 || payment.chargesAtPlacement()) {
            return List.empty();
        }
        Instant now = ports.clock().instant();
        return order.payment().openAuthorizations()
                .filter(a -> order.authorizedAt().get(a.id())
                        .exists(at -> !at.plus(payment.authorizationValidity()).isAfter(now)))
                .map(Authorization::id);
    }

    /** The allocation policy's plan for the order once {@code units} of the entry are pending. */
    private AllocationPlan plan(Order order, WaitingUnits entry, long units, String restockId) {
        if (units == 0) {
            return AllocationPlan.of(List.empty(), List.empty());
        }
        long left = order.line(entry.lineId()).get().count(entry.bucket()) - units;
        Order working = OrderEvolution.apply(order, new WaitingUnitsFilled(entry.lineId(), entry.bucket(), units, left, restockId));
        // Never back to a location that failed the order: a fill right after the re-route that freed those
        // units would otherwise undo it.
        return allocation.policy().plan(working, List.ofAll(ports.inventory().locations()),
                ReroutingRules.shownTo(working, List.ofAll(ports.inventory().stockOf(entry.sku()))));
    }

    private long available(Sku sku) {
        List<LocationId> active = List.ofAll(ports.inventory().locations()).filter(Location::active).map(Location::id);
        return List.ofAll(ports.inventory().stockOf(sku)).filter(s -> active.contains(s.locationId()))
                .map(StockLevel::available).sum().longValue();
    }
}
