// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LocationId;
import io.vavr.control.Option;
import java.util.Comparator;

/**
 * Where some units of a line are: a bucket, and for units held in stock, the location holding them.
 *
 * @param bucket the bucket
 * @param location the location, exactly for the buckets held at a location
 */
public record Slot(Bucket bucket, Option<LocationId> location) implements Comparable<Slot> {

    private static final Comparator<Slot> ORDER = Comparator.comparing(Slot::bucket)
            .thenComparing(s -> s.location().map(LocationId::value).getOrElse(""));

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
        return new Slot(bucket, Option.none());
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
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return bucket + location.map(l -> "@" + l).getOrElse("");
    }
}
