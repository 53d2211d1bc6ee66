// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.pricing.PriceBreakdown;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.Tuple2;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import dev.oms.spi.value.Require;
import org.joda.money.Money;

/**
 * One order line and where each of its units is. The slot counts always add up to {@link #quantity()}:
 * units only ever move between slots (design invariant 1, conservation).
 *
 * Immutable; equal when every component is (a value, as a record would be), the per-bucket counts aside.
 */
public final class Line {
    private static final Bucket[] BUCKETS = Bucket.values();

    private final LineId id;
    private final Sku sku;
    private final long quantity;
    private final Money unitPrice;
    private final TreeMap<Slot, Long> units;
    private final boolean stockTracked;
    private final Option<LocationId> dropshipper;
    private final PriceBreakdown price;
    /** Units per bucket by ordinal, counted once: every status, summary and decision asks, and walking the slot tree
     * allocates. Final, so it is seen whole wherever the line is; never handed out (mutable). */
    private final long[] unitsPerBucket;

    /**
     * Checks the components: the slots hold exactly the units ordered.
     *
     * @param id the line's id
     * @param sku the SKU ordered
     * @param quantity the units ordered
     * @param unitPrice the price of one unit
     * @param units how many units each slot holds
     * @param stockTracked whether the SKU's stock was tracked when the order was placed
     * @param dropshipper the supplier the line's units were sent to for dropship, if any
     * @param price the line's discounts and taxes
     */
    public Line(LineId id, Sku sku, long quantity, Money unitPrice, TreeMap<Slot, Long> units, boolean stockTracked,
            Option<LocationId> dropshipper, PriceBreakdown price) {
        this.dropshipper = Require.nonNull(dropshipper, "dropshipper");
        this.price = Require.nonNull(price, "price");
        this.unitsPerBucket = new long[BUCKETS.length];
        long total = 0;
        for (Tuple2<Slot, Long> slot : units) {
            unitsPerBucket[slot._1.bucket().ordinal()] += slot._2;
            total += slot._2;
        }
        if (total != quantity) {
            throw new IllegalStateException("line " + id + " holds " + total + " units in its slots, ordered " + quantity);
        }
        this.id = id;
        this.sku = sku;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.units = units;
        this.stockTracked = stockTracked;
    }

    /** {@return the line's id} */
    public LineId id() { return id; }

    /** {@return the SKU ordered} */
    public Sku sku() { return sku; }

    /** {@return the units ordered} */
    public long quantity() { return quantity; }

    /** {@return the price of one unit} */
    public Money unitPrice() { return unitPrice; }

    /** {@return how many units each slot holds} */
    public TreeMap<Slot, Long> units() { return units; }

    /** {@return whether the SKU's stock was tracked when the order was placed}: the units of an untracked line move
     * through the buckets like any others, but hold no stock: they are allocated without a reservation, and neither
     * cancelling nor shipping them gives back or consumes stock */
    public boolean stockTracked() { return stockTracked; }

    /** {@return the supplier the line's units were sent to for dropship, if any}: the units allocated there hold none
     * of our stock (the supplier ships from its own), like an untracked line's. A line is dropshipped once */
    public Option<LocationId> dropshipper() { return dropshipper; }

    /** {@return the line's discounts and taxes, as priced at placement} */
    public PriceBreakdown price() { return price; }

    /**
     * A line of a SKU whose stock is tracked.
     *
     * @param id the line's id
     * @param sku the SKU ordered
     * @param quantity the units ordered
     * @param unitPrice the price of one unit
     * @param units how many units each slot holds
     */
    public Line(LineId id, Sku sku, long quantity, Money unitPrice, TreeMap<Slot, Long> units) {
        this(id, sku, quantity, unitPrice, units, true, Option.none(), PriceBreakdown.NONE);
    }

    static Line placed(LineId id, Sku sku, long quantity, Money unitPrice) {
        return placed(id, sku, quantity, unitPrice, true, PriceBreakdown.NONE);
    }

    static Line placed(LineId id, Sku sku, long quantity, Money unitPrice, boolean stockTracked, PriceBreakdown price) {
        return new Line(id, sku, quantity, unitPrice, TreeMap.of(Slot.of(Bucket.PENDING), quantity), stockTracked,
                Option.none(), price);
    }

    /**
     * {@return whether the line's units at a location hold our stock}: not for an untracked line, nor at the supplier
     * that dropships the line
     *
     * @param location the location
     */
    public boolean holdsStockAt(LocationId location) {
        return stockTracked && !dropshipper.contains(location);
    }

    /** {@return the line, its units at {@code supplier} dropshipped from now on} */
    Line dropshippedBy(LocationId supplier) {
        return new Line(id, sku, quantity, unitPrice, units, stockTracked, Option.some(supplier), price);
    }

    /**
     * {@return the units in one slot}
     *
     * @param slot the slot
     */
    public long count(Slot slot) {
        return units.get(slot).getOrElse(0L);
    }

    /**
     * {@return the units in a bucket, over every location}
     *
     * @param bucket the bucket
     */
    public long count(Bucket bucket) {
        return unitsPerBucket[bucket.ordinal()];
    }

