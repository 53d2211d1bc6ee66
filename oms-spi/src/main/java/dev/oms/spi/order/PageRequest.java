// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.Require;
import java.util.Optional;

/**
 * Which page of a listing to read: the first one, or the one after a cursor a previous {@link Page} handed
 * out. Cursors are opaque and stable under inserts (keyset paging), so a listing read page by page while
 * orders are placed neither repeats nor skips the orders it had already reached.
 *
 * @param after the previous page's {@link Page#next()} cursor; empty for the first page
 * @param size how many items at most, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(Optional<String> after, int size) {
    /** The largest page a store must serve. */
    public static final int MAX_SIZE = 1_000;

    /**
     * Checks the request.
     *
     * @param after the previous page's cursor; empty for the first page
     * @param size how many items at most, 1 to {@value #MAX_SIZE}
     * @throws IllegalArgumentException if {@code size} is out of range
     */
    public PageRequest {
        Require.nonNull(after, "after");
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ", was " + size);
        }
    }

    /**
     * {@return the request for the first page of {@code size} items}
     *
     * @param size how many items at most, 1 to {@value #MAX_SIZE}
     */
    public static PageRequest first(int size) {
        return new PageRequest(Optional.empty(), size);
    }

    /**
     * {@return the request for the page after {@code cursor}}
     *
     * @param cursor a previous page's {@link Page#next()} cursor; not blank
     * @param size how many items at most, 1 to {@value #MAX_SIZE}
     */
    public static PageRequest after(String cursor, int size) {
        return new PageRequest(Optional.of(Require.nonBlank(cursor, "cursor")), size);
    }
}
