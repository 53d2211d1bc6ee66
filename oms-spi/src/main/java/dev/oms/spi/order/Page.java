// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * @param <T> the items' type
 * @param items at most the size asked for
 * @param next the cursor of the next page; empty on the last page
 */
public record Page<T>(List<T> items, Optional<String> next) {
    /**
     * Copies the items.
     *
     * @param items at most the size asked for
     * @param next the cursor of the next page; empty on the last page
     */
    public Page {
        items = List.copyOf(items);
        Require.nonNull(next, "next");
    }

    /**
     * Every item of a listing, read page by page: for exports, reconciliation and tests, never for a
     * command's path (it costs the whole listing).
     *
     * @param <T> the items' type
     * @param listing reads one page, e.g. {@code store::orderIds}
     * @return every item, in listing order
     */
    public static <T> List<T> all(Function<PageRequest, Page<T>> listing) {
        List<T> items = new ArrayList<>();
        forEach(listing, PageRequest.MAX_SIZE, items::add);
        return items;
    }

    /**
     * Hands every item of a listing to {@code action}, reading one page of {@code pageSize} at a time, so memory
     * stays bounded however long the listing is. Keyset cursors keep the walk right while {@code action}
     * changes what is listed (an order settled leaves the listing of orders owing effects).
     *
     * @param <T> the items' type
     * @param listing reads one page, e.g. {@code store::orderIds}
     * @param pageSize how many items to read at a time, 1 to {@value PageRequest#MAX_SIZE}
     * @param action what to do with each item, in listing order
     */
    public static <T> void forEach(Function<PageRequest, Page<T>> listing, int pageSize, Consumer<T> action) {
        Optional<PageRequest> next = Optional.of(PageRequest.first(pageSize));
        while (next.isPresent()) {
            Page<T> page = listing.apply(next.get());
            page.items().forEach(action);
            next = page.nextPage(pageSize);
        }
    }

    /**
     * {@return the request for the page after this one; empty on the last page}
     *
     * @param size how many items at most the next page holds
     */
    public Optional<PageRequest> nextPage(int size) {
        return next.map(cursor -> PageRequest.after(cursor, size));
    }
}
