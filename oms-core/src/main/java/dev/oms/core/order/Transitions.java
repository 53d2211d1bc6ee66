// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import static dev.oms.spi.event.Bucket.ALLOCATED;
import static dev.oms.spi.event.Bucket.AWAITING_SUPPLIER;
import static dev.oms.spi.event.Bucket.BACKORDERED;
import static dev.oms.spi.event.Bucket.CANCELLED;
import static dev.oms.spi.event.Bucket.CLAIMED;
import static dev.oms.spi.event.Bucket.DELIVERED;
import static dev.oms.spi.event.Bucket.PACKED;
import static dev.oms.spi.event.Bucket.PENDING;
import static dev.oms.spi.event.Bucket.PICKED;
import static dev.oms.spi.event.Bucket.PREORDERED;
import static dev.oms.spi.event.Bucket.RETURNED;
import static dev.oms.spi.event.Bucket.SHIPPED;

import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.AllocationEvent.UnitsDeallocated;
import dev.oms.spi.event.AllocationEvent.UnitsLost;
import dev.oms.spi.event.AllocationEvent.DropshipAllocated;
import dev.oms.spi.event.AllocationEvent.AllocationMoved;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.CancellationEvent.OrderReopened;
import dev.oms.spi.event.ClaimEvent.ClaimSettled;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.ExternalFulfilmentEvent.ExternalShipmentConfirmed;
import dev.oms.spi.event.FulfilmentEvent.PackageDelivered;
import dev.oms.spi.event.FulfilmentEvent.PackageOpened;
import dev.oms.spi.event.FulfilmentEvent.PackagePacked;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.event.FulfilmentEvent.PickListPicked;
import dev.oms.spi.event.IndentEvent.PurchaseGoodsReceived;
import dev.oms.spi.event.IndentEvent.PurchaseRequested;
import dev.oms.spi.event.IndentEvent.SupplierShortfallSettled;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent.ReturnReceived;
import dev.oms.spi.event.ShipmentVoidEvent.ShipmentVoided;
import dev.oms.spi.event.WaitingEvent.UnitsBackordered;
import dev.oms.spi.event.WaitingEvent.UnitsPreordered;
import dev.oms.spi.event.WaitingEvent.WaitingUnitsFilled;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.util.EnumSet;

/**
 * The state machine of a unit, the single source of its rules: every legal move between buckets, the
 * event that makes it, what it does to stock at a location, and why. Nothing else moves units:
 * {@link Line#move} refuses any move not listed here. What the rest of oms asks of a bucket (can its units
 * be cancelled, do they wait in a restock queue, do they hold stock at a location) is derived from this
 * table, never listed again.
 */
public final class Transitions {

    /** What a move does to stock at a location. */
    public enum Stock {
        /** The units start holding stock at a location. */
        RESERVES,
        /** The units hold the same stock before and after. */
        KEEPS,
        /** The stock the units held goes back to the location. */
        RELEASES,
        /** The stock the units held leaves the location for good. */
        CONSUMES,
        /** The units hold no stock before or after. */
        NONE;

        boolean heldBefore() {
            return this == KEEPS || this == RELEASES || this == CONSUMES;
        }

        boolean heldAfter() {
            return this == RESERVES || this == KEEPS;
        }
    }

    private record Step(Bucket from, Bucket to, Class<? extends OrderEvent> by) {}

    /**
     * One legal move: {@code from} to {@code to}, made by an event of type {@code by}.
     *
     * @param from the bucket the units leave
     * @param to the bucket they enter
     * @param by the type of the event that makes the move
     * @param stock what the move does to stock at the location
     * @param reason why units make the move, in a few words
     */
    public record Move(Bucket from, Bucket to, Class<? extends OrderEvent> by, Stock stock, String reason) {}

