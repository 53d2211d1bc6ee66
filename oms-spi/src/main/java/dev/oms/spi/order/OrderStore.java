package dev.oms.spi.order;

import dev.oms.spi.value.Channel;
import dev.oms.spi.value.OrderId;
import java.util.Optional;
import java.util.List;

/**
 * Stores orders as append-only logs of {@link OrderCommit}s.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>{@link #append} is atomic: the whole commit is stored, or nothing is.
 *   <li>Optimistic concurrency: {@code append} stores only when the order is at {@code expectedVersion}
 *       (0 for a new order), else answers {@link AppendResult.VersionConflict}.
 *   <li>The first commit of a new order starts with an {@code OrderPlaced} event; its
 *       {@code (channel, externalId)} is unique across orders, else {@link AppendResult.DuplicateChannelOrder}.
 *   <li>{@code load} returns commits in append order; what was appended is returned unchanged.
 *   <li>Safe for concurrent callers. Infrastructure failures may be thrown as unchecked exceptions; the
 *       facade then reports the command as failed and nothing it decided is assumed stored.
 * </ul>
 */
public interface OrderStore {

    /** The order with this id, if stored. */
    Optional<StoredOrder> load(OrderId orderId);

    /** The order a channel knows under {@code externalId}, if one was placed. */
    Optional<OrderId> findByChannelOrder(Channel channel, String externalId);

    /**
     * Appends a commit.
     *
     * @param expectedVersion the version the caller decided on: 0 for a new order
     * @param channel the order's channel, indexed on the first commit
     * @param externalId the order's id in its channel, indexed on the first commit
     */
    AppendResult append(OrderId orderId, Channel channel, String externalId, long expectedVersion, OrderCommit commit);

    /** Every stored order's id, in the order the orders were first appended. */
    List<OrderId> orderIds();
}
