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
 * Pins format v10, {@code golden/events-v10.jsonl}: the claim events, new types. A settled claim stores its id, the
 * parcel, the reason by constant name, the units per line, its time and the refunds per capture; a refund done names
 * the claim and its share. No earlier type changed, so every earlier line decodes as before.
 */
class ClaimFormatTest {

    @Test
    void everyV10SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v10 = EventCodecGoldenTest.golden("v10");
        List<OrderEvent> samples = EventCodecGoldenTest.addedAfterV1().stream()
                .filter(e -> e instanceof ClaimEvent.ClaimSettled || e instanceof ClaimEvent.ClaimRefunded).toList();

        assertThat(samples).hasSize(2);
        assertThat(samples.stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v10);
        assertThat(v10.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(samples);
    }

    @Test
    void aClaimWithAnUnknownReasonOrNoItemsIsRefused() throws IOException {
        String line = EventCodecGoldenTest.golden("v10").get(0);
        String unknown = line.replace("\"DAMAGED\"", "\"STOLEN\"");
        String noItems = line.replaceFirst("\"items\":\\[.*\\],\"settledAt\"", "\"items\":[],\"settledAt\"");

        assertThatThrownBy(() -> EventCodec.decode(unknown)).isInstanceOf(StoredFormatException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> EventCodec.decode(noItems)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ClaimSettled", "refuses");
    }
}
