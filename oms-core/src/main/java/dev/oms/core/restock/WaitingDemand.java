// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.restock;

import dev.oms.spi.availability.PromisedUnits;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.order.WaitingTotal;
import dev.oms.spi.value.Channel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.Sku;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Optional;

/**
 * The units already waiting in a SKU's restock queue: what caps and limits count against, and what a new
 * order must not take from stock. A new order is shown stock less these units, so it never jumps the
 * queue, for instance when a cancellation frees stock between two receipts. The queue is held as totals per
 * channel, bucket and location waited at ({@link WaitingTotal}): its length never enters a placement's cost.
 *
 * @param waiting the units waiting in orders, summed, of any SKUs
 * @param promised the units live checkout holds promise without stock, of any SKUs: counted as waiting, so a
 *     hold's checkout finds the room it was promised when its order takes the hold over
 */
public record WaitingDemand(List<WaitingTotal> waiting, List<PromisedUnits> promised) {
    /**
     * Checks the components.
     *
     * @param waiting the units waiting in orders, summed
     * @param promised the units live checkout holds promise without stock
     */
    public WaitingDemand {
        Require.nonNull(waiting, "waiting");
        Require.nonNull(promised, "promised");
    }

    /**
     * The units of queue entries, with no hold promising any.
     *
     * @param entries the queue entries, of any SKUs
     * @return their demand
     */
    public static WaitingDemand of(List<WaitingUnits> entries) {
        return none().with(entries);
    }

    /**
     * {@return this demand with more units waiting in orders}
     *
     * @param more the queue entries
     */
    public WaitingDemand with(List<WaitingUnits> more) {
        return new WaitingDemand(waiting.appendAll(more.map(WaitingUnits::total)), promised);
    }

    /**
     * {@return this demand with more units promised by holds}
     *
     * @param more the units promised
     */
    public WaitingDemand promising(List<PromisedUnits> more) {
        return new WaitingDemand(waiting, promised.appendAll(more));
    }

    /** {@return no units waiting} */
    public static WaitingDemand none() {
        return new WaitingDemand(List.empty(), List.empty());
    }

    /**
     * {@return the SKU's pre-ordered units waiting, over all channels}
     *
     * @param sku the SKU
     */
    public long preordered(Sku sku) {
        return units(sku, Bucket.PREORDERED, Option.none());
    }

    /**
     * {@return the SKU's pre-ordered units waiting from orders of one channel}
     *
     * @param sku the SKU
     * @param channel the channel
     */
    public long preordered(Sku sku, Channel channel) {
        return units(sku, Bucket.PREORDERED, Option.some(channel));
    }

    /**
     * {@return the SKU's backordered units waiting, wherever they wait}
     *
     * @param sku the SKU
     */
    public long backordered(Sku sku) {
        return units(sku, Bucket.BACKORDERED, Option.none());
    }

    /**
     * {@return the SKU's backordered units waiting at a location, which its backorder limit counts}
     *
     * @param sku the SKU
     * @param location the location
     */
    public long backorderedAt(Sku sku, LocationId location) {
        return waiting.filter(w -> w.sku().equals(sku) && w.bucket() == Bucket.BACKORDERED && w.waitsAt().equals(Optional.of(location)))
                .map(WaitingTotal::quantity).sum().longValue()
                + promised.filter(p -> p.sku().equals(sku) && p.bucket() == Bucket.BACKORDERED && p.waitsAt().equals(Optional.of(location)))
                        .map(PromisedUnits::quantity).sum().longValue();
    }

    /**
     * {@return the SKU's backordered units waiting for stock anywhere, which the SKU's backorder limit counts}
     *
     * @param sku the SKU
     */
    public long backorderedAnywhere(Sku sku) {
        return waiting.filter(w -> w.sku().equals(sku) && w.bucket() == Bucket.BACKORDERED && w.waitsAt().isEmpty())
                .map(WaitingTotal::quantity).sum().longValue()
                + promised.filter(p -> p.sku().equals(sku) && p.bucket() == Bucket.BACKORDERED && p.waitsAt().isEmpty())
                        .map(PromisedUnits::quantity).sum().longValue();
    }

    /**
     * {@return the SKU's units waiting, pre-ordered and backordered}
     *
     * @param sku the SKU
     */
    public long waiting(Sku sku) {
        return preordered(sku) + backordered(sku);
    }

    /**
     * Stock as a new order may see it: per SKU, the waiting units are counted as reserved. Units waiting at a
     * location are taken from its stock first; what that does not cover, and units waiting anywhere, are taken
     * from the active locations (where a restock fills them from), then from the others, each group in the order
     * given, until none are left. Levels come back in the order given.
     *
     * @param stock the stock levels as the inventory reports them
     * @param locations the locations, to tell the active ones
     * @return the levels with the waiting units added to {@code reserved}
     */
    public List<StockLevel> shownToNewOrders(List<StockLevel> stock, List<Location> locations) {
        if (waiting.isEmpty() && promised.isEmpty()) {
            return stock; // nothing waits: every placement of a SKU no order waits for sees the stock as it is
        }
        Set<LocationId> active = HashSet.ofAll(locations.filter(Location::active).map(Location::id));
        Map<StockLevel, Long> held = HashMap.empty();
        Map<Sku, Long> left = HashMap.empty();
        for (Sku sku : stock.map(StockLevel::sku).distinct()) {
            long unplaced = waiting(sku);
            for (StockLevel level : stock.filter(l -> l.sku().equals(sku) && active.contains(l.locationId()))) {
                long take = Math.min(backorderedAt(sku, level.locationId()), level.available());
                held = held.put(level, take);
                unplaced -= take;
            }
            left = left.put(sku, unplaced);
        }
        for (StockLevel level : stock.filter(l -> active.contains(l.locationId())).appendAll(stock.filter(l -> !active.contains(l.locationId())))) {
            long already = held.get(level).getOrElse(0L);
            long take = Math.min(left.get(level.sku()).get(), level.available() - already);
            left = left.put(level.sku(), left.get(level.sku()).get() - take);
            held = held.put(level, already + take);
        }
        List<StockLevel> shown = List.empty();
        for (StockLevel level : stock) {
            shown = shown.append(new StockLevel(level.sku(), level.locationId(), level.onHand(),
                    level.reserved() + held.get(level).getOrElse(0L), level.ringFenced(), level.bin()));
        }
        return shown;
    }

    private long units(Sku sku, Bucket bucket, Option<Channel> channel) {
        return waiting.filter(w -> w.sku().equals(sku) && w.bucket() == bucket && channel.forAll(w.channel()::equals))
                .map(WaitingTotal::quantity).sum().longValue()
                + promised.filter(p -> p.sku().equals(sku) && p.bucket() == bucket && channel.forAll(p.channel()::equals))
                        .map(PromisedUnits::quantity).sum().longValue();
    }
}
