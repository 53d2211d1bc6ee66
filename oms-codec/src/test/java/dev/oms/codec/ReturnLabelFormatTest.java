// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnLabelEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins format v16, {@code golden/events-v16.jsonl}: the return label events, new types. A request stores its return,
 * its number, the location the parcel goes back to and the service; an issued label the carrier, the label, the
 * tracking number and the cost; a refusal the carrier's reason; a void the label voided. No earlier type changed, so
 * every earlier line decodes as before.
 */
class ReturnLabelFormatTest {

    @Test
    void everyV16SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v16 = EventCodecGoldenTest.golden("v16");
        List<OrderEvent> samples = EventCodecGoldenTest.addedAfterV1().stream().filter(ReturnLabelEvent.class::isInstance).toList();

        assertThat(samples).hasSize(4);
        assertThat(samples.stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v16);
        assertThat(v16.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(samples);
    }

    @Test
    void aRequestWithoutANumberOrServiceIsRefused() throws IOException {
        String requested = EventCodecGoldenTest.golden("v16").get(0);
        String unnumbered = requested.replace("\"request\":1", "\"request\":0");
        String noService = requested.replace("\"ground\"", "\" \"");

        assertThatThrownBy(() -> EventCodec.decode(unnumbered)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ReturnLabelRequested", "refuses");
        assertThatThrownBy(() -> EventCodec.decode(noService)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ReturnLabelRequested", "refuses");
    }
}
