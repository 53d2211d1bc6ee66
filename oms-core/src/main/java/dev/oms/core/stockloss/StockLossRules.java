// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.stockloss;

import static dev.oms.core.rejection.Rejections.illegal;
import static dev.oms.core.rejection.Rejections.reject;

import dev.oms.core.allocation.AllocationRules;
import dev.oms.core.cancellation.CancellationRules;
import dev.oms.core.command.AllocationCommand.SettleStockLoss;
import dev.oms.core.command.CancellationCommand.Cancel;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.spi.event.AllocationEvent.UnitsLost;
import dev.oms.spi.event.ApprovalEvent.ApprovalHoldPlaced;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.WaitingEvent.UnitsBackordered;
import dev.oms.spi.value.ApprovalReason;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.ReleaseId;
import dev.oms.spi.value.Sku;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Optional;

/**
 * An order gives up units a stock adjustment found gone. Only units allocated at the location and on no open
 * pick list can go: units being picked, picked or packed are in someone's hands, so the count did not miss
 * them. The lost units go back to pending, their reservation owed back to the inventory, then are allocated
 * again as planned, or wait as a backorder, or (where the SKU's units may not wait) are cancelled. Pure.
 */
public final class StockLossRules {
    private StockLossRules() {}

    /**
     * {@return the units the order gives up}: at most {@code quantity} of the SKU at the location, from its
     *     last lines first, one {@link UnitsLost} per line; empty when it has none there that can go
     *
     * @param order the order
     * @param sku the SKU counted short
     * @param location where
     * @param quantity how many units are wanted back at most
     * @param reason what the adjustment found
     */
    public static List<OrderEvent> lose(Order order, Sku sku, LocationId location, long quantity, String reason) {
        // The version numbers the commit this decision becomes, so each loss owes its release under its own id.
        ReleaseId lossId = ReleaseId.of(order.id().value() + "-S" + order.version());
        List<OrderEvent> lost = List.empty();
        long left = quantity;
        for (Line line : order.lines().valuesIterator().toList().filter(l -> l.sku().equals(sku)).reverse()) {
            long taken = Math.min(left, order.unlistedAllocated(line.id(), location));
            if (taken > 0) {
                lost = lost.append(new UnitsLost(lossId, line.id(), location, taken, reason));
                left -= taken;
            }
        }
        return lost;
    }

    /**
     * {@return the units the order may give up at the location}: allocated there and on no open pick list
     *
     * @param order the order
     * @param sku the SKU
     * @param location the location
     */
    public static long losable(Order order, Sku sku, LocationId location) {
        return order.lines().valuesIterator().filter(l -> l.sku().equals(sku))
                .map(l -> order.unlistedAllocated(l.id(), location)).sum().longValue();
    }

    /**
     * Decides a {@link SettleStockLoss}: the loss, then the lost units' new place, then the hold for review.
     *
     * @param order the order
     * @param command the loss and what follows it
     * @param preference the locations in the host's order of preference, for cancelling
     * @return the events, or a rejection: {@code ILLEGAL_TRANSITION} while a reservation or received goods are
     *     being settled, {@code NOTHING_TO_DO} when no unit of the SKU can go there
     */
    public static Either<Rejection, List<OrderEvent>> settle(Order order, SettleStockLoss command, List<LocationId> preference) {
        Option<Rejection> inFlight = Rejections.whileReservationInFlight(order, ProblemCode.ILLEGAL_TRANSITION);
        if (inFlight.isDefined()) {
            return Either.left(inFlight.get());
        }
        if (!order.ringFencesOwed().isEmpty()) {
            return illegal("goods received for the order are still being reserved; resume the order first");
        }
        List<OrderEvent> lost = lose(order, command.sku(), command.location(), command.quantity(), command.reason());
        if (lost.isEmpty()) {
            return reject(ProblemCode.NOTHING_TO_DO, "sku", "order " + order.id() + " has no units of " + command.sku()
                    + " at " + command.location() + " that are not on a pick list, picked or packed");
        }
        Order working = lost.foldLeft(order, OrderEvolution::apply);
        Either<Rejection, List<OrderEvent>> placed = command.reallocation().isDefined()
                ? AllocationRules.allocatePending(working, command.reallocation().get())
                : waitOrCancel(working, command, preference);
        return placed.map(next -> {
            List<OrderEvent> events = lost.appendAll(next);
            boolean held = events.foldLeft(order, OrderEvolution::apply).approvals().isOpen(ApprovalReason.STOCK_SHORTAGE);
            return command.holdForReview() && !held
                    ? events.append(new ApprovalHoldPlaced(ApprovalReason.STOCK_SHORTAGE, command.reason()))
                    : events;
        });
    }

    /** Lost units wait for stock where the SKU's units may wait; elsewhere they are cancelled. */
    private static Either<Rejection, List<OrderEvent>> waitOrCancel(Order working, SettleStockLoss command,
            List<LocationId> preference) {
        List<Line> pending = working.lines().valuesIterator().toList()
                .filter(l -> l.sku().equals(command.sku()) && l.count(Bucket.PENDING) > 0);
        if (command.mayWait()) {
            return Either.right(pending.map(line -> new UnitsBackordered(line.id(), line.count(Bucket.PENDING),
                    line.count(Bucket.ALLOCATED) + line.count(Bucket.PICKED) + line.count(Bucket.PACKED),
                    command.expectedRestock().toJavaOptional(), command.reason(), command.waitsAt().toJavaOptional())));
        }
        Either<Rejection, List<OrderEvent>> cancelled = Either.right(List.empty());
        for (Line line : pending) {
            cancelled = cancelled.flatMap(done -> {
                Order now = done.foldLeft(working, OrderEvolution::apply);
                Cancel cancel = new Cancel(command.idempotencyKey(), Option.some(line.id()), Option.some(line.count(Bucket.PENDING)),
                        command.reason());
                return CancellationRules.cancel(now, cancel, preference).map(done::appendAll);
            });
        }
        return cancelled;
    }
}
