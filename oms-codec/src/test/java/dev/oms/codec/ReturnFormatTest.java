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
 * Pins format v7, {@code golden/events-v7.jsonl}: the events of returns (RMA), new types whose stored form is a
 * return id, a request's items ({@code lineId}, {@code quantity}, {@code reason}) in the order requested and its time,
 * and an answer's note. No earlier type changed, so every earlier line decodes as before.
 */
class ReturnFormatTest {

    static List<OrderEvent> v7Samples() {
        return EventCodecGoldenTest.addedAfterV1().stream().filter(e -> e instanceof ReturnEvent.ReturnRequested
                || e instanceof ReturnEvent.ReturnApproved || e instanceof ReturnEvent.ReturnRejected).toList();
    }

    @Test
    void everyV7SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v7 = EventCodecGoldenTest.golden("v7");

        assertThat(v7Samples()).hasSize(3);
        assertThat(v7Samples().stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v7);
        assertThat(v7.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(v7Samples());
        assertThat(((ReturnEvent.ReturnRequested) EventCodec.decode(v7.get(0))).units(dev.oms.spi.value.LineId.of("L1"))).isEqualTo(2);
    }

    @Test
    void aRequestWithoutItemsOrTimeOrWithAQuantityThatIsNoNumberOrNotPositiveIsRefused() throws IOException {
        String line = EventCodecGoldenTest.golden("v7").get(0);
        String noItems = line.replaceFirst("\"items\":\\[.*\\],", "\"items\":[],");
        String mistyped = line.replaceFirst("\"quantity\":1", "\"quantity\":\"one\"");
        String zero = line.replaceFirst("\"quantity\":1", "\"quantity\":0");
        String noTime = line.replace(",\"requestedAt\":\"2026-03-10T09:00:00Z\"", "");

        // A value the event record refuses is named by the event, never quoted (it may be personal data).
        assertThatThrownBy(() -> EventCodec.decode(noItems)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ReturnRequested", "refuses");
        assertThatThrownBy(() -> EventCodec.decode(mistyped)).isInstanceOf(StoredFormatException.class).hasMessageContaining("quantity");
        assertThatThrownBy(() -> EventCodec.decode(zero)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ReturnRequested", "refuses");
        assertThatThrownBy(() -> EventCodec.decode(noTime)).isInstanceOf(StoredFormatException.class).hasMessageContaining("requestedAt");
    }
}