    private static final List<Move> MOVES = List.of(
            new Move(PENDING, ALLOCATED, UnitsAllocated.class, Stock.RESERVES, "reserved at a location"),
            new Move(PENDING, ALLOCATED, DropshipAllocated.class, Stock.RESERVES,
                    "sent to a supplier that ships them itself (dropship); its stock, none of ours, is what they take"),
            new Move(PENDING, CANCELLED, UnitsCancelled.class, Stock.NONE, "cancelled before allocation"),
            new Move(PENDING, PREORDERED, UnitsPreordered.class, Stock.NONE, "ordered before the release date; waits for the release"),
            new Move(PENDING, BACKORDERED, UnitsBackordered.class, Stock.NONE, "stock short; waits for a receipt"),
            new Move(PREORDERED, PENDING, WaitingUnitsFilled.class, Stock.NONE, "released and covered by stock; reservation follows"),
            new Move(PREORDERED, CANCELLED, UnitsCancelled.class, Stock.NONE, "pre-order cancelled"),
            new Move(BACKORDERED, PENDING, WaitingUnitsFilled.class, Stock.NONE, "restocked; reservation follows"),
            new Move(BACKORDERED, CANCELLED, UnitsCancelled.class, Stock.NONE, "backorder cancelled"),
            new Move(PENDING, AWAITING_SUPPLIER, PurchaseRequested.class, Stock.NONE, "bought from a supplier for this order (indent)"),
            new Move(AWAITING_SUPPLIER, ALLOCATED, PurchaseGoodsReceived.class, Stock.RESERVES,
                    "goods received against the purchase, ring-fenced for this order"),
            new Move(AWAITING_SUPPLIER, CANCELLED, SupplierShortfallSettled.class, Stock.NONE, "supplier short; cancelled by policy"),
            new Move(AWAITING_SUPPLIER, BACKORDERED, SupplierShortfallSettled.class, Stock.NONE, "supplier short; backordered by policy"),
            new Move(AWAITING_SUPPLIER, PENDING, SupplierShortfallSettled.class, Stock.NONE,
                    "supplier short; sourced again from stock by policy"),
            new Move(ALLOCATED, PICKED, PickListPicked.class, Stock.KEEPS, "pick list confirmed"),
            new Move(ALLOCATED, CANCELLED, UnitsCancelled.class, Stock.RELEASES, "cancelled; reservation released"),
            new Move(ALLOCATED, PENDING, UnitsDeallocated.class, Stock.RELEASES,
                    "location cannot fulfil after all; reservation released, routed again"),
            new Move(ALLOCATED, PENDING, UnitsLost.class, Stock.RELEASES,
                    "a stock adjustment found the units gone; reservation released, routed again or waits"),
            new Move(ALLOCATED, ALLOCATED, AllocationMoved.class, Stock.KEEPS,
                    "moved to another location: reserved there first, the old reservation released after"),
            new Move(PICKED, PACKED, PackagePacked.class, Stock.KEEPS, "packed into a package"),
            new Move(PICKED, CANCELLED, UnitsCancelled.class, Stock.RELEASES, "cancelled after picking; reservation released"),
            new Move(PACKED, PICKED, PackageOpened.class, Stock.KEEPS, "package opened before shipping"),
            new Move(PACKED, SHIPPED, PackageShipped.class, Stock.CONSUMES, "carrier took the package"),
            new Move(ALLOCATED, SHIPPED, ExternalShipmentConfirmed.class, Stock.CONSUMES,
                    "a third-party location's provider shipped them (no pick list there)"),
            new Move(SHIPPED, DELIVERED, PackageDelivered.class, Stock.NONE, "customer received the package"),
            new Move(SHIPPED, PACKED, ShipmentVoided.class, Stock.RESERVES,
                    "the carrier never collected it: packed again in a new package, back in stock and reserved"),
            new Move(SHIPPED, ALLOCATED, ShipmentVoided.class, Stock.RESERVES,
                    "the carrier never collected it: unpacked onto the shelf, back in stock and reserved"),
            new Move(CANCELLED, PENDING, OrderReopened.class, Stock.NONE, "a cancelled order reopened; reservation follows"),
            new Move(DELIVERED, RETURNED, ReturnReceived.class, Stock.NONE,
                    "sent back under a return and received at a location; restocked ones are stock received, not a release"),
            new Move(DELIVERED, CLAIMED, ClaimSettled.class, Stock.NONE, "claimed damaged, not received or the wrong item; refunded, not sent back"),
            new Move(SHIPPED, CLAIMED, ClaimSettled.class, Stock.NONE, "claimed while the carrier reports the parcel held up or sent back; refunded"));

    /** Every legal (from, to, event) once, so a unit move on the evolution path is one hash lookup. The lookups below
     * are java.util sets: asked on every unit move and count, and a Vavr set's lookup allocates. */
    private static final java.util.Set<Step> LEGAL = java.util.Set.copyOf(MOVES.map(m -> new Step(m.from(), m.to(), m.by())).asJava());
    private static final EnumSet<Bucket> HELD = buckets(MOVES.filter(m -> m.stock().heldAfter()).map(Move::to));
    /** Cancelled by the host directly, or after opening the package they are in. */
    private static final EnumSet<Bucket> CANCELLED_DIRECTLY =
            buckets(MOVES.filter(m -> m.to() == CANCELLED && m.by() == UnitsCancelled.class).map(Move::from));
    private static final EnumSet<Bucket> CANCELLABLE = buckets(List.ofAll(CANCELLED_DIRECTLY)
            .appendAll(MOVES.filter(m -> m.by() == PackageOpened.class && CANCELLED_DIRECTLY.contains(m.to())).map(Move::from)));
    /** Entered when stock is consumed, or after that (but for a move that brings them back into stock): the units left the location. */
    private static final EnumSet<Bucket> SHIPPED_OR_LATER = buckets(shippedOrLater());
    private static final EnumSet<Bucket> WAITING = buckets(MOVES.filter(m -> m.by() == WaitingUnitsFilled.class).map(Move::from));

