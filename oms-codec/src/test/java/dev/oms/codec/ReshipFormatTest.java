// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.ClaimEvent;
import dev.oms.spi.event.OrderEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins format v12, {@code golden/events-v12.jsonl}: {@code ReplacementAdded}, a new type. A reship stores its claim and
 * its lines as an order's placed lines are stored (a tracked line priced at zero, with no breakdown). No earlier type
 * changed, so every earlier line decodes as before.
 */
class ReshipFormatTest {

    @Test
    void theV12SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v12 = EventCodecGoldenTest.golden("v12");
        List<OrderEvent> samples = EventCodecGoldenTest.addedAfterV1().stream()
                .filter(ClaimEvent.ReplacementAdded.class::isInstance).toList();

        assertThat(samples).hasSize(1);
        assertThat(samples.stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v12);
        assertThat(v12.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(samples);
    }

    @Test
    void aReplacementWithNoLinesOrAPriceIsRefused() throws IOException {
        String line = EventCodecGoldenTest.golden("v12").get(0);
        String noLines = line.replaceFirst("\"lines\":\\[.*\\]", "\"lines\":[]");
        String charged = line.replace("\"0.00\"", "\"5.00\"");

        assertThatThrownBy(() -> EventCodec.decode(noLines)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ReplacementAdded", "refuses");
        assertThatThrownBy(() -> EventCodec.decode(charged)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ReplacementAdded", "refuses");
    }
}
