// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.spi.availability.Hold;
import dev.oms.spi.availability.PromisedUnits;
import dev.oms.spi.inventory.StockMovement;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;

/** How a live checkout hold changes to other quantities: what to reserve, what to give back, how a change is recorded. Pure. */
public final class HoldChangeRules {
    // Keys and SKUs are checked IDs, which hold no control character: a tab ends the key unambiguously.
    private static final String AFTER_KEY = "\t";

    private HoldChangeRules() {}

    /**
     * What a change does to a hold, SKU by SKU.
     *
     * @param increase the units to add, per SKU, to be reserved where the hold routing (or the pinned location) says
     * @param decrease the units to give back, per SKU and location
     * @param kept the hold's units that stay, per SKU and location
     * @param keptPromised the hold's promised units that stay
     */
    public record Delta(List<HoldRequest.Units> increase, List<StockMovement> decrease, List<StockMovement> kept,
            List<PromisedUnits> keptPromised) {}

    /**
     * The change from what the hold holds and promises to what the request asks. A SKU's decrease comes off
     * its promised units first (they hold no stock), then off its locations in the reverse of the hold's order
     * (the hold routing put its preferred locations first, so they are kept); a SKU the request leaves out is
     * given back whole.
     *
     * @param hold the live hold
     * @param request the units it should hold now, each positive
     * @return the delta
     */
    public static Delta delta(Hold hold, HoldRequest request) {
        Map<Sku, Long> wanted = perSku(List.ofAll(request.lines()).map(u -> Tuple.of(u.sku(), u.quantity())));
        Map<Sku, Long> held = perSku(List.ofAll(hold.movements()).map(m -> Tuple.of(m.sku(), m.quantity()))
                .appendAll(List.ofAll(hold.promised()).map(p -> Tuple.of(p.sku(), p.quantity()))));
        List<HoldRequest.Units> increase = wanted.filter(w -> w._2 > held.get(w._1).getOrElse(0L))
                .map(w -> new HoldRequest.Units(w._1, w._2 - held.get(w._1).getOrElse(0L))).toList();
        Map<Sku, Long> toGiveBack = held.map((sku, units) -> Tuple.of(sku, Math.max(0, units - wanted.get(sku).getOrElse(0L))));
        List<PromisedUnits> keptPromised = List.empty();
        for (PromisedUnits p : List.ofAll(hold.promised()).reverse()) {
            long give = Math.min(p.quantity(), toGiveBack.get(p.sku()).getOrElse(0L));
            toGiveBack = toGiveBack.put(p.sku(), toGiveBack.get(p.sku()).getOrElse(0L) - give);
            if (p.quantity() > give) {
                keptPromised = keptPromised.prepend(p.withQuantity(p.quantity() - give));
            }
        }
        List<StockMovement> decrease = List.empty();
        List<StockMovement> kept = List.empty();
        for (StockMovement m : List.ofAll(hold.movements()).reverse()) {
            long give = Math.min(m.quantity(), toGiveBack.get(m.sku()).getOrElse(0L));
            toGiveBack = toGiveBack.put(m.sku(), toGiveBack.get(m.sku()).getOrElse(0L) - give);
            if (give > 0) {
                decrease = decrease.prepend(new StockMovement(m.sku(), m.locationId(), give));
            }
            if (m.quantity() > give) {
                kept = kept.prepend(new StockMovement(m.sku(), m.locationId(), m.quantity() - give));
            }
        }
        return new Delta(increase, decrease, kept, keptPromised);
    }

    /**
     * The hold's units after a change: what it kept, then what the change added, merged per SKU and location.
     *
     * @param kept the units kept
     * @param added the units the change reserved
     * @return the movements, merged, in that order
     */
    public static List<StockMovement> merged(List<StockMovement> kept, List<StockMovement> added) {
        Map<Tuple2<Sku, LocationId>, Long> units = LinkedHashMap.empty();
        for (StockMovement m : kept.appendAll(added)) {
            Tuple2<Sku, LocationId> at = Tuple.of(m.sku(), m.locationId());
            units = units.put(at, units.get(at).getOrElse(0L) + m.quantity());
        }
        return units.map(e -> new StockMovement(e._1._1, e._1._2, e._2)).toList();
    }

    /**
     * The hold's promised units after a change: what it kept, then what the change promised, merged where
     * they are alike (SKU, bucket, channel and place).
     *
     * @param kept the promised units kept
     * @param added the units the change promised
     * @return the promised units, merged, in that order
     */
    public static List<PromisedUnits> mergedPromises(List<PromisedUnits> kept, List<PromisedUnits> added) {
        Map<PromisedUnits, Long> units = LinkedHashMap.empty();
        for (PromisedUnits p : kept.appendAll(added)) {
            PromisedUnits alike = p.withQuantity(1);
            units = units.put(alike, units.get(alike).getOrElse(0L) + p.quantity());
        }
        return units.map(e -> e._1.withQuantity(e._2)).toList();
    }

    /**
     * The change as the hold records it: its key, then what it asked (units per SKU, pinned location, time to
     * live), so a replay is told from a reused key.
     *
     * @param key the change's idempotency key
     * @param request what it asked
     * @return the record
     */
    public static String record(String key, HoldRequest request) {
        Map<Sku, Long> units = TreeMap.ofEntries(perSku(List.ofAll(request.lines()).map(u -> Tuple.of(u.sku(), u.quantity()))));
        return key + AFTER_KEY + units.map(e -> e._1.code() + "=" + e._2).mkString(",")
                + ";at=" + request.location().map(LocationId::value).orElse("") + ";ttl=" + request.timeToLive();
    }

    /**
     * Whether the hold already had a change under {@code key}, and if so whether it asked the same.
     *
     * @param hold the hold
     * @param key the change's idempotency key
     * @param request what the change asks now
     * @return none when the key is new; true for a replay, false for the key reused with other parameters
     */
    public static Option<Boolean> replay(Hold hold, String key, HoldRequest request) {
        String recorded = record(key, request);
        return List.ofAll(hold.changes()).find(c -> c.startsWith(key + AFTER_KEY)).map(recorded::equals);
    }

    private static Map<Sku, Long> perSku(List<Tuple2<Sku, Long>> units) {
        Map<Sku, Long> perSku = LinkedHashMap.empty();
        for (Tuple2<Sku, Long> u : units) {
            perSku = perSku.put(u._1, perSku.get(u._1).getOrElse(0L) + u._2);
        }
        return perSku;
    }
}