    static {
        // The stock column must agree with itself: a move out of a held bucket keeps, releases or consumes.
        for (Move move : MOVES) {
            if (move.stock().heldBefore() != HELD.contains(move.from()) || move.stock().heldAfter() != HELD.contains(move.to())) {
                throw new ExceptionInInitializerError("inconsistent stock effect in " + move);
            }
        }
    }

    private Transitions() {}

    /**
     * Whether any event may move units from {@code from} to {@code to}.
     *
     * @param from the bucket the units leave
     * @param to the bucket they enter
     * @return whether the table has such a move
     */
    public static boolean isLegal(Bucket from, Bucket to) {
        return MOVES.exists(m -> m.from() == from && m.to() == to);
    }

    /**
     * Whether an event of type {@code by} may move units from {@code from} to {@code to}.
     *
     * @param from the bucket the units leave
     * @param to the bucket they enter
     * @param by the event type
     * @return whether the table has that move by that event
     */
    public static boolean isLegal(Bucket from, Bucket to, Class<? extends OrderEvent> by) {
        return LEGAL.contains(new Step(from, to, by));
    }

    /**
     * Whether units in {@code bucket} hold stock at one location (entered by reserving, kept since).
     *
     * @param bucket the bucket
     * @return whether they hold stock at a location
     */
    public static boolean heldAtLocation(Bucket bucket) {
        return HELD.contains(bucket);
    }

    /**
     * Whether the host can still cancel units in {@code bucket}: a {@code UnitsCancelled} move leaves it, or
     * opening their package leads to a bucket one does. Units bought from a supplier are settled by the
     * supplier's answer, not by the host, so they are not cancellable.
     *
     * @param bucket the bucket
     * @return whether its units are cancellable
     */
    public static boolean cancellable(Bucket bucket) {
        return CANCELLABLE.contains(bucket);
    }

    /**
     * Whether {@code UnitsCancelled} may move units out of {@code bucket} as they are.
     *
     * @param bucket the bucket
     * @return whether {@code UnitsCancelled} moves them out directly
     */
    public static boolean cancelledDirectly(Bucket bucket) {
        return CANCELLED_DIRECTLY.contains(bucket);
    }

    /**
     * Whether units in {@code bucket} have left their location for good (shipped, and what follows shipping).
     *
     * @param bucket the bucket
     * @return whether they have left their location for good
     */
    public static boolean shippedOrLater(Bucket bucket) {
        return SHIPPED_OR_LATER.contains(bucket);
    }

    private static EnumSet<Bucket> buckets(Iterable<Bucket> buckets) {
        EnumSet<Bucket> set = EnumSet.noneOf(Bucket.class);
        buckets.forEach(set::add);
        return set;
    }

    private static Set<Bucket> shippedOrLater() {
        Set<Bucket> reached = MOVES.filter(m -> m.stock() == Stock.CONSUMES).map(Move::to).toSet();
        Set<Bucket> before;
        do {
            before = reached;
            Set<Bucket> current = reached;
            reached = reached.addAll(MOVES.filter(m -> current.contains(m.from()) && !m.stock().heldAfter()).map(Move::to));
        } while (!reached.equals(before));
        return reached;
    }

    /**
     * Whether units in {@code bucket} wait in the restock queue of their SKU (filled by a release or a receipt).
     *
     * @param bucket the bucket
     * @return whether they wait in a restock queue
     */
    public static boolean waiting(Bucket bucket) {
        return WAITING.contains(bucket);
    }

    /** {@return every legal move, in life order}: printable, and what the properties check against */
    public static List<Move> moves() {
        return MOVES;
    }

    /** {@return the table as text, one move a line: from, to, the event that makes it, its stock effect, why} */
    public static String describe() {
        return MOVES.map(m -> String.format("%-17s -> %-17s %-24s %-8s %s",
                m.from(), m.to(), m.by().getSimpleName(), m.stock(), m.reason())).mkString("\n");
    }
}
