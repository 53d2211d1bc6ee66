// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.oms.spi.event.OrderEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One golden fixture per stored event type, {@code golden/v2/<type>.json}: the event as the current
 * encoder writes it (the newest format of each type), so a change to any one stored form shows up as the
 * diff of one small file. Like the {@code .jsonl} golden files, a fixture is never edited: a new stored
 * form is a new format version.
 */
class EventCodecFixturesTest {

    @Test
    void everyStoredEventTypeHasAFixtureAndNoOther() throws Exception {
        assertThat(fixtures().keySet()).containsExactlyInAnyOrderElementsOf(samplesByType().keySet());
    }

    @Test
    void everyKindOfEventIsDecodedFromSomeFixture() throws Exception {
        Set<Class<?>> decoded = fixtures().values().stream().map(EventCodec::decode).map(Object::getClass)
                .collect(Collectors.toSet());

        assertThat(decoded).containsExactlyInAnyOrderElementsOf(kinds(OrderEvent.class).collect(Collectors.toSet()));
    }

    @Test
    void everyFixtureDecodesToItsSample() throws Exception {
        Map<String, OrderEvent> samples = samplesByType();
        fixtures().forEach((type, json) ->
                assertThat(EventCodec.decode(json)).as("the fixture of %s", type).isEqualTo(samples.get(type)));
    }

    @Test
    void reEncodingAFixtureGivesItsTextBack() throws Exception {
        fixtures().forEach((type, json) -> {
            String again = EventCodec.encode(EventCodec.decode(json));
            assertThat(again).as("%s re-encoded", type).isEqualTo(json);
            assertThat(EventCodec.encode(EventCodec.decode(again))).as("%s re-encoded twice", type).isEqualTo(json);
        });
    }

    @Test
    void aCommitOfEveryFixtureDecodesInOrder() throws Exception {
        Map<String, String> fixtures = fixtures();
        String commit = fixtures.values().stream().collect(Collectors.joining(",", "[", "]"));

        assertThat(EventCodec.decodeAll(commit, EventCodecGoldenTest.row(java.time.Instant.EPOCH)))
                .containsExactlyElementsOf(fixtures.values().stream().map(EventCodec::decode).toList());
    }

    /** The first sample of each stored type ({@code UnitsCancelled} has two; its fixture is the first). */
    private static Map<String, OrderEvent> samplesByType() {
        Map<String, OrderEvent> byType = new LinkedHashMap<>();
        for (OrderEvent sample : EventCodecGoldenTest.allSamples()) {
            byType.putIfAbsent(EventCodecGoldenTest.type(EventCodec.encode(sample)), sample);
        }
        return byType;
    }

    /** Each fixture's text without its final newline, by the stored type its file is named after. */
    private static Map<String, String> fixtures() throws IOException, URISyntaxException {
        Path directory = Path.of(EventCodecFixturesTest.class.getResource("/golden/v2").toURI());
        Map<String, String> fixtures = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String name = file.getFileName().toString();
                String json = Files.readString(file, StandardCharsets.UTF_8).strip();
                assertThat(EventCodecGoldenTest.type(json)).as("the type stored in %s", name)
                        .isEqualTo(name.substring(0, name.length() - ".json".length()));
                fixtures.put(EventCodecGoldenTest.type(json), json);
            }
        }
        return fixtures;
    }

    private static Stream<Class<?>> kinds(Class<?> type) {
        Class<?>[] permitted = type.getPermittedSubclasses();
        return permitted == null ? Stream.of(type) : Arrays.stream(permitted).flatMap(EventCodecFixturesTest::kinds);
    }
}
