// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.TrackingEvent;
import dev.oms.spi.shipping.TrackingStatus;
import dev.oms.spi.value.PackageId;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins format v11, {@code golden/events-v11.jsonl}: the carrier's tracking event, a new type. It stores the package, the
 * carrier's event id, the status by constant name, the carrier's time, and its detail, {@code null} when it gave none.
 * No earlier type changed, so every earlier line decodes as before.
 */
class TrackingFormatTest {

    private static List<OrderEvent> samples() {
        return Stream.concat(EventCodecGoldenTest.addedAfterV1().stream().filter(TrackingEvent.class::isInstance),
                Stream.of(new TrackingEvent.PackageTracked(PackageId.of("ORD-1-S1"), "EV-9002", TrackingStatus.DELIVERED,
                        Instant.parse("2026-03-04T11:00:00Z"), Optional.empty()))).toList();
    }

    @Test
    void everyV11SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v11 = EventCodecGoldenTest.golden("v11");

        assertThat(samples()).hasSize(2);
        assertThat(samples().stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v11);
        assertThat(v11.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(samples());
    }

    @Test
    void anUnknownStatusOrABlankEventIdIsRefused() throws IOException {
        String line = EventCodecGoldenTest.golden("v11").get(0);
        String unknown = line.replace("\"EXCEPTION\"", "\"LOST_IN_SPACE\"");
        String blankId = line.replace("\"EV-9001\"", "\" \"");

        assertThatThrownBy(() -> EventCodec.decode(unknown)).isInstanceOf(StoredFormatException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> EventCodec.decode(blankId)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("PackageTracked", "refuses");
    }
}
