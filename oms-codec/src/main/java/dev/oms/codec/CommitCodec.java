// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.Require;
import dev.oms.spi.value.OrderId;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole commits as one UTF-8 text, for a store that keeps several commits of an order in one value (the in-memory
 * store packs a settled order's log this way). Two lines per commit: its header, an object with
 * {@code "key"}, {@code "recordedAt"} and, when the commit has one, {@code "fingerprint"}; then its events in
 * {@link EventCodec#encodeAll}'s form. Each line is read on its own, as strictly as a stored row, so the
 * text nests no deeper than one commit's events.
 */
public final class CommitCodec {
    private CommitCodec() {}

    /**
     * {@return the text of {@code commits}, first first, as UTF-8}
     *
     * @param commits the commits, in the order they were appended
     */
    public static byte[] encodeAll(List<OrderCommit> commits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Require.nonNull(commits, "commits").size() * 512);
        encodeAll(commits, out);
        return out.toByteArray();
    }

    /**
     * Writes the text of {@code commits}, first first, as UTF-8: {@link #encodeAll(List)}'s bytes, for a caller
     * that keeps its own buffer.
     *
     * @param commits the commits, in the order they were appended
     * @param out where the text goes; not closed
     * @throws UncheckedIOException when {@code out} fails
     */
    public static void encodeAll(List<OrderCommit> commits, OutputStream out) {
        Require.nonNull(out, "out");
        List<JsonNode> lines = new ArrayList<>(Require.nonNull(commits, "commits").size() * 2);
        for (OrderCommit commit : commits) {
            ObjectNode header = StoredJson.object();
            header.put("key", commit.idempotencyKey());
            header.put("recordedAt", InstantText.of(commit.recordedAt()));
            if (!commit.requestFingerprint().isEmpty()) {
                header.put("fingerprint", commit.requestFingerprint());
            }
            lines.add(header);
            lines.add(EventCodec.toJsonAll(commit.events()));
        }
        StoredJson.writeLines(lines, out);
    }

    /**
     * The commits of {@link #encodeAll}'s text.
     *
     * @param text the text, UTF-8
     * @param orderId the order the commits belong to, for error messages
     * @param firstVersion the version of the first commit in the text (1 for an order's first commit), for
     *     error messages
     * @return the commits, in order
     * @throws StoredFormatException naming the order and version of the commit that cannot be read
     */
    public static List<OrderCommit> decodeAll(byte[] text, OrderId orderId, long firstVersion) {
        Require.nonNull(text, "text");
        Require.nonNull(orderId, "orderId");
        List<OrderCommit> commits = new ArrayList<>();
        int at = 0;
        while (at < text.length) {
            long version = firstVersion + commits.size();
            int headerEnd = lineEnd(text, at);
            int eventsEnd = headerEnd < 0 ? -1 : lineEnd(text, headerEnd + 1);
            if (eventsEnd < 0) {
                throw new StoredFormatException(rowName(orderId, version), "a commit's header or events line is missing");
            }
            commits.add(decode(text, at, headerEnd, eventsEnd, orderId, version));
            at = eventsEnd + 1;
        }
        return commits;
    }

    private static int lineEnd(byte[] text, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The commit whose header runs from {@code at} to {@code headerEnd} and its events on to {@code eventsEnd}. */
    private static OrderCommit decode(byte[] text, int at, int headerEnd, int eventsEnd, OrderId orderId, long version) {
        Fields header;
        Instant recordedAt;
        try {
            header = new Fields(StoredJson.read(text, at, headerEnd - at), "");
            recordedAt = header.instant("recordedAt");
        } catch (Malformed e) {
            throw new StoredFormatException(rowName(orderId, version), "header: " + e.getMessage());
        }
        StoredRow row = StoredRow.commit(orderId, version, recordedAt);
        String key;
        String fingerprint;
        try {
            key = header.string("key");
            fingerprint = header.optionalString("fingerprint").orElse("");
        } catch (Malformed e) {
            throw new StoredFormatException(row.toString(), "header: " + e.getMessage());
        }
        try {
            return new OrderCommit(key, recordedAt, EventCodec.decodeAll(StoredJson.read(text, headerEnd + 1, eventsEnd - headerEnd - 1), row),
                    fingerprint);
        } catch (Malformed e) {
            throw new StoredFormatException(row.toString(), e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new StoredFormatException(row.toString(), "not a commit: " + e.getMessage());
        }
    }

    /** A row's name before its time is known: the name holds no time. */
    private static String rowName(OrderId orderId, long version) {
        return StoredRow.commit(orderId, version, Instant.EPOCH).toString();
    }
}
