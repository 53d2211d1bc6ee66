// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.routing.RoutedAllocation;
import dev.oms.core.routing.RoutingDecision;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Sourcing, for an operator: where an order's units are taken from, allocating what is still pending,
 * re-routing away from a location that cannot fulfil, and why the routing chose as it did. Reached through
 * {@link OrderManagement#sourcing()}.
 */
public final class Sourcing {
    private final Settling settling;
    private final Allocation allocation;
    private final RoutingExplanation routing;
    private final Rerouter rerouter;

    Sourcing(Settling settling, Allocation allocation, RoutingExplanation routing) {
        this.settling = settling;
        this.allocation = allocation;
        this.routing = routing;
        this.rerouter = new Rerouter(settling.ports(), settling.execution(), allocation);
    }

    /**
     * Allocates units still pending (after a failed reservation, for instance): reserves, or queues what may wait.
     *
     * @param orderId the order
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, or why the pending units can be
     *     neither reserved nor queued
     */
    public Either<Rejection, Order> allocate(OrderId orderId) {
        return settling.existing(orderId)
                .flatMap(order -> order.units(Bucket.PENDING) == 0
                        ? Either.left(Rejection.of(ProblemCode.NOTHING_TO_DO, "", "order " + orderId + " has no pending units"))
                        : allocation.allocatePending(order, IdempotencyKeys.allocation(order.version()).value()))
                .map(settling::settled);
    }

    /**
     * Why the order's units go where they go: the routing policy re-run for its units not yet picked
     * (pending or allocated), with the order's own reservations counted as available. With stock otherwise
     * unchanged this is the decision the order was allocated by: every shipment, what is short, and each
     * candidate's scores and why it lost, for an operator. Routes, reserves and stores nothing.
     *
     * @param orderId the order
     * @return the decision; {@code NOTHING_TO_DO} when every unit is picked or further, {@code NOT_ROUTED}
     *     when the allocation policy is not a {@link RoutedAllocation}
     */
    public Either<Rejection, RoutingDecision> explainRouting(OrderId orderId) {
        if (!routing.routed()) {
            return Either.left(Rejection.of(ProblemCode.NOT_ROUTED, "allocationPolicy",
                    "the allocation policy is not a routing strategy; use RoutedAllocation to get traces"));
        }
        return settling.existing(orderId).flatMap(order -> order.units(Bucket.PENDING) + order.units(Bucket.ALLOCATED) == 0
                ? Either.left(Rejection.of(ProblemCode.NOTHING_TO_DO, "", "order " + orderId + " has no units to route"))
                : Either.right(routing.explain(order)));
    }

    /**
     * Re-routes an order's units away from a location that cannot fulfil them after all (a stock count
     * came up short, the store closed). The units allocated there that no open pick list covers go back to
     * pending, their reservation there is released, and they are allocated again by the allocation policy
     * on the stock of the other locations (less what other orders' waiting units are owed); the order's
     * pending units are not allocated there again. Its units picked or packed there or on an open pick
     * list, and its allocations elsewhere, stay as they are. What the other locations cannot cover is
     * backordered where the {@link BackorderPolicy} allows (a later restock fills it, as for any order,
     * from stock anywhere but the failed location); otherwise the reroute is refused as a whole and the
     * units stay where they were, for the host to cancel or to reroute later. Repeating an idempotency key
     * changes nothing; a refused reroute changes nothing and its key may be used again.
     *
     * @param reason why the location cannot fulfil, kept on the order's events
     * @param orderId the order
     * @param failedLocation the location that cannot fulfil its units
     * @param idempotencyKey the caller's key: a retry with the same key and parameters answers as the first call did
     * @return the order, or a rejection: {@code UNKNOWN_LOCATION}; {@code NOTHING_TO_DO} when no unit at the
     *     location can move (the message counts those on pick lists, picked and packed);
     *     {@code INSUFFICIENT_STOCK} or {@code BACKORDER_LIMIT_EXCEEDED} when the units cannot be
     *     allocated elsewhere; {@code ILLEGAL_TRANSITION} while a reservation or received goods are being
     *     settled (resume first) or the payment is on hold
     */
    public Either<Rejection, Order> reroute(OrderId orderId, LocationId failedLocation, String idempotencyKey, String reason) {
        Require.nonNull(failedLocation, "failedLocation");
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonBlank(reason, "reason");
        Option<Rejection> malformed = EntryChecks.reroute(failedLocation, idempotencyKey, reason);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return settling.existing(orderId)
                .flatMap(order -> rerouter.reroute(order, failedLocation,
                        IdempotencyKeys.host(HostRequest.REROUTE, idempotencyKey).value(), reason))
                .map(settling::settled);
    }
}
