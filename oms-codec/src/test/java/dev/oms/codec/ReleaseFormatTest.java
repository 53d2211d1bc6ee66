// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReleaseEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins format v18, {@code golden/events-v18.jsonl}: {@code AuthorizationReleaseRequested} and
 * {@code AuthorizationReleased}, new types storing the authorisation, the release's number on it and the amount. No
 * earlier type changed, so every earlier line decodes as before.
 */
class ReleaseFormatTest {

    @Test
    void theV18SamplesEncodeToTheirGoldenLinesAndBack() throws IOException {
        List<String> v18 = EventCodecGoldenTest.golden("v18");
        List<OrderEvent> samples = EventCodecGoldenTest.addedAfterV1().stream().filter(ReleaseEvent.class::isInstance).toList();

        assertThat(samples).hasSize(2);
        assertThat(samples.stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v18);
        assertThat(v18.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(samples);
    }

    @Test
    void aReleaseNumberedZeroIsRefused() throws IOException {
        String line = EventCodecGoldenTest.golden("v18").get(0).replace("\"release\":1", "\"release\":0");

        assertThatThrownBy(() -> EventCodec.decode(line)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("AuthorizationReleaseRequested", "refuses");
    }
}
