// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.value.OrderId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * The reader refuses every stored text that is not exactly what oms writes, always with a
 * {@link StoredFormatException} naming the row and never quoting the payload (addresses, customer
 * references, payment tokens).
 */
class StoredFormatStrictnessTest {
    private static final StoredRow COMMIT = StoredRow.commit(OrderId.of("ORD-9"), 7, Instant.parse("2026-03-01T10:15:30Z"));
    private static final String ALLOCATED = "{\"type\":\"UnitsAllocated\",\"lineId\":\"L1\",\"locationId\":\"WH-1\",\"quantity\":2}";

    @Test
    void aWellFormedCommitReads() {
        assertThat(EventCodec.decodeAll("[" + ALLOCATED + "]", COMMIT)).hasSize(1);
    }

    @Test
    void aDuplicateKeyIsRefused() {
        refused("[{\"type\":\"UnitsAllocated\",\"lineId\":\"L1\",\"lineId\":\"L2\",\"locationId\":\"WH-1\",\"quantity\":2}]")
                .hasMessageContaining("duplicate key 'lineId'");
    }

    @Test
    void nestingPastTheLimitIsRefused() {
        String deep = "[".repeat(StoredJson.MAX_NESTING_DEPTH + 1) + "]".repeat(StoredJson.MAX_NESTING_DEPTH + 1);
        refused(deep).hasMessageContaining("nesting depth");
    }

    @Test
    void aNumberPastTheLimitIsRefused() {
        refused("[" + ALLOCATED.replace("\"quantity\":2", "\"quantity\":12345678901234567890123") + "]")
                .hasMessageContaining("Number value length");
    }

    @Test
    void aStringPastTheLimitIsRefused() {
        String reason = "x".repeat(StoredJson.MAX_STRING_LENGTH + 1);
        refused("[{\"type\":\"PackageOpened\",\"packageId\":\"P1\",\"reason\":\"" + reason + "\"}]")
                .hasMessageContaining("String value length");
    }

    @Test
    void aFloatWhereAnIntegerBelongsIsRefused() {
        refused("[" + ALLOCATED.replace("\"quantity\":2", "\"quantity\":2.0") + "]")
                .hasMessageContaining("event 0 'UnitsAllocated': field 'quantity' is not a 64-bit integer");
        refused("[" + ALLOCATED.replace("\"quantity\":2", "\"quantity\":2e0") + "]").hasMessageContaining("'quantity'");
        refused("[" + ALLOCATED.replace("\"quantity\":2", "\"quantity\":\"2\"") + "]").hasMessageContaining("'quantity'");
    }

    @Test
    void trailingContentIsRefused() {
        refused("[" + ALLOCATED + "] {}").hasMessageContaining("trailing content");
        refused("[" + ALLOCATED + "] garbage").hasMessageContaining("malformed JSON");
        refused("[" + ALLOCATED + "],").hasMessageContaining("malformed JSON");
    }

    @Test
    void anUnknownEventTypeIsRefused() {
        refused("[" + ALLOCATED + "," + ALLOCATED.replace("UnitsAllocated", "UnitsTeleported") + "]")
                .hasMessageContaining("event 1 'UnitsTeleported': unknown event type");
    }

    @Test
    void aMissingFieldIsRefusedByItsPath() throws IOException {
        refused("[" + ALLOCATED.replace(",\"locationId\":\"WH-1\"", "") + "]")
                .hasMessageContaining("field 'locationId' is missing");
        refused("[" + fixture("OrderPlaced").replace("\"city\":\"London\",", "") + "]")
                .hasMessageContaining("event 0 'OrderPlaced': field 'shipTo.city' is missing");
        refused("[{\"lineId\":\"L1\"}]").hasMessageContaining("field 'type' is missing");
        refused("{\"type\":\"UnitsAllocated\"}").hasMessageContaining("not an array of events");
    }

    @Test
    void noMessageQuotesThePayload() throws IOException {
        String placed = fixture("OrderPlaced");
        for (String corrupt : new String[] {
                placed.replace("\"quantity\":3", "\"quantity\":\"Ada Lovelace\""),
                placed.replace("\"Ada Lovelace\"", "Ada Lovelace"),
                placed.replace("\"placedAt\":\"2026-03-01T10:15:30Z\"", "\"placedAt\":\"Ada Lovelace\""),
                placed.replace("\"countryCode\":\"GB\"", "\"countryCode\":\"Ada Lovelace\""),
                placed.replace("\"latitude\":\"51.5\"", "\"latitude\":\"Ada Lovelace\""),
                placed.replace("\"type\":\"OrderPlaced\"", "\"type\":\"Ada Lovelace\""),
                placed.replace("\"customer\":\"C-1\"", "\"customer\":\"Ada Lovelace\",\"Ada Lovelace\":1,\"Ada Lovelace\":2"),
                placed.replace("\"token\":\"tok_1\"", "\"token\":\"tok_1\",\"token\":\"tok_2\"").replace("\"kind\":\"card\"", "\"kind\":\"Ada Lovelace\"")}) {
            refused("[" + corrupt + "]").satisfies(e -> assertThat(e.getMessage())
                    .doesNotContain("Ada").doesNotContain("London").doesNotContain("C-1").doesNotContain("tok_"));
        }
    }

    @Test
    void anOutboxRowIsNamedWithItsEventIndex() {
        StoredRow outbox = StoredRow.outbox(OrderId.of("ORD-9"), 7, 3, COMMIT.recordedAt());
        assertThatThrownBy(() -> EventCodec.decode(ALLOCATED + "x", outbox)).isInstanceOf(StoredFormatException.class)
                .hasMessageStartingWith("stored row of order ORD-9 version 7 event 3 ")
                .satisfies(e -> assertThat(((StoredFormatException) e).row()).isEqualTo(outbox.toString()));
    }

    @Test
    void unreadableStockTextsAreStoredFormatExceptionsToo() {
        assertThatThrownBy(() -> StockCodec.movements("[{\"sku\":\"A\",\"locationId\":\"L\",\"quantity\":1.5}]"))
                .isInstanceOf(StoredFormatException.class).hasMessageContaining("field '[0].quantity'");
        assertThatThrownBy(() -> StockCodec.reservationResult("{\"outcome\":\"maybe\"}"))
                .isInstanceOf(StoredFormatException.class).hasMessageContaining("'outcome'").hasMessageNotContaining("maybe");
        assertThatThrownBy(() -> StockCodec.address("{}")).isInstanceOf(StoredFormatException.class);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(String json) {
        return assertThatThrownBy(() -> EventCodec.decodeAll(json, COMMIT)).isInstanceOf(StoredFormatException.class)
                .hasMessageStartingWith("stored row of order ORD-9 version 7 is not in a stored format oms reads: ");
    }

    private static String fixture(String type) throws IOException {
        try (InputStream in = StoredFormatStrictnessTest.class.getResourceAsStream("/golden/v2/" + type + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }
}
