// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ShipmentVoidEvent;
import dev.oms.spi.value.PackageId;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins format v13, {@code golden/events-v13.jsonl}: the voided shipments' events, new types. A void stores its package,
 * the reason, the package its units were packed into again ({@code null} when they went back on the shelf) and its
 * refunds per capture as a return receipt's; its stock coming back stores the package. No earlier type changed, so every
 * earlier line decodes as before.
 */
class ShipmentVoidFormatTest {

    private static List<OrderEvent> samples() {
        return Stream.concat(EventCodecGoldenTest.addedAfterV1().stream().filter(ShipmentVoidEvent.class::isInstance),
                Stream.of(new ShipmentVoidEvent.ShipmentVoided(PackageId.of("ORD-1-PK3"), "left at the depot", Optional.empty(),
                        List.of()))).toList();
    }

    @Test
    void everyV13SampleEncodesToItsGoldenLineAndBack() throws IOException {
        List<String> v13 = EventCodecGoldenTest.golden("v13");

        assertThat(samples()).hasSize(3);
        assertThat(samples().stream().map(EventCodec::encode).toList()).containsExactlyElementsOf(v13);
        assertThat(v13.stream().map(EventCodec::decode).toList()).containsExactlyElementsOf(samples());
    }

    @Test
    void aBlankReasonOrAPackageRepackedAsItselfIsRefused() throws IOException {
        String line = EventCodecGoldenTest.golden("v13").get(0);
        String blankReason = line.replace("\"the courier never came\"", "\" \"");
        String itself = line.replace("\"ORD-1-PK2\"", "\"ORD-1-PK1\"");

        assertThatThrownBy(() -> EventCodec.decode(blankReason)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ShipmentVoided", "refuses");
        assertThatThrownBy(() -> EventCodec.decode(itself)).isInstanceOf(StoredFormatException.class)
                .hasMessageContainingAll("ShipmentVoided", "refuses");
    }
}
