// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.core.allocation.PickupAllocation;
import dev.oms.core.approval.ApprovalPolicy;
import dev.oms.core.approval.ApprovalRules;
import dev.oms.core.backorder.BackorderPolicy;
import dev.oms.core.decision.OrderDecider;
import dev.oms.core.order.Line;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.placement.PlaceOrder;
import dev.oms.core.placement.PlacementValidation;
import dev.oms.core.placement.PricingRequests;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.command.DecisionContext;
import dev.oms.core.command.CancellationCommand;
import dev.oms.spi.Ports;
import dev.oms.spi.availability.HoldId;
import dev.oms.spi.event.Bucket;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PlacementEvent.OrderPlaced;
import dev.oms.spi.inventory.Location;
import dev.oms.spi.order.AppendResult;
import dev.oms.spi.pricing.Pricing;
import dev.oms.spi.pricing.PricingAnswer;
import dev.oms.spi.order.OrderCommit;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Order taking, for a checkout or a sales channel: placing orders and cancelling them. Reached through
 * {@link OrderManagement#orders()}.
 */
public final class OrderTaking {
    private static final Logger LOG = LoggerFactory.getLogger(OrderTaking.class);

    private final Settling settling;
    private final Ports ports;
    private final Allocation allocation;
    private final HoldTakeover holds;
    private final ApprovalPolicy approval;
    private final Pricing pricing;

    OrderTaking(Settling settling, Allocation allocation, HoldTakeover holds, ApprovalPolicy approval, Pricing pricing) {
        this.approval = approval;
        this.pricing = pricing;
        this.settling = settling;
        this.ports = settling.ports();
        this.allocation = allocation;
        this.holds = holds;
    }

    /**
     * Places an order: validates it, reserves its units and authorises its payment. Units of a product
     * not yet released are pre-ordered; units the stock cannot cover are backordered where the
     * {@link BackorderPolicy} allows. Placing the same {@code (channel, externalId)} again returns the
     * order already placed; placing it again with other lines, payment, customer, address, pickup or hold is
     * refused ({@code IDEMPOTENCY_KEY_REUSED}). An order naming live checkout holds ({@link PlaceOrder#hold()},
     * {@link PlaceOrder#additionalHolds()}) takes the held units over as its allocations: together they must
     * hold at least the order's units per SKU ({@code HOLD_MISMATCH} otherwise, {@code UNKNOWN_HOLD} for an
     * id never placed), each line takes units from the holds in the order named, and the units the order
     * leaves are given back (a hold it takes nothing from is released). Holds that have expired are
     * ignored; when none is live, the order is allocated like any other. A click-and-collect order
     * ({@link PlaceOrder#pickup()}) names a known ({@code UNKNOWN_LOCATION}), active store offering pickup
     * ({@code LOCATION_CANNOT_SERVE}) with an address, and no ship-to ({@code SHIP_TO_AND_PICKUP}); its units are
     * allocated at that store, and elsewhere only when the pickup allows transfer ({@link PickupAllocation}). The
     * {@link Pricing} port prices the valid order once (discounts, taxes, shipping) before anything is reserved; its
     * refusal is {@code PRICING_REFUSED}, and an answer breaking its contract is refused naming each breach
     * ({@code PRICING_MISMATCH}, {@code CURRENCY_MISMATCH}, {@code PRICE_NEGATIVE}, {@code DISCOUNT_EXCEEDS_LINE_VALUE}).
     * The amount authorised is the priced total.
     *
     * @param command the channel's order
     * @return the order, or a rejection listing every problem ({@code INSUFFICIENT_STOCK} when a line
     *     can neither be reserved nor backordered, {@code PREORDER_CAP_EXCEEDED},
     *     {@code BACKORDER_LIMIT_EXCEEDED}). When stock ran out between planning and reserving, the
     *     order is stored as cancelled for the audit trail and the rejection says so.
     */
    public Either<Rejection, Order> place(PlaceOrder command) {
        Require.nonNull(command, "command");
        if (!PlacementValidation.textProblems(command).isEmpty()) {
            // Text a store cannot hold (NUL, a lone surrogate, a megabyte) is refused before it is looked up there.
            return Either.left(Rejection.of(PlacementValidation.problems(command, ports.catalog(), List.empty())));
        }
        // Only a pickup order reads the locations, to check its store.
        List<Location> locations = command.pickup().isPresent() ? List.ofAll(ports.inventory().locations()) : List.empty();
        // A channel order placed before is found by the store refusing its second first commit, so a new order
        // costs no lookup; only a placement that would be refused looks for an earlier one, which is answered
        // as placed even if the catalogue or the stock changed since.
        List<Problem> problems = PlacementValidation.problems(command, ports.catalog(), locations);
        if (!problems.isEmpty()) {
            return placedBeforeOr(command, Rejection.of(problems));
        }
        // The pricing port is asked once, here at the edge; its answer reaches the pure placement as data.
        PricingAnswer prices = pricing.price(PricingRequests.of(command, locations));
        Either<Rejection, OrderPlaced> priced = PlacementValidation
                .validate(command, ports.catalog(), locations, ports.ids().newOrderId(), ports.clock().instant(), prices);
        if (priced.isLeft()) {
            return placedBeforeOr(command, priced.getLeft());
        }
        OrderPlaced placed = priced.get();
        Order draft = OrderEvolution.start(placed);
        String key = IdempotencyKeys.placement(command.channel(), command.externalId()).value();
        // A hold is taken over before the transaction: expiring others' holds on the way serves waiting orders.
        Option<Either<Rejection, List<OrderEvent>>> fromHold = holds.takeOver(draft, command.holds(), key);
        if (fromHold.isDefined() && fromHold.get().isLeft()) {
            return placedBeforeOr(command, fromHold.get().getLeft());
        }
        Either<Rejection, FirstCommit> outcome = placedAndReserved(placed, draft, command, key, fromHold.map(Either::get));
        if (outcome.isLeft()) {
            if (fromHold.isDefined()) {
                holds.notStored(command.holds(), placed.orderId()); // the promised units could not be allocated after all
            }
            return placedBeforeOr(command, outcome.getLeft());
        }
        FirstCommit firstCommit = outcome.get();
        if (firstCommit.appended() instanceof AppendResult.DuplicateChannelOrder duplicate) {
            holds.notStored(command.holds(), placed.orderId());
            return placedBefore(duplicate.existing(), command);
        }
        if (!(firstCommit.appended() instanceof AppendResult.Appended)) {
            throw new IllegalStateException("new order " + placed.orderId() + " already had commits: ids must be unique");
        }
        LOG.info("order {} placed from {}", placed.orderId(), placed.channel());
        Order order = settling.settled(firstCommit.order());
        if (order.isFullyCancelled() && !order.lastShortfalls().isEmpty()) {
            return Either.left(Rejection.of(ProblemCode.INSUFFICIENT_STOCK, "lines",
                    "stock ran out while reserving; order " + order.id() + " is recorded as cancelled"));
        }
        return Either.right(order);
    }

    /**
     * Cancels the whole order or some units of a line; reservations, payment and labels are undone, and
     * the stock freed goes to the SKU's waiting pre-orders and backorders first.
     *
     * @param orderId the order
     * @param request what to cancel, under the host's key and reason
     * @return the cancellation's id with the order, or a rejection naming every problem
     */
    public Either<Rejection, Cancelled> cancel(OrderId orderId, CancelRequest request) {
        Option<Rejection> malformed = EntryChecks.cancel(request);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        // The stock freed goes to the queue first, whichever caller's run released it.
        Require.nonNull(orderId, "orderId");
        String key = IdempotencyKeys.host(HostRequest.CANCEL, request.idempotencyKey()).value();
        return settling.execution().execute(orderId, new CancellationCommand.Cancel(key,
                Option.ofOptional(request.line()), Option.ofOptional(request.quantity()), request.reason(),
                io.vavr.collection.TreeMap.ofAll(request.firstAt())))
                .map(order -> {
                    Order settled = settling.settled(order);
                    return new Cancelled(settled, settled.madeBy(key, UnitsCancelled.class).head().cancellationId());
                });
    }

    /**
     * Reopens a fully cancelled order while its stock can be reserved again: every unit goes back to pending and is
     * reserved, authorised and fulfilled like a new order's. The stock is checked first; should another order take it
     * before the reservation, the units wait or are cancelled as any order's would.
     *
     * @param orderId the order
     * @param idempotencyKey the host's key: the same reopening twice changes the order once
     * @param reason why, as the host words it
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code ILLEGAL_TRANSITION} (not fully
     *     cancelled, rejected in review, or prepaid), {@code INSUFFICIENT_STOCK} (naming each SKU short),
     *     {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> reopen(OrderId orderId, String idempotencyKey, String reason) {
        Require.nonNull(orderId, "orderId");
        Require.nonBlank(idempotencyKey, "idempotencyKey");
        Require.nonBlank(reason, "reason");
        String key = IdempotencyKeys.host(HostRequest.REOPEN, idempotencyKey).value();
        return settling.existing(orderId).flatMap(order -> {
            boolean replay = order.handledCommands().containsKey(key);
            List<Problem> shortfalls = replay || !order.isFullyCancelled() ? List.empty() : shortOfStock(order);
            return shortfalls.isEmpty() ? settling.run(orderId, new CancellationCommand.Reopen(key, reason))
                    : Either.left(Rejection.of(shortfalls));
        });
    }

    /** The SKUs whose free stock, over every location, cannot cover the order's tracked units of them again. */
    private List<Problem> shortOfStock(Order order) {
        return order.lines().values().filter(l -> l.stockTracked() && l.dropshipper().isEmpty())
                .groupBy(Line::sku).toList()
                .map(bySku -> Tuple.of(bySku._1, bySku._2.map(Line::quantity).sum().longValue()))
                .sortBy(t -> t._1.code())
                .flatMap(need -> {
                    long free = ports.inventory().stockOf(need._1).stream()
                            .mapToLong(l -> l.onHand() - l.reserved() - l.ringFenced()).filter(n -> n > 0).sum();
                    return free >= need._2 ? List.<Problem>empty() : List.of(Problem.of(ProblemCode.INSUFFICIENT_STOCK, "lines",
                            need._2 + " units of " + need._1 + " to reserve again, " + free + " free"));
                });
    }

    /** The channel order placed before, answered as {@link #placedBefore}; the rejection when there is none. */
    private Either<Rejection, Order> placedBeforeOr(PlaceOrder command, Rejection rejection) {
        // A blank external id is never looked up: it is a problem validation has reported.
        Option<OrderId> existing = command.externalId().isBlank() ? Option.none()
                : Option.ofOptional(ports.orders().findByChannelOrder(command.channel(), command.externalId()));
        return existing.isDefined() ? placedBefore(existing.get(), command) : Either.left(rejection);
    }

    /** A channel order placed before: a replay is answered with the order, other parameters are refused. */
    private Either<Rejection, Order> placedBefore(OrderId existing, PlaceOrder command) {
        // Checked before resuming: a refused placement runs no effects, not even ones the order owes anyway.
        Order order = settling.find(existing).get();
        if (!order.isReplay(IdempotencyKeys.placement(command.channel(), command.externalId()).value(), command.fingerprint())) {
            return Either.left(Rejection.of(ProblemCode.IDEMPOTENCY_KEY_REUSED, "externalId", "channel order "
                    + command.channel() + ":" + command.externalId() + " was placed before with other parameters"));
        }
        return Either.right(settling.resume(existing).get());
    }

    /** What appending a new order's first commit answered, and the order as its reservation left it. */
    private record FirstCommit(AppendResult appended, Order order) {}

    /**
     * Plans the new order's reservation, appends its first commit and makes the reservation, in one storage
     * transaction where the stores share one: the stock read, the order and its reservation then cost one
     * transaction, and no order is ever stored without its reservation or the other way round. A plan the
     * stock refuses is answered as a rejection, the transaction having written nothing. When the store fails,
     * the hold this placement consumed is made live again unless the order was stored after all (a lost
     * acknowledgement), so its units keep one owner.
     */
    private Either<Rejection, FirstCommit> placedAndReserved(OrderPlaced placed, Order draft, PlaceOrder command,
            String key, Option<List<OrderEvent>> fromHold) {
        try {
            return ports.orders().atomically(() -> reservationFor(draft, fromHold, key).map(reservation -> {
                List<OrderEvent> events = ApprovalRules.atPlacement(draft, approval).prepend(placed).appendAll(reservation);
                OrderCommit first = new OrderCommit(key, ports.clock().instant(), events.toJavaList(), command.fingerprint());
                Order stored = OrderEvolution.apply(Option.none(), first);
                AppendResult appended = ports.orders().append(0, first, OrderSummaries.of(stored));
                if (!(appended instanceof AppendResult.Appended)) {
                    return new FirstCommit(appended, stored);
                }
                settling.execution().remember(stored);
                return new FirstCommit(appended, settling.stockMoved(stored));
            }));
        } catch (RuntimeException storageFailure) {
            settling.execution().forget(draft.id());
            if (!command.holds().isEmpty()) {
                undoHoldUnlessStored(draft.id(), command.holds(), storageFailure);
            }
            throw storageFailure;
        }
    }

    /** The events reserving a draft order's units: taken over from its checkout hold, or planned from the stock. */
    private Either<Rejection, List<OrderEvent>> reservationFor(Order draft, Option<List<OrderEvent>> fromHold, String key) {
        allocation.lockRoom(draft); // inside the placement's atomically: held until the order is stored
        if (fromHold.isEmpty()) {
            return allocation.plan(draft, key).flatMap(allocate -> OrderDecider.decide(allocate, draft, DecisionContext.at(ports.clock().instant())));
        }
        // Units the holds promised without stock are still pending: they are allocated now, in the room their
        // consumed holds no longer take (pre-ordered within the caps, backordered within the terms).
        Order afterHolds = fromHold.get().foldLeft(draft, OrderEvolution::apply);
        if (afterHolds.units(Bucket.PENDING) == 0) {
            return Either.right(fromHold.get());
        }
        return allocation.plan(afterHolds, IdempotencyKeys.promisedAllocation(key).value())
                .flatMap(allocate -> OrderDecider.decide(allocate, afterHolds, DecisionContext.at(ports.clock().instant())))
                .map(fromHold.get()::appendAll);
    }

    private void undoHoldUnlessStored(OrderId orderId, java.util.List<HoldId> hold, RuntimeException storageFailure) {
        try {
            if (ports.orders().load(orderId).isEmpty()) {
                holds.notStored(hold, orderId);
            }
        } catch (RuntimeException stillFailing) {
            storageFailure.addSuppressed(stillFailing);
            LOG.warn("order {} may or may not be stored; holds {} stay consumed by it", orderId, hold);
        }
    }
}
