// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.ExchangeEvent;
import dev.oms.spi.event.OrderEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins format v17, {@code golden/events-v17.jsonl}: {@code ExchangeOpened} and {@code ExchangeCreditDrawn}, new types.
 * An exchange stores its replacement lines as an order's placed lines are stored, the exchange credit among their
 * discounts. No earlier type changed, so every earlier line decodes as before.
 */
class ExchangeFormatTest {

    @Test
    void theV17SamplesEncodeToTheirGoldenLinesAndBack() throws IOException {
        List<String> v17 = EventCodecGoldenTest.golden("v17");
        List<OrderEvent> samples = EventCodecGoldenTest.addedAfterV1().stream().filter(ExchangeEvent.class::isInstance).toList();

        assertThat(samples).hasSize(2);
        assertThat(samples.stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v17);
        assertThat(v17.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(samples);
    }

    @Test
    void aCreditBeyondTheReturnedUnitsWorthIsRefused() throws IOException {
        String line = EventCodecGoldenTest.golden("v17").get(0)
                .replace("\"credit\":{\"currency\":\"EUR\",\"amount\":\"100.00\"}", "\"credit\":{\"currency\":\"EUR\",\"amount\":\"100.01\"}");

        assertThatThrownBy(() -> EventCodec.decode(line)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ExchangeOpened", "refuses");
    }

    @Test
    void aCreditDrawnOfNothingIsRefused() throws IOException {
        String line = EventCodecGoldenTest.golden("v17").get(1).replace("\"amount\":\"100.00\"", "\"amount\":\"0.00\"");

        assertThatThrownBy(() -> EventCodec.decode(line)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ExchangeCreditDrawn", "refuses");
    }
}
