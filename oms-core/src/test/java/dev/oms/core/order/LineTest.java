// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.TreeMap;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A line keeps its units per bucket counted once; it stays a value: equal to any line with the same components. */
class LineTest {
    private static final LocationId WH_1 = LocationId.of("WH-1");
    private static final LocationId WH_2 = LocationId.of("WH-2");
    private static final Money PRICE = Money.parse("EUR 5.00");

    @Test
    void countsFollowEveryMoveAndAgreeWithTheSlots() {
        Line line = Line.placed(LineId.of("L1"), Sku.of("SKU-1"), 5, PRICE)
                .move(Slot.of(Bucket.PENDING), Slot.at(Bucket.ALLOCATED, WH_2), 2, UnitsAllocated.class)
                .move(Slot.of(Bucket.PENDING), Slot.at(Bucket.ALLOCATED, WH_1), 1, UnitsAllocated.class)
                .move(Slot.of(Bucket.PENDING), Slot.of(Bucket.CANCELLED), 1, UnitsCancelled.class);

        assertThat(line.count(Bucket.PENDING)).isEqualTo(1);
        assertThat(line.count(Bucket.ALLOCATED)).isEqualTo(3);
        assertThat(line.count(Bucket.ALLOCATED, WH_2)).isEqualTo(2);
        assertThat(line.count(Bucket.CANCELLED)).isEqualTo(1);
        assertThat(line.count(Bucket.SHIPPED)).isZero();
        assertThat(line.active()).isEqualTo(4);
        assertThat(line.cancellable()).isEqualTo(4);
        assertThat(line.unshipped()).isEqualTo(4);
        for (Bucket bucket : Bucket.values()) {
            long inSlots = line.units().filterKeys(slot -> slot.bucket() == bucket).values().sum().longValue();
            assertThat(line.count(bucket)).as(bucket.name()).isEqualTo(inSlots);
        }
        assertThat(line.slots(Bucket.ALLOCATED)).as("slots in location order")
                .containsExactly(Slot.at(Bucket.ALLOCATED, WH_1), Slot.at(Bucket.ALLOCATED, WH_2));
    }

    @Test
    void linesWithTheSameComponentsAreEqualHoweverTheyWereReached() {
        Line moved = Line.placed(LineId.of("L1"), Sku.of("SKU-1"), 2, PRICE)
                .move(Slot.of(Bucket.PENDING), Slot.at(Bucket.ALLOCATED, WH_1), 2, UnitsAllocated.class);
        Line built = new Line(LineId.of("L1"), Sku.of("SKU-1"), 2, PRICE, TreeMap.of(Slot.at(Bucket.ALLOCATED, WH_1), 2L));

        assertThat(moved).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(moved).isNotEqualTo(moved.dropshippedBy(WH_1));
        assertThat(moved).isNotEqualTo(new Line(LineId.of("L1"), Sku.of("SKU-1"), 2, PRICE, TreeMap.of(Slot.at(Bucket.ALLOCATED, WH_2), 2L)));
    }

    @Test
    void slotsOrderByBucketThenLocationTheUnlocatedFirst() {
        assertThat(Slot.of(Bucket.PENDING)).isSameAs(Slot.of(Bucket.PENDING));
        assertThat(Slot.of(Bucket.PENDING).compareTo(Slot.at(Bucket.ALLOCATED, WH_1))).isNegative();
        assertThat(Slot.at(Bucket.ALLOCATED, WH_1).compareTo(Slot.at(Bucket.ALLOCATED, WH_2))).isNegative();
        assertThat(Slot.at(Bucket.ALLOCATED, WH_2).compareTo(Slot.at(Bucket.ALLOCATED, WH_2))).isZero();
        assertThat(Slot.at(Bucket.PICKED, WH_1).compareTo(Slot.at(Bucket.ALLOCATED, WH_2))).isPositive();
    }
}
