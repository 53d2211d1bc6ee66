// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins format v8, {@code golden/events-v8.jsonl}: the receipt of returned units, new types. A receipt stores its
 * number within the return, the location, its items ({@code lineId}, {@code quantity}, {@code disposition} by constant
 * name), its time, the restocking fee kept and the refunds owed per capture; a refund done and a restock done name the
 * receipt and their share or line. No earlier type changed, so every earlier line decodes as before.
 */
class ReturnReceiptFormatTest {

    static List<OrderEvent> v8Samples() {
        return EventCodecGoldenTest.addedAfterV1().stream().filter(e -> e instanceof ReturnEvent.ReturnReceived
                || e instanceof ReturnEvent.ReturnRefunded || e instanceof ReturnEvent.ReturnedUnitsRestocked).toList();
    }

    @Test
    void everyV8SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v8 = EventCodecGoldenTest.golden("v8");

        assertThat(v8Samples()).hasSize(3);
        assertThat(v8Samples().stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v8);
        assertThat(v8.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(v8Samples());
    }

    @Test
    void aReceiptWithAnUnknownDispositionANegativeFeeOrNoItemsIsRefused() throws IOException {
        String line = EventCodecGoldenTest.golden("v8").get(0);
        String unknown = line.replace("\"WRITE_OFF\"", "\"BURN\"");
        String negative = line.replace("\"amount\":\"0.50\"", "\"amount\":\"-0.50\"");
        String noItems = line.replaceFirst("\"items\":\\[.*\\],\"receivedAt\"", "\"items\":[],\"receivedAt\"");

        assertThatThrownBy(() -> EventCodec.decode(unknown)).isInstanceOf(StoredFormatException.class).hasMessageContaining("disposition");
        assertThatThrownBy(() -> EventCodec.decode(negative)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ReturnReceived", "refuses");
        assertThatThrownBy(() -> EventCodec.decode(noItems)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ReturnReceived", "refuses");
    }
}
