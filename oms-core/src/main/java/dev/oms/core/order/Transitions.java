package dev.oms.core.order;

import static dev.oms.spi.event.Bucket.ALLOCATED;
import static dev.oms.spi.event.Bucket.AWAITING_SUPPLIER;
import static dev.oms.spi.event.Bucket.BACKORDERED;
import static dev.oms.spi.event.Bucket.CANCELLED;
import static dev.oms.spi.event.Bucket.DELIVERED;
import static dev.oms.spi.event.Bucket.PACKED;
import static dev.oms.spi.event.Bucket.PENDING;
import static dev.oms.spi.event.Bucket.PICKED;
import static dev.oms.spi.event.Bucket.PREORDERED;
import static dev.oms.spi.event.Bucket.SHIPPED;

import dev.oms.spi.event.Bucket;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;

/**
 * The state machine of a unit: every legal move between buckets, and why it happens. Nothing else moves
 * units; {@link Line#move} refuses any move not listed here, so an illegal transition is a bug caught at once.
 */
public final class Transitions {

    private static final Map<Tuple2<Bucket, Bucket>, String> LEGAL = LinkedHashMap.<Tuple2<Bucket, Bucket>, String>empty()
            .put(Tuple.of(PENDING, ALLOCATED), "reserved at a location")
            .put(Tuple.of(PENDING, CANCELLED), "cancelled before allocation")
            .put(Tuple.of(PENDING, PREORDERED), "ordered before the release date; waits for the release")
            .put(Tuple.of(PENDING, BACKORDERED), "stock short; waits for a receipt")
            .put(Tuple.of(PREORDERED, PENDING), "released and covered by stock; reservation follows")
            .put(Tuple.of(PREORDERED, CANCELLED), "pre-order cancelled")
            .put(Tuple.of(BACKORDERED, PENDING), "restocked; reservation follows")
            .put(Tuple.of(BACKORDERED, CANCELLED), "backorder cancelled")
            .put(Tuple.of(PENDING, AWAITING_SUPPLIER), "bought from a supplier for this order (indent)")
            .put(Tuple.of(AWAITING_SUPPLIER, ALLOCATED), "goods received against the purchase, ring-fenced for this order")
            .put(Tuple.of(AWAITING_SUPPLIER, CANCELLED), "supplier short; cancelled by policy")
            .put(Tuple.of(AWAITING_SUPPLIER, BACKORDERED), "supplier short; backordered by policy")
            .put(Tuple.of(AWAITING_SUPPLIER, PENDING), "supplier short; sourced again from stock by policy")
            .put(Tuple.of(ALLOCATED, PICKED), "pick list confirmed")
            .put(Tuple.of(ALLOCATED, CANCELLED), "cancelled; reservation released")
            .put(Tuple.of(ALLOCATED, PENDING), "location cannot fulfil after all; reservation released, routed again")
            .put(Tuple.of(PICKED, PACKED), "packed into a package")
            .put(Tuple.of(PICKED, CANCELLED), "cancelled after picking; reservation released")
            .put(Tuple.of(PACKED, PICKED), "package opened before shipping")
            .put(Tuple.of(PACKED, SHIPPED), "carrier took the package")
            .put(Tuple.of(SHIPPED, DELIVERED), "customer received the package");

    private Transitions() {}

    public static boolean isLegal(Bucket from, Bucket to) {
        return LEGAL.containsKey(Tuple.of(from, to));
    }

    /** Every legal move with its reason, in life order: printable, and what the properties check against. */
    public static Map<Tuple2<Bucket, Bucket>, String> table() {
        return LEGAL;
    }

    /** The table as text, one move a line. */
    public static String describe() {
        return LEGAL.map(e -> String.format("%-17s -> %-17s %s", e._1._1, e._1._2, e._2)).mkString("\n");
    }
}
