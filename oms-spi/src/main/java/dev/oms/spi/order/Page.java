package dev.oms.spi.order;

import dev.oms.spi.value.Require;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a listing.
 *
 * @param items at most the size asked for
 * @param next the cursor of the next page; empty on the last page
 */
public record Page<T>(List<T> items, Optional<String> next) {
    public Page {
        items = List.copyOf(items);
        Require.nonNull(next, "next");
    }

    /**
     * Every item of a listing, read page by page: for exports, reconciliation and tests, never for a
     * command's path (it costs the whole listing).
     *
     * @param listing reads one page, e.g. {@code store::orderIds}
     */
    public static <T> List<T> all(Function<PageRequest, Page<T>> listing) {
        List<T> items = new ArrayList<>();
        Optional<PageRequest> next = Optional.of(PageRequest.first(PageRequest.MAX_SIZE));
        while (next.isPresent()) {
            Page<T> page = listing.apply(next.get());
            items.addAll(page.items());
            next = page.nextPage(PageRequest.MAX_SIZE);
        }
        return items;
    }

    /** The page after this one, of the same size; empty on the last page. */
    public Optional<PageRequest> nextPage(int size) {
        return next.map(cursor -> PageRequest.after(cursor, size));
    }
}
