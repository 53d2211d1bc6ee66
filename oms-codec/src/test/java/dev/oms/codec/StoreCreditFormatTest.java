// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.StoreCreditEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins format v14, {@code golden/events-v14.jsonl}: the store-credit events, new types. A credit owed stores its number,
 * the amount and what it is owed for; an issued one its number and the provider's id; a declined one its number and the
 * provider's reason. No earlier type changed, so every earlier line decodes as before.
 */
class StoreCreditFormatTest {

    @Test
    void everyV14SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v14 = EventCodecGoldenTest.golden("v14");
        List<OrderEvent> samples = EventCodecGoldenTest.addedAfterV1().stream().filter(StoreCreditEvent.class::isInstance).toList();

        assertThat(samples).hasSize(3);
        assertThat(samples.stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v14);
        assertThat(v14.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(samples);
    }

    @Test
    void aCreditOfNothingOrWithoutANumberIsRefused() throws IOException {
        String owed = EventCodecGoldenTest.golden("v14").get(0);
        String nothing = owed.replace("\"14.03\"", "\"0.00\"");
        String unnumbered = owed.replace("\"credit\":1", "\"credit\":0");

        assertThatThrownBy(() -> EventCodec.decode(nothing)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("StoreCreditOwed", "refuses");
        assertThatThrownBy(() -> EventCodec.decode(unnumbered)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("StoreCreditOwed", "refuses");
    }
}
