// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.OrderId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitCodecTest {
    private static final OrderId ORDER = OrderId.of("ORD-1");
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    /** Every sample event, three to a commit, every other commit with a fingerprint. */
    private static List<OrderCommit> commitsOfEverySample() {
        List<OrderEvent> samples = EventCodecGoldenTest.allSamples();
        List<OrderCommit> commits = new ArrayList<>();
        for (int from = 0; from < samples.size(); from += 3) {
            int n = commits.size();
            commits.add(new OrderCommit("key-" + n, AT.plusSeconds(n), samples.subList(from, Math.min(from + 3, samples.size())),
                    n % 2 == 0 ? "" : "f".repeat(64)));
        }
        return commits;
    }

    @Test
    void commitsOfEveryEventTypeRoundTripUnchanged() {
        List<OrderCommit> commits = commitsOfEverySample();

        assertThat(CommitCodec.decodeAll(CommitCodec.encodeAll(commits), ORDER, 1)).containsExactlyElementsOf(commits);
    }

    @Test
    void noCommitsAreAnEmptyText() {
        assertThat(CommitCodec.encodeAll(List.of())).isEmpty();
        assertThat(CommitCodec.decodeAll(new byte[0], ORDER, 1)).isEmpty();
    }

    @Test
    void theTextOfTwoCommitsIsPinnedByItsGoldenFile() throws IOException {
        List<OrderCommit> commits = commitsOfEverySample().subList(0, 2);
        byte[] golden = golden("golden/commits-v1.txt");

        assertThat(new String(CommitCodec.encodeAll(commits), StandardCharsets.UTF_8)).isEqualTo(new String(golden, StandardCharsets.UTF_8));
        assertThat(CommitCodec.decodeAll(golden, ORDER, 1)).containsExactlyElementsOf(commits);
    }

    @Test
    void aCommitCutShortIsRefusedNamingItsOrderAndVersion() {
        String text = new String(CommitCodec.encodeAll(commitsOfEverySample().subList(0, 2)), StandardCharsets.UTF_8);
        byte[] cut = text.substring(0, text.lastIndexOf('\n', text.length() - 2) + 1).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CommitCodec.decodeAll(cut, ORDER, 7))
                .isInstanceOf(StoredFormatException.class)
                .hasMessageContaining("order ORD-1 version 8").hasMessageContaining("missing");
    }

    @Test
    void aHeaderWithoutKeyIsRefusedWithoutQuotingTheText() {
        byte[] text = ("{\"recordedAt\":\"2026-03-01T10:00:00Z\",\"secret\":\"Ada Lovelace\"}\n"
                + EventCodec.encodeAll(EventCodecGoldenTest.allSamples().subList(0, 1)) + "\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CommitCodec.decodeAll(text, ORDER, 1))
                .isInstanceOf(StoredFormatException.class)
                .hasMessageContaining("order ORD-1 version 1").hasMessageContaining("key")
                .hasMessageNotContaining("Ada");
    }

    @Test
    void eventsThatAreNoArrayOrCarryTrailingContentAreRefused() {
        String header = "{\"key\":\"k\",\"recordedAt\":\"2026-03-01T10:00:00Z\"}\n";
        String events = EventCodec.encodeAll(EventCodecGoldenTest.allSamples().subList(0, 1));

        assertThatThrownBy(() -> CommitCodec.decodeAll((header + "{}\n").getBytes(StandardCharsets.UTF_8), ORDER, 2))
                .isInstanceOf(StoredFormatException.class).hasMessageContaining("order ORD-1 version 2")
                .hasMessageContaining("not an array");
        assertThatThrownBy(() -> CommitCodec.decodeAll((header + events + " []\n").getBytes(StandardCharsets.UTF_8), ORDER, 2))
                .isInstanceOf(StoredFormatException.class).hasMessageContaining("trailing content");
    }

    @Test
    void aHeaderThatIsNoJsonIsRefused() {
        byte[] text = "key=1\n[]\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CommitCodec.decodeAll(text, ORDER, 3))
                .isInstanceOf(StoredFormatException.class).hasMessageContaining("order ORD-1 version 3");
    }

    private static byte[] golden(String file) throws IOException {
        try (InputStream in = CommitCodecTest.class.getResourceAsStream("/" + file)) {
            assertThat(in).as("%s on the test class path", file).isNotNull();
            return in.readAllBytes();
        }
    }
}
