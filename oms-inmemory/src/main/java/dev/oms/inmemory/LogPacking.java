// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.codec.CommitCodec;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.OrderId;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Packs commits into their stored text ({@link CommitCodec}, the format PostgreSQL keeps), deflated, and back.
 *
 * <p>One order's text is a few kilobytes, too little for deflate to learn the format's field names, event
 * types and the shop's own ids and values from. So the first text of at least {@value #DICTIONARY_MIN} bytes
 * that a store packs becomes that store's preset dictionary for every later one, which then deflates to about
 * a third of its size without it. The dictionary is kept for the store's life and never changes; chunks
 * packed before it was chosen say so and are read without it.
 */
class LogPacking {
    static final int DICTIONARY_MIN = 1_024;
    /** Deflate looks back at most 32 KiB; a dictionary this size leaves the text room to refer to itself. */
    static final int DICTIONARY_MAX = 16_384;

    private final AtomicReference<byte[]> dictionary = new AtomicReference<>();
    /** The bench the last packing left, for the next; a packing racing it makes its own. */
    private final AtomicReference<PackingBench> spare = new AtomicReference<>();

    /** {@return {@code commits} packed} */
    OrderLog.Packed pack(List<OrderCommit> commits) {
        PackingBench bench = spare.getAndSet(null);
        if (bench == null) {
            bench = new PackingBench();
        }
        try {
            PackingBench.Text text = bench.emptyText();
            CommitCodec.encodeAll(commits, text);
            byte[] preset = dictionary.get();
            if (preset == null && text.size() >= DICTIONARY_MIN) {
                dictionary.compareAndSet(null, Arrays.copyOf(text.bytes(), Math.min(text.size(), DICTIONARY_MAX)));
                preset = dictionary.get();
            }
            return new OrderLog.Packed(commits.size(), text.size(), bench.deflated(preset), preset != null);
        } finally {
            if (!bench.keepable() || !spare.compareAndSet(null, bench)) {
                bench.close();
            }
        }
    }

    /** {@return the commits of {@code packed}, the first of them at {@code firstVersion} of {@code orderId}} */
    List<OrderCommit> unpack(OrderLog.Packed packed, OrderId orderId, long firstVersion) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed.deflated());
            byte[] text = new byte[packed.textBytes()];
            int length = inflater.inflate(text);
            if (length == 0 && inflater.needsDictionary()) {
                inflater.setDictionary(dictionaryFor(packed, orderId));
                length = inflater.inflate(text);
            }
            if (length != packed.textBytes() || !inflater.finished()) {
                throw new IllegalStateException("packed commits of " + orderId + " from version " + firstVersion
                        + " inflated to " + length + " bytes, not " + packed.textBytes());
            }
            return CommitCodec.decodeAll(text, orderId, firstVersion);
        } catch (DataFormatException e) {
            throw new IllegalStateException("packed commits of " + orderId + " from version " + firstVersion
                    + " cannot be inflated", e);
        } finally {
            inflater.end();
        }
    }

    private byte[] dictionaryFor(OrderLog.Packed packed, OrderId orderId) {
        byte[] preset = dictionary.get();
        if (!packed.withDictionary() || preset == null) {
            throw new IllegalStateException("packed commits of " + orderId + " ask for a dictionary they were not packed with");
        }
        return preset;
    }
}