    /** Adds this line's units per bucket, by ordinal, to {@code sums}. */
    void addUnitsPerBucketTo(long[] sums) {
        for (int i = 0; i < unitsPerBucket.length; i++) {
            sums[i] += unitsPerBucket[i];
        }
    }

    /**
     * {@return the units in a bucket at one location}
     *
     * @param bucket a bucket whose units are held at a location
     * @param location the location
     */
    public long count(Bucket bucket, LocationId location) {
        return count(Slot.at(bucket, location));
    }

    /**
     * The slots of a bucket that hold units, in slot order (by location id).
     *
     * @param bucket the bucket
     * @return its slots with units
     */
    public List<Slot> slots(Bucket bucket) {
        // A loop, as in count: a filtered map and its key set would be two new trees per call.
        List<Slot> found = List.empty();
        for (Tuple2<Slot, Long> slot : units) {
            if (slot._1.bucket() == bucket && slot._2 > 0) {
                found = found.prepend(slot._1);
            }
        }
        return found.reverse();
    }

    /** {@return units waiting in their SKU's restock queue (pre-ordered or backordered)} */
    public long waiting() {
        return count(Bucket.PREORDERED) + count(Bucket.BACKORDERED);
    }

    /** {@return units the host can still cancel, directly or by opening their package: by the transition table} */
    public long cancellable() {
        long cancellable = 0;
        for (Bucket bucket : BUCKETS) {
            cancellable += Transitions.cancellable(bucket) ? count(bucket) : 0;
        }
        return cancellable;
    }

    /** {@return units neither cancelled nor shipped yet (units bought from a supplier included)} */
    public long unshipped() {
        long unshipped = 0;
        for (Bucket bucket : BUCKETS) {
            unshipped += bucket != Bucket.CANCELLED && !Transitions.shippedOrLater(bucket) ? count(bucket) : 0;
        }
        return unshipped;
    }

    /** {@return units not cancelled} */
    public long active() {
        return quantity - count(Bucket.CANCELLED);
    }

    /**
     * The price of some units of this line.
     *
     * @param unitCount how many units
     * @return the unit price times {@code unitCount}
     */
    public Money priceOf(long unitCount) {
        return unitPrice.multipliedBy(unitCount);
    }

    /** {@return what the customer pays for the whole line}: unit price times quantity, less discounts, plus taxes
     * when prices exclude them ({@link PriceBreakdown#total}) */
    public Money total() {
        return price.total(unitPrice, quantity);
    }

    /**
     * The exact value of a run of the line's units, each discount and tax split over the units by
     * {@code UnitShares}. Units are numbered in the order they leave the order: units shipped take the first numbers
     * in the order they ship, units cancelled the last ones, so the value of the units still wanted is always
     * {@code valueOfUnits(0, active())} and the packages' values add up to it once all have shipped.
     *
     * @param from the first unit, 0-based
     * @param count how many units
     * @return their value
     */
    public Money valueOfUnits(long from, long count) {
        return price.valueOfUnits(unitPrice, quantity, from, count);
    }

    /** {@return {@link #valueOfUnits valueOfUnits(0, count)} in minor units}: a line priced as given costs no Money
     * @param count how many of the line's first units */
    long minorValueOfFirst(long count) {
        return price.isNone() ? Math.multiplyExact(unitPrice.getAmountMinorLong(), count)
                : valueOfUnits(0, count).getAmountMinorLong();
    }

    /**
     * Moves units between slots.
     *
     * @throws IllegalStateException when the move is not in {@link Transitions} or the slot lacks the
     *     units: deciders check both first, so this is a bug
     */
    Line move(Slot from, Slot to, long n, Class<? extends OrderEvent> by) {
        if (!Transitions.isLegal(from.bucket(), to.bucket(), by)) {
            throw new IllegalStateException("illegal move " + from + " -> " + to + " by " + by.getSimpleName() + " on line " + id);
        }
        long available = count(from);
        if (n <= 0 || n > available) {
            throw new IllegalStateException("cannot move " + n + " of " + available + " units from " + from + " on line " + id);
        }
        TreeMap<Slot, Long> taken = available == n ? units.remove(from) : units.put(from, available - n);
        return new Line(id, sku, quantity, unitPrice, taken.put(to, count(to) + n), stockTracked, dropshipper, price);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Line that && quantity == that.quantity && stockTracked == that.stockTracked
                && id.equals(that.id) && sku.equals(that.sku) && unitPrice.equals(that.unitPrice) && units.equals(that.units)
                && dropshipper.equals(that.dropshipper) && price.equals(that.price);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, sku, quantity, unitPrice, units, stockTracked, dropshipper, price);
    }

    /** The line in a few words: id, SKU (marked when untracked) and its units by slot, e.g.
     * {@code L1 SKU-1 {ALLOCATED@WH-1=2, PENDING=1}} or {@code L2 CARD (untracked) {ALLOCATED@WH-1=1}}. */
    @Override
    public String toString() {
        return id + " " + sku + (stockTracked ? "" : " (untracked)") + " " + units.map(e -> e._1 + "=" + e._2).mkString("{", ", ", "}");
    }
}
