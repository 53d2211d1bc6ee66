// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;

/**
 * What packing one log takes, kept for the next packing: a buffer for the text, one for what deflates out of it,
 * and the deflater with its native state. Made afresh for every log they came to twice the text's size in
 * garbage, and a deflater's native memory each time. Used by one thread at a time.
 */
final class PackingBench implements AutoCloseable {
    /** A bench that grew past this for one long log is not kept: one such log must not pin its buffers. */
    static final int KEPT_MAX = 64 * 1024;

    private final Text text = new Text();
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private byte[] out = new byte[4_096];

    /** The text buffer, emptied, to write a log's text in. */
    Text emptyText() {
        text.reset();
        return text;
    }

    /**
     * {@return the text now in the buffer, deflated with {@code preset} as its dictionary (or none), in an array of
     * its own}
     */
    byte[] deflated(byte[] preset) {
        deflater.reset();
        if (preset != null) {
            deflater.setDictionary(preset);
        }
        deflater.setInput(text.bytes(), 0, text.size());
        deflater.finish();
        int room = text.size() + 64; // deflate grows incompressible text by a few bytes at most
        if (out.length < room) {
            out = new byte[room];
        }
        int length = deflater.deflate(out, 0, room);
        if (!deflater.finished()) {
            throw new IllegalStateException("deflating " + text.size() + " bytes did not fit in " + room);
        }
        return Arrays.copyOf(out, length);
    }

    /** {@return whether the bench is small enough to keep for the next packing} */
    boolean keepable() {
        return text.bytes().length <= KEPT_MAX && out.length <= KEPT_MAX;
    }

    /** Frees the deflater's native memory; the bench cannot be used after. */
    @Override
    public void close() {
        deflater.end();
    }

    /** A byte buffer whose bytes are read where they lie, not copied out. */
    static final class Text extends ByteArrayOutputStream {
        Text() {
            super(4_096);
        }

        /** {@return the buffer itself: its first {@link #size()} bytes are the text} */
        byte[] bytes() {
            return buf;
        }
    }
}
