// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.allocation.AllocationPlan;
import dev.oms.core.allocation.ReroutingRules;
import dev.oms.core.command.WaitingCommand.Fill;
import dev.oms.core.command.WaitingCommand.FillWaitingUnits;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.restock.Grant;
import dev.oms.core.restock.RestockQueue;
import dev.oms.core.restock.WaitingDemand;
import dev.oms.core.restock.RestockRules;
import dev.oms.core.restock.WaitingUnits;
import dev.oms.spi.Ports;
import dev.oms.spi.catalog.Product;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.WaitingEvent.WaitingUnitsFilled;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a SKU's restock queue from the stock now available: {@link RestockQueue} ranks who is served
 * first, then each order's share is filled and reserved, order by order in queue order, each reservation
 * run before the next order plans so that every order sees the stock the earlier ones left.
 *
 * <p>This is how "queue first" is kept: no unit of a SKU stays available at a location while an order
 * waiting for the SKU could take it there. Whatever frees or brings stock, or leaves units waiting, ends
 * by calling {@link #fill(Iterable, String)} for the SKUs concerned; when calls race, the last one to
 * finish fills from the state they all left.
 */
final class Restocking {
    private static final Logger LOG = LoggerFactory.getLogger(Restocking.class);
    /**
     * Passes over one queue per fill. Another pass is needed only when the previous one changed an order
     * while stock is still available: an order it filled lost the race for the units and waits again, or
     * one it settled first freed units. Bounded, because racing callers keep changing the stock and each
     * of them fills after itself.
     */
    private static final int MAX_PASSES = 4;

    private final Ports ports;
    private final CommandExecution execution;
    private final Allocation allocation;
    private final WaitingOrders waiting;
    private final Function<OrderId, Option<Order>> runEffects;

    /** @param runEffects runs what an order owes, without filling queues itself (a fill does that) */
    Restocking(Ports ports, CommandExecution execution, Allocation allocation, WaitingOrders waiting,
            Function<OrderId, Option<Order>> runEffects) {
        this.ports = ports;
        this.execution = execution;
        this.allocation = allocation;
        this.waiting = waiting;
        this.runEffects = runEffects;
    }

    /**
     * Fills the queues of these SKUs from the stock now available: the call to make after anything that
     * freed or brought units of them (a cancellation, a release of checkout holds, a receipt, a re-route)
     * or left units of them waiting (a placement or a reservation that came up short). SKUs whose units
     * cannot wait, or with no unit available, are passed over without reading any queue.
     *
     * @param restockId names the fill in the events and notifications it leads to
     * @return the orders that changed, each once, in the order they were first reached
     */
    List<Order> fill(Iterable<Sku> skus, String restockId) {
        List<Order> changed = List.empty();
        for (Sku sku : List.ofAll(skus).distinct().filter(waiting::mayWait)) {
            if (available(sku) > 0) {
                changed = merge(changed, fill(sku, restockId));
            }
        }
        return changed;
    }

    /**
     * Fills what the stock covers; nothing while the SKU is unreleased. Pre-orders the stock does not
     * reach are told they still wait. Returns the orders that changed, each once, in queue order.
     */
    List<Order> fill(Sku sku, String restockId) {
        return fill(sku, restockId, Option.none());
    }

    /**
     * Fills as {@link #fill(Sku, String)} does, after a receipt of units at {@code receivedAt}: the units waiting at
     * that location are served first by its stock, then the whole queue in order. Any other fill (a release, a
     * cancellation) serves the queue strictly in order, so pre-orders come before every backorder.
     */
    List<Order> fill(Sku sku, String restockId, Option<LocationId> receivedAt) {
        Option<Product> product = Option.ofOptional(ports.catalog().find(sku));
        if (product.exists(p -> p.isUnreleasedAt(ports.clock().instant()))) {
            return List.empty();
        }
        List<Order> changed = List.empty();
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            // A pass of its own name, so a line filled again after its units came back keeps both notices.
            List<Order> passChanged = pass(sku, pass == 1 ? restockId : IdempotencyKeys.restockPass(restockId, pass).value(),
                    receivedAt);
            changed = merge(changed, passChanged);
            if (passChanged.isEmpty() || available(sku) == 0) {
                break;
            }
        }
        return changed;
    }

    /**
     * One walk down the queue; returns the orders it changed. The walk reads the queue a page at a time and stops
     * where nothing more can be filled, so a receipt of a few units costs the head of the queue, not its length.
     */
    private List<Order> pass(Sku sku, String restockId, Option<LocationId> receivedAt) {
        List<Order> changed = List.empty();
        long read = 0;
        // Units waiting at a location are served first by the stock there, in queue order; then the whole
        // queue, them included, by the stock anywhere.
        // Stock is read once, and again only after a fill: many units waiting where nothing is left cost nothing.
        Map<LocationId, Long> free = availableByLocation(sku);
        WaitingDemand inOrders = waiting.waitingInOrders(sku);
        // The units still to be met that wait at each location: the walk ends once no location with stock has any.
        // Only a receipt's own location serves its waiting units first: a release or a cancellation serves the queue
        // in order, pre-orders first (a backorder waiting at a location took a pre-order's units at a release before).
        Map<LocationId, Long> ahead = free.filterKeys(receivedAt::contains)
                .map((location, units) -> io.vavr.Tuple.of(location, inOrders.backorderedAt(sku, location)));
        if (servesThere(free, ahead)) {
            QueueWalk walk = waiting.walk(sku);
            while (walk.hasNext() && servesThere(free, ahead)) {
                WaitingUnits entry = walk.next();
                if (entry.waitsAt().isDefined()) {
                    LocationId at = entry.waitsAt().get();
                    ahead = ahead.put(at, ahead.get(at).getOrElse(0L) - entry.quantity());
                }
                long there = entry.waitsAt().flatMap(free::get).getOrElse(0L);
                if (there > 0) {
                    Option<Order> filled = fill(new Grant(entry, Math.min(there, entry.quantity())), restockId, entry.waitsAt());
                    changed = filled.isDefined() ? changed.append(filled.get()) : changed;
                    free = availableByLocation(sku);
                }
            }
            read += walk.read();
        }
        long left = available(sku);
        QueueWalk walk = waiting.walk(sku);
        while (walk.hasNext()) {
            WaitingUnits entry = walk.next();
            Grant grant = RestockQueue.fill(List.of(entry), left).head();
            if (grant.units() == 0 && entry.bucket() == Bucket.BACKORDERED) {
                // Nothing left for it, nor for the backorders behind it (pre-orders come first): they are not read
                // at all. Their owed effects, if any, are recovery's: such an order is an owing order.
                break;
            }
            Option<Order> filled = fill(grant, restockId, Option.none());
            changed = filled.isDefined() ? changed.append(filled.get()) : changed;
            if (grant.units() > 0) {
                // Read again rather than subtracted: what this order could not take at its locations, or
                // lost to a racing order, is still there for the next one in line.
                left = available(sku);
            }
        }
        read += walk.read();
        // A restock that changed no order is routine (nobody waits for this SKU): not worth an INFO line.
        if (changed.isEmpty()) {
            LOG.debug("restock {} of {}: {} queue entries read, no order changed", restockId, sku, read);
        } else {
            LOG.info("restock {} of {}: {} queue entries read, {} orders changed", restockId, sku, read, changed.size());
        }
        return changed;
    }

    /** Whether some location with stock available has units waiting there still ahead in the queue. */
    private static boolean servesThere(Map<LocationId, Long> free, Map<LocationId, Long> ahead) {
        return free.exists(f -> f._2 > 0 && ahead.get(f._1).getOrElse(0L) > 0);
    }

    /** Fills the grant from the stock at {@code only}, or anywhere. */
    private Option<Order> fill(Grant grant, String restockId, Option<LocationId> only) {
        WaitingUnits entry = grant.waiting();
        Option<Order> found = execution.loadIsolated(entry.orderId());
        if (found.isEmpty()) {
            return Option.none(); // a queue row of an order that cannot be loaded: logged, skipped, the rest served
        }
        Order loaded = found.get();
        Order order = loaded;
        boolean settledFirst = false;
        if (owesReservation(loaded)) {
            // Its reservation is owed: a port failed, or another caller is running it. Settling it here (the
            // effects run under their own keys, so running them twice does nothing twice) lets the order take
            // its share now instead of waiting for a restock nobody may send.
            Option<Order> settled = runEffects.apply(loaded.id());
            settledFirst = settled.exists(o -> o.version() != loaded.version());
            if (settled.isEmpty() || owesReservation(settled.get())) {
                return settledFirst ? settled : Option.none();
            }
            order = settled.get();
        }
        Option<Order> unchanged = settledFirst ? Option.some(order) : Option.none();
        long units = Math.min(grant.units(), order.line(entry.lineId()).get().count(entry.bucket()));
        AllocationPlan plan = plan(order, entry, units, restockId, only);
        if (plan.plannedFor(entry.lineId()) < units) {
            // Stock went elsewhere since the queue was read: fill what the plan covers.
            units = plan.plannedFor(entry.lineId());
            plan = plan(order, entry, units, restockId, only);
            if (plan.plannedFor(entry.lineId()) != units) {
                return unchanged;
            }
        }
        boolean shortAtRelease = entry.bucket() == Bucket.PREORDERED && units < entry.quantity()
                && !order.notified(RestockRules.stillWaitingNotice(entry.lineId()));
        if (units == 0 && !shortAtRelease) {
            return unchanged;
        }
        List<Fill> fills = units > 0 ? List.of(new Fill(entry.lineId(), entry.bucket(), units)) : List.empty();
        List<LineId> stillWaiting = shortAtRelease ? List.of(entry.lineId()) : List.empty();
        // The key carries the version decided on: a line filled, then waiting again, is filled again
        // even when the same restock (a repeated receipt key, say) comes round to it.
        FillWaitingUnits command = new FillWaitingUnits(
                IdempotencyKeys.fill(restockId, entry.lineId(), entry.bucket(), order.version()).value(), restockId, fills,
                units > 0 ? plan.reservations() : List.empty(), stillWaiting);
        Either<Rejection, Order> filled = execution.execute(entry.orderId(), command, Option.some(order))
                .peekLeft(r -> LOG.warn("order {}: restock {} not applied: {}", entry.orderId(), restockId, r));
        return filled.isRight() ? runEffects.apply(entry.orderId()) : unchanged;
    }

    /** A reservation in flight, or pending units the effects still have to reserve or queue. */
    private static boolean owesReservation(Order order) {
        return order.reservationInFlight().isDefined() || order.units(Bucket.PENDING) > 0;
    }

    /** The orders of {@code earlier} then of {@code later}, each once, as it stands last. */
    private static List<Order> merge(List<Order> earlier, List<Order> later) {
        List<Order> merged = earlier.map(o -> later.findLast(l -> l.id().equals(o.id())).getOrElse(o));
        return merged.appendAll(later.filter(l -> !earlier.exists(o -> o.id().equals(l.id())))
                .distinctBy(Order::id).map(l -> later.findLast(x -> x.id().equals(l.id())).get()));
    }

    /** The allocation policy's plan for the order once {@code units} of the entry are pending. */
    private AllocationPlan plan(Order order, WaitingUnits entry, long units, String restockId, Option<LocationId> only) {
        if (units == 0) {
            return AllocationPlan.of(List.empty(), List.empty());
        }
        long left = order.line(entry.lineId()).get().count(entry.bucket()) - units;
        Order working = OrderEvolution.apply(order, new WaitingUnitsFilled(entry.lineId(), entry.bucket(), units, left, restockId));
        // Never back to a location that failed the order: a fill right after the re-route that freed those
        // units would otherwise undo it.
        return allocation.policy().plan(working, List.ofAll(ports.inventory().locations()),
                ReroutingRules.shownTo(working, List.ofAll(ports.inventory().stockOf(entry.sku()))
                        .filter(level -> only.forAll(level.locationId()::equals))));
    }

    private long available(Sku sku) {
        return availableByLocation(sku).values().sum().longValue();
    }

    /** Units available per active location. */
    private Map<LocationId, Long> availableByLocation(Sku sku) {
        List<LocationId> active = List.ofAll(ports.inventory().locations()).filter(Location::active).map(Location::id);
        return List.ofAll(ports.inventory().stockOf(sku)).filter(s -> active.contains(s.locationId()))
                .toMap(StockLevel::locationId, StockLevel::available);
    }
}
