// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.EditEvent;
import dev.oms.spi.event.OrderEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins format v15, {@code golden/events-v15.jsonl}: {@code OrderEdited}, a new type. An edit stores its added lines as an
 * order's placed lines are stored, the units it took off as a package's items, and its new address and shipping charge
 * as a placement's; an edit that keeps them stores none. No earlier type changed, so every earlier line decodes as before.
 */
class EditFormatTest {

    @Test
    void theV15SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v15 = EventCodecGoldenTest.golden("v15");
        List<OrderEvent> samples = EventCodecGoldenTest.addedAfterV1().stream()
                .filter(EditEvent.OrderEdited.class::isInstance).toList();

        assertThat(samples).hasSize(1);
        assertThat(samples.stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v15);
        assertThat(v15.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(samples);
    }

    @Test
    void anEditKeepingTheAddressAndShippingStoresNeitherAndReadsBackWithNeither() throws IOException {
        String line = EventCodecGoldenTest.golden("v15").get(0);
        String kept = line.replaceFirst(",\"shipTo\":\\{[^}]*\\}", "").replaceFirst(",\"shipping\":\\{[^}]*\\}\\}", "");

        EditEvent.OrderEdited decoded = (EditEvent.OrderEdited) EventCodec.decode(kept);

        assertThat(decoded.shipTo()).isEmpty();
        assertThat(decoded.shipping()).isEmpty();
        assertThat(EventCodec.encode(decoded)).isEqualTo(kept);
    }

    @Test
    void anEditNumberedZeroIsRefused() throws IOException {
        String line = EventCodecGoldenTest.golden("v15").get(0).replace("\"edit\":1", "\"edit\":0");

        assertThatThrownBy(() -> EventCodec.decode(line)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("OrderEdited", "refuses");
    }
}
