// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.order.StoredOrder;
import dev.oms.spi.value.OrderId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One order's commits as the in-memory store keeps them. Once an order settles its commits are packed
 * ({@link LogPacking}): their stored text deflated into one array, a tenth of the size of the commits as
 * objects and one object for the collector to copy instead of about a hundred.
 * Commits appended after that stay objects until the order settles again, so a packed order is never
 * unpacked to take an append. Immutable: an append or a packing makes a new log.
 */
final class OrderLog {
    private static final Packed[] NONE = new Packed[0];

    private final OrderId orderId;
    private final Packed[] packed;
    private final int packedCommits;
    private final List<OrderCommit> recent;

    private OrderLog(OrderId orderId, Packed[] packed, int packedCommits, List<OrderCommit> recent) {
        this.orderId = orderId;
        this.packed = packed;
        this.packedCommits = packedCommits;
        this.recent = recent;
    }

    /** {@return the log of a new order, holding its first commit} */
    static OrderLog first(OrderId orderId, OrderCommit commit) {
        return new OrderLog(orderId, NONE, 0, List.of(commit));
    }

    /** {@return the number of commits, the order's version} */
    long version() {
        return packedCommits + recent.size();
    }

    /** {@return how many of the commits are packed} */
    int packedCommits() {
        return packedCommits;
    }

    /** {@return this log with {@code commit} appended} */
    OrderLog append(OrderCommit commit) {
        List<OrderCommit> commits = new ArrayList<>(recent.size() + 1);
        commits.addAll(recent);
        commits.add(commit);
        return new OrderLog(orderId, packed, packedCommits, List.copyOf(commits));
    }

    /** {@return this log with every commit packed; itself when none is left to pack} */
    OrderLog packed(LogPacking packing) {
        if (recent.isEmpty()) {
            return this;
        }
        Packed[] more = Arrays.copyOf(packed, packed.length + 1);
        more[packed.length] = packing.pack(recent);
        return new OrderLog(orderId, more, packedCommits + recent.size(), List.of());
    }

    /** {@return every commit, first first} */
    StoredOrder stored(LogPacking packing) {
        return new StoredOrder(orderId, commitsAfter(0, packing));
    }

    /** {@return the commits after the first {@code version}, first first} */
    List<OrderCommit> commitsAfter(long version, LogPacking packing) {
        if (version >= version()) {
            return List.of();
        }
        if (version >= packedCommits) {
            return recent.subList((int) (version - packedCommits), recent.size());
        }
        List<OrderCommit> commits = new ArrayList<>((int) (version() - version));
        long first = 1;
        for (Packed chunk : packed) {
            if (first + chunk.commits() - 1 > version) { // the chunk holds a commit after version
                List<OrderCommit> unpacked = packing.unpack(chunk, orderId, first);
                commits.addAll(unpacked.subList((int) Math.max(0, version - (first - 1)), unpacked.size()));
            }
            first += chunk.commits();
        }
        commits.addAll(recent);
        return commits;
    }

    /**
     * Some commits' stored text, deflated.
     *
     * @param commits how many commits
     * @param textBytes the length of their text
     * @param deflated the text, deflated
     * @param withDictionary whether it was deflated with the store's dictionary
     */
    record Packed(int commits, int textBytes, byte[] deflated, boolean withDictionary) {}
}
