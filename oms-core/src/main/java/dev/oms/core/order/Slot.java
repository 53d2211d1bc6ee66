// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LocationId;
import io.vavr.control.Option;

/**
 * Where some units of a line are: a bucket, and for units held in stock, the location holding them.
 *
 * @param bucket the bucket
 * @param location the location, exactly for the buckets held at a location
 */
public record Slot(Bucket bucket, Option<LocationId> location) implements Comparable<Slot> {

    /** The slots of buckets not held at a location, one per bucket (null for the others): made on every placement. */
    private static final Slot[] UNLOCATED = unlocated();

    /**
     * Checks the components: a location exactly when the bucket is held at one.
     *
     * @param bucket the bucket
     * @param location the location, if held at one
     */
    public Slot {
        if (Transitions.heldAtLocation(bucket) != location.isDefined()) {
            throw new IllegalArgumentException(bucket + " units " + (Transitions.heldAtLocation(bucket) ? "need" : "have no") + " location");
        }
    }

    /**
     * {@return the slot of a bucket not held at a location}
     *
     * @param bucket the bucket
     */
    public static Slot of(Bucket bucket) {
        Slot shared = UNLOCATED[bucket.ordinal()];
        return shared != null ? shared : new Slot(bucket, Option.none()); // the constructor refuses it
    }

    private static Slot[] unlocated() {
        Slot[] slots = new Slot[Bucket.values().length];
        for (Bucket bucket : Bucket.values()) {
            slots[bucket.ordinal()] = Transitions.heldAtLocation(bucket) ? null : new Slot(bucket, Option.none());
        }
        return slots;
    }

    /**
     * {@return the slot of a bucket at a location}
     *
     * @param bucket a bucket held at a location
     * @param location the location
     */
    public static Slot at(Bucket bucket, LocationId location) {
        return new Slot(bucket, Option.some(location));
    }

    @Override
    public int compareTo(Slot other) {
        // By bucket, then by location id (none first). Written out: slot trees compare on every unit move and count.
        int byBucket = bucket.compareTo(other.bucket);
        if (byBucket != 0) {
            return byBucket;
        }
        return (location.isEmpty() ? "" : location.get().value()).compareTo(other.location.isEmpty() ? "" : other.location.get().value());
    }

    @Override
    public String toString() {
        return bucket + location.map(l -> "@" + l).getOrElse("");
    }
}
