// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.WaitingEvent.UnitsBackordered;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pins format v5, {@code golden/events-v5.jsonl}: {@code UnitsBackordered} of units a location's backorder terms
 * took, stored with {@code "waitsAt"}. Units waiting for stock anywhere are stored as in v1 (the field is written
 * only when there is a location), so every earlier line still decodes, as waiting anywhere.
 */
class BackorderLocationFormatTest {
    private static final Instant COMMITTED = Instant.parse("2026-03-01T10:15:30Z");

    static List<OrderEvent> v5Samples() {
        return List.of(new UnitsBackordered(LineId.of("L1"), 1, 2, Optional.of(LocalDate.parse("2026-03-10")), "stock short",
                Optional.of(LocationId.of("WH-1"))));
    }

    @Test
    void everyV5SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v5 = EventCodecGoldenTest.golden("v5");

        assertThat(v5Samples().stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v5);
        assertThat(v5.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(v5Samples());
    }

    @Test
    void everyBackorderStoredBeforeV5WaitsForStockAnywhere() throws IOException {
        List<String> older = new ArrayList<>(EventCodecGoldenTest.golden("v1"));
        older.addAll(EventCodecGoldenTest.golden("v2"));
        List<UnitsBackordered> backordered = older.stream().filter(line -> EventCodecGoldenTest.type(line).equals("UnitsBackordered"))
                .map(line -> (UnitsBackordered) EventCodec.decode(line, EventCodecGoldenTest.row(COMMITTED)))
                .toList();

        assertThat(backordered).isNotEmpty();
        assertThat(backordered).extracting(UnitsBackordered::waitsAt).containsOnly(Optional.empty());
    }
}
