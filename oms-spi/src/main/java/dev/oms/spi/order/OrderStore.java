// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.order;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Stores orders as append-only logs of {@link OrderCommit}s, and keeps with every commit, in the same atomic
 * step, the order's {@link OrderSummary}: the row the read models it serves ({@link WaitingLines}, {@link AllocatedLines},
 * {@link OwingOrders}, {@link OrderListing}) answer from, so that no query replays stored orders.
 *
 * <p>Contract for implementations (the oms-testkit contract suites check it):
 * <ul>
 *   <li>{@link #append} is atomic: the whole commit and the summary replacing the order's previous one are
 *       stored, or nothing is. Once {@code append} has returned, every read model reflects the commit; none
 *       ever shows a summary whose commit was not stored, nor a row naming an order that cannot be loaded.
 *   <li>Optimistic concurrency: {@code append} stores only when the order is at {@code expectedVersion}
 *       (0 for a new order), else answers {@link AppendResult.VersionConflict}.
 *   <li>The first commit of a new order starts with an {@code OrderPlaced} event; its
 *       {@code (channel, externalId)} is unique across orders, else {@link AppendResult.DuplicateChannelOrder}.
 *   <li>{@code load} returns commits in append order; what was appended is returned unchanged.
 *       {@link #commitsAfter} returns a suffix of what {@code load} would, reading only that suffix.
 *   <li>Safe for concurrent callers. Infrastructure failures may be thrown as unchecked exceptions; the
 *       facade then reports the command as failed and nothing it decided is assumed stored.
 * </ul>
 */
public interface OrderStore extends WaitingLines, AllocatedLines, OwingOrders, OrderListing {

    /**
     * {@return the order with this id and all its commits, or empty when no commit of it was stored}
     *
     * @param orderId the order to load
     */
    Optional<StoredOrder> load(OrderId orderId);

    /**
     * The commits stored after the first {@code version} of an order, in append order: what a caller that
     * already holds the order at {@code version} needs to catch up. Empty when there are none or the order is
     * unknown. Stores override this to read only the new commits; this default loads the whole log.
     *
     * @param orderId the order to catch up on
     * @param version how many commits the caller holds, 0 or more
     * @return the commits after the first {@code version}, possibly none
     * @throws IllegalArgumentException when {@code version} is negative
     */
    default List<OrderCommit> commitsAfter(OrderId orderId, long version) {
        if (version < 0) {
            throw new IllegalArgumentException("version cannot be negative, was " + version);
        }
        return load(orderId).map(stored -> {
            List<OrderCommit> commits = stored.commits();
            return commits.subList((int) Math.min(version, commits.size()), commits.size());
        }).orElse(List.of());
    }

    /**
     * {@return the order a channel knows under {@code externalId}, if one was placed}
     * A placement that was refused stored nothing, so its external id finds nothing.
     *
     * @param channel the sales channel the order came through
     * @param externalId the channel's own order number
     */
    Optional<OrderId> findByChannelOrder(Channel channel, String externalId);

    /**
     * Appends a commit and replaces the order's summary with {@code summary}, atomically.
     *
     * @param expectedVersion the version the caller decided on: 0 for a new order
     * @param commit the events of one decision, with the request fingerprint that made them
     * @param summary the order as the commit leaves it; its id names the order, and its channel and
     *     external id are indexed on the first commit. Its version is {@code expectedVersion + 1}.
     * @return {@link AppendResult.Appended}, or why nothing was stored: a version conflict (another caller
     *     appended first; reload and decide again) or a duplicate channel order
     */
    AppendResult append(long expectedVersion, OrderCommit commit, OrderSummary summary);

    /**
     * Replaces an order's summary without appending, if the order is still at {@code summary.version()}:
     * how read models are rebuilt from the log (after a read model's schema changed, or orders were imported).
     * Atomic with appends: a summary computed from an older version is refused, not stored over a newer one.
     *
     * @param summary the order's summary as its stored commits make it, at the version it was computed from
     * @return whether the summary was stored; false when the order is unknown or at another version
     */
    boolean rebuildSummary(OrderSummary summary);

    /**
     * Runs {@code work} so that this store's appends in it commit together with the changes of every store
     * sharing this store's transactions (on a database: the same data source), or none of them does. oms wraps
     * in it only work on those stores: a stock movement and the append recording it. The default runs the work
     * as it is, each call its own atomic step; a store that overrides it must let the work's calls join one
     * transaction, commit it when the work returns and roll it back when the work throws.
     *
     * @param <T> what the work answers
     * @param work calls on this store and the stores sharing its transactions
     * @return what the work answered, once its changes are committed
     */
    default <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    /**
     * Takes the room of these SKUs (their pre-order caps and backorder limits, which the units waiting in orders
     * and promised by checkout holds use up) for the caller until the enclosing {@link #atomically} ends: oms
     * calls it before reading the units waiting when a placement or a checkout hold may use room, so two of them
     * never both take its last unit. Callers take SKUs in their code order, so they never wait on each other in a
     * cycle. Called only inside {@code atomically}. The default takes nothing, enough for a store used by one
     * thread at a time; a store shared by threads or instances must override it (the in-memory store takes a lock
     * per SKU, PostgreSQL an advisory lock per SKU for the transaction).
     *
     * @param skus the SKUs whose room the caller reads and may use, each once
     */
    default void lockRoom(java.util.Collection<dev.oms.spi.value.Sku> skus) {}

    /**
     * Stored orders' ids, in the order the orders were first appended, one page at a time: an administrative
     * listing (exports, reconciliation), never a path a command takes.
     *
     * @param page where to start and how many ids to return
     * @return one page of ids, with the request for the next page when there is one; orders appended while
     *     a caller pages through appear once, and no id is repeated or skipped
     */
    Page<OrderId> orderIds(PageRequest page);
}
