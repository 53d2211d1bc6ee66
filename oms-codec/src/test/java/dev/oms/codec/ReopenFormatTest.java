// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.CancellationEvent;
import dev.oms.spi.event.OrderEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins format v9, {@code golden/events-v9.jsonl}: {@code OrderReopened}, a new type whose stored form is its reason.
 * No earlier type changed, so every earlier line decodes as before.
 */
class ReopenFormatTest {

    @Test
    void theV9SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v9 = EventCodecGoldenTest.golden("v9");
        List<OrderEvent> samples = EventCodecGoldenTest.addedAfterV1().stream().filter(CancellationEvent.OrderReopened.class::isInstance).toList();

        assertThat(samples).hasSize(1);
        assertThat(samples.stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v9);
        assertThat(v9.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(samples);
    }

    @Test
    void aReopeningWithoutAReasonIsRefused() throws IOException {
        String blank = EventCodecGoldenTest.golden("v9").get(0).replace("customer called back", " ");

        assertThatThrownBy(() -> EventCodec.decode(blank)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("OrderReopened", "refuses");
    }
}
