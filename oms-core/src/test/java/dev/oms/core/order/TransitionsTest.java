// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.order;

import static dev.oms.spi.event.Bucket.ALLOCATED;
import static dev.oms.spi.event.Bucket.AWAITING_SUPPLIER;
import static dev.oms.spi.event.Bucket.BACKORDERED;
import static dev.oms.spi.event.Bucket.PACKED;
import static dev.oms.spi.event.Bucket.PENDING;
import static dev.oms.spi.event.Bucket.PICKED;
import static dev.oms.spi.event.Bucket.PREORDERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.AllocationEvent.UnitsAllocated;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.FulfilmentEvent.PackageShipped;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Sku;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class TransitionsTest {

    @Test
    void whatABucketMeansIsDerivedFromTheMovesOutOfIt() {
        assertThat(bucketsWhere(Transitions::cancelledDirectly))
                .containsExactlyInAnyOrder(PENDING, PREORDERED, BACKORDERED, ALLOCATED, PICKED);
        assertThat(bucketsWhere(Transitions::cancellable))
                .as("packed units are cancelled by opening their package; supplier units are settled by the supplier")
                .containsExactlyInAnyOrder(PENDING, PREORDERED, BACKORDERED, ALLOCATED, PICKED, PACKED)
                .doesNotContain(AWAITING_SUPPLIER);
        assertThat(bucketsWhere(Transitions::shippedOrLater)).containsExactlyInAnyOrder(Bucket.SHIPPED, Bucket.DELIVERED, Bucket.RETURNED,
                Bucket.CLAIMED);
        assertThat(bucketsWhere(Transitions::waiting)).containsExactlyInAnyOrder(PREORDERED, BACKORDERED);
        assertThat(bucketsWhere(Transitions::heldAtLocation)).containsExactlyInAnyOrder(ALLOCATED, PICKED, PACKED);
    }

    @Test
    void aMoveIsLegalOnlyForTheEventTheTableNamesForIt() {
        assertThat(Transitions.isLegal(PENDING, ALLOCATED, UnitsAllocated.class)).isTrue();
        assertThat(Transitions.isLegal(PENDING, ALLOCATED, UnitsCancelled.class)).isFalse();
        assertThat(Transitions.isLegal(PACKED, Bucket.SHIPPED, PackageShipped.class)).isTrue();
    }

    @Test
    void aLineRefusesAMoveMadeByTheWrongEvent() {
        Line line = Line.placed(LineId.of("L1"), Sku.of("SKU-1"), 2, Money.parse("EUR 1.00"));

        assertThatThrownBy(() -> line.move(Slot.of(PENDING), Slot.of(Bucket.CANCELLED), 1, UnitsAllocated.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("by UnitsAllocated");
        assertThat(line.move(Slot.of(PENDING), Slot.of(Bucket.CANCELLED), 1, UnitsCancelled.class)
                .count(Slot.of(Bucket.CANCELLED))).isEqualTo(1);
    }

    @Test
    void everyMoveIsDescribedWithItsEventAndStockEffect() {
        assertThat(Transitions.describe().lines())
                .hasSize(Transitions.moves().size())
                .anySatisfy(line -> assertThat(line).contains("ALLOCATED").contains("UnitsAllocated").contains("RESERVES"));
    }

    private static java.util.Set<Bucket> bucketsWhere(java.util.function.Predicate<Bucket> predicate) {
        return Arrays.stream(Bucket.values()).filter(predicate).collect(Collectors.toSet());
    }
}
