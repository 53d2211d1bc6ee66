// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.inventory.StockLevel;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.Sku;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The compact stream of one SKU's changes reads back exactly what was added, in order, with the change before each
 * at its location: times anywhere an {@link Instant} can be and going backwards, counts up to {@link Long#MAX_VALUE}
 * and jumping both ways, many locations and bins.
 */
class StockChangesProperties {
    private static final Sku SKU = Sku.of("SKU-1");

    record Change(Instant at, StockLevel level) {}

    @Property(tries = 500)
    void everyChangeReadsBackAsAddedWithTheOneBeforeItAtItsLocation(@ForAll("changes") List<Change> changes) {
        StockChanges stream = new StockChanges();
        changes.forEach(change -> stream.add(change.at(), change.level()));

        List<Change> read = new ArrayList<>();
        List<StockLevel> befores = new ArrayList<>();
        stream.forEach(SKU, (at, after, before) -> {
            read.add(new Change(at, after));
            befores.add(before);
        });

        assertThat(read).containsExactlyElementsOf(changes);
        Map<LocationId, StockLevel> last = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            StockLevel level = changes.get(i).level();
            assertThat(befores.get(i)).isEqualTo(last.put(level.locationId(), level));
        }
        Statistics.label("locations").collect(changes.stream().map(c -> c.level().locationId()).distinct().count());
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Instant> at = Arbitraries.oneOf(
                Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                        .flatMap(second -> Arbitraries.integers().between(0, 999_999_999)
                                .map(nano -> Instant.ofEpochSecond(second, nano))),
                Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.parse("2026-12-07T08:00:00Z")));
        Arbitrary<Long> count = Arbitraries.oneOf(Arbitraries.longs().between(0, 20),
                Arbitraries.longs().greaterOrEqual(0), Arbitraries.of(0L, Long.MAX_VALUE));
        Arbitrary<LocationId> location = Arbitraries.integers().between(1, 40).map(n -> LocationId.of("L" + n));
        Arbitrary<String> bin = Arbitraries.of("UNASSIGNED", "A-1", "B-7", "Ä-Ω");
        Arbitrary<StockLevel> level = Combinators.combine(location, count, count, count, bin)
                .as((where, onHand, reserved, fenced, in) -> new StockLevel(SKU, where, onHand, reserved, fenced, in));
        return Combinators.combine(at, level).as(Change::new).list().ofMaxSize(60);
    }
}
