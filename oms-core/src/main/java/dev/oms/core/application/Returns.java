// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.ReturnCommand;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.returns.ClaimRules;
import dev.oms.spi.event.CancellationEvent.UnitsCancelled;
import dev.oms.spi.event.ClaimEvent.ClaimResolution;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.ReturnEvent.ReceivedItem;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.event.ReturnEvent.ReturnRequested;
import dev.oms.spi.payment.RefundTender;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Returns (RMA), for customer service: a customer asks to return delivered units, with a reason per unit, within the
 * return window of the host's {@link dev.oms.core.returns.ReturnPolicy} (builder {@code returnPolicy}; 30 days from
 * delivery by default); the return is then approved or rejected. Units asked for that never shipped are cancelled. Partial and repeated returns of one line are
 * allowed while the units under return stay within the units delivered. A rejected return changes nothing but
 * itself. Reached through {@link OrderManagement#returns()}.
 */
public final class Returns {
    private final Settling settling;
    private final Allocation allocation;
    private final boolean storeCredit;

    Returns(Settling settling, Allocation allocation, boolean storeCredit) {
        this.settling = settling;
        this.allocation = allocation;
        this.storeCredit = storeCredit;
    }

    /**
     * Opens a return of delivered units; units asked for that never shipped are cancelled instead, in the same
     * commit. Of each line, the units delivered within the return window and not under return are returned first;
     * the rest must not have shipped (pending, pre-ordered, backordered, allocated, picked or packed, and on no open
     * pick list): they are cancelled as {@link OrderTaking#cancel} cancels, so their stock is released to the SKU's
     * waiting orders first, a prepayment for them is refunded, the authorisation is voided once nothing is left to
     * capture, and the customer is told of the cancellation. A request for unshipped units only opens no return.
     * Units shipped and not yet delivered are neither: claims cover them.
     *
     * @param orderId the order
     * @param request the units per line and reason, and the host's key
     * @return the return opened and the units cancelled, with the order, or a rejection naming every problem (and
     *     then nothing is stored, released or refunded): {@code UNKNOWN_ORDER}, {@code UNKNOWN_LINE},
     *     {@code QUANTITY_NOT_POSITIVE}, {@code NOTHING_TO_DO} (no line), {@code RETURN_WINDOW_CLOSED} (the units were
     *     delivered, but not within the window), {@code NOT_RETURNABLE} (more units of a line than were delivered and
     *     are not already under return, plus those not shipped and cancellable now), {@code NOT_CANCELLABLE} (units to
     *     cancel while the order's reservation is in flight), the input limits' codes, {@code IDEMPOTENCY_KEY_REUSED}
     *     (the key again with other lines)
     */
    public Either<Rejection, ReturnOpened> request(OrderId orderId, ReturnRequest request) {
        Require.nonNull(orderId, "orderId");
        Option<Rejection> malformed = EntryChecks.returnRequest(request);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        String key = IdempotencyKeys.host(HostRequest.RETURN_REQUEST, request.idempotencyKey()).value();
        List<ReturnItem> items = List.ofAll(request.lines()).map(l -> new ReturnItem(l.lineId(), l.quantity(), l.reason()));
        // Units cancelled release stock: the run fills the queues of the order's SKUs before answering.
        return settling.run(orderId, new ReturnCommand.RequestReturn(key, items)).map(order -> opened(order, key));
    }

    /** What the request under the key did, read from the events it made (the same on a replay). */
    private static ReturnOpened opened(Order order, String key) {
        List<UnitsCancelled> cancelled = order.madeBy(key, UnitsCancelled.class);
        return new ReturnOpened(order, order.madeBy(key, ReturnRequested.class).headOption().map(ReturnRequested::returnId).toJavaOptional(),
                cancelled.headOption().map(UnitsCancelled::cancellationId).toJavaOptional(),
                cancelled.groupBy(UnitsCancelled::lineId).mapValues(units -> units.map(UnitsCancelled::quantity).sum().longValue())
                        .toJavaMap());
    }

    /**
     * Approves a requested return: the customer may send its units back.
     *
     * @param orderId the order
     * @param decision the return, the note and the host's key
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_RETURN},
     *     {@code ILLEGAL_TRANSITION} (already approved or rejected), {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> approve(OrderId orderId, ReturnDecision decision) {
        return decide(orderId, decision, HostRequest.RETURN_APPROVE,
                key -> new ReturnCommand.ApproveReturn(key, decision.returnId(), decision.note()));
    }

    /**
     * Rejects a requested return: its units are no longer under return, and nothing else changes.
     *
     * @param orderId the order
     * @param decision the return, the note and the host's key
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code UNKNOWN_RETURN},
     *     {@code ILLEGAL_TRANSITION} (already approved or rejected), {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> reject(OrderId orderId, ReturnDecision decision) {
        return decide(orderId, decision, HostRequest.RETURN_REJECT,
                key -> new ReturnCommand.RejectReturn(key, decision.returnId(), decision.note()));
    }

    /**
     * Receives units of an approved return at a location, each with its disposition: they leave the customer's hands
     * (delivered to returned), the restocked ones join the location's stock, where they serve waiting orders first, and
     * their value is refunded to the captures that paid for them: each unit's share of its line's price, discounts and
     * taxes, less the policy's restocking fee on restocked units. A return may arrive over several receipts. With the
     * {@code STORE_CREDIT} tender the value is owed as store credit instead, issued through the builder's store-credit
     * port once (retried while the port is down; a decline holds the payment until {@code payments().retry}); it draws
     * on no capture but counts against them, so refunds and credits together never exceed what the order captured.
     *
     * @param orderId the order
     * @param arrival the return, the location, the units per line and disposition, and the host's key
     * @return the order as it now stands (refund and restock done, or owed and retried when a port failed), or a
     *     rejection naming every problem: {@code UNKNOWN_ORDER}, {@code UNKNOWN_RETURN}, {@code UNKNOWN_LOCATION},
     *     {@code UNKNOWN_LINE}, {@code QUANTITY_NOT_POSITIVE}, {@code NOTHING_TO_DO} (no line), {@code ILLEGAL_TRANSITION}
     *     (the return is not approved, or all its units are in), {@code NOT_AWAITED_BY_RETURN}, {@code REFUND_NOT_COVERED},
     *     {@code STORE_CREDIT_UNAVAILABLE} (store credit asked for, no port configured), the input limits' codes,
     *     {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> receive(OrderId orderId, ReturnArrival arrival) {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(arrival, "arrival");
        List<Problem> problems = EntryChecks.returnArrival(arrival);
        if (!settling.locations().contains(arrival.location())) {
            problems = problems.append(Problem.of(ProblemCode.UNKNOWN_LOCATION, "location", "no location " + arrival.location()));
        }
        problems = problems.appendAll(tenderAvailable(arrival.tender()));
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        String key = IdempotencyKeys.host(HostRequest.RETURN_RECEIVE, arrival.idempotencyKey()).value();
        List<ReceivedItem> items = List.ofAll(arrival.lines()).map(l -> new ReceivedItem(l.lineId(), l.quantity(), l.disposition()));
        return settling.run(orderId, new ReturnCommand.ReceiveReturn(key, arrival.returnId(), arrival.location(), items,
                arrival.tender()));
    }

    /**
     * Asks for the label the customer ships an approved return back with, bought through the carrier port
     * ({@code ShippingCarrier.purchaseReturnLabel}). The request is recorded first, then the label bought under a key
     * derived from it, then the carrier's answer recorded: a carrier that is down, or whose answer is lost, leaves the
     * request owed, and {@link Recovery#resume} (or any later call on the order) buys or replays it under the same key,
     * never twice. The label's state, and once bought its carrier and tracking number, are on the order's return
     * ({@code order.returns().get(returnId).get().label()}); the customer is told the tracking number
     * ({@code RETURN_LABEL_ISSUED}). A refusal is recorded there too, the return stays approved, and another label may
     * be asked for. The units may still be received at another location than {@code returnTo} (the customer dropped
     * them at a store): nothing is refused then; a label bought that no units arrived with after it was bought is
     * voided once every unit is in.
     *
     * @param orderId the order
     * @param ask the return, where the units go back to, the service, and the host's key
     * @return the order as it now stands (the label bought, refused, or still owed when the carrier did not answer), or
     *     a rejection naming every problem: {@code UNKNOWN_ORDER}, {@code UNKNOWN_RETURN}, {@code UNKNOWN_LOCATION},
     *     {@code ILLEGAL_TRANSITION} (the return is not approved, all its units are in, or it has a label bought or
     *     being bought), the input limits' codes, {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> requestLabel(OrderId orderId, ReturnLabelAsk ask) {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(ask, "ask");
        List<Problem> problems = EntryChecks.returnLabelAsk(ask);
        if (!settling.locations().contains(ask.returnTo())) {
            problems = problems.append(Problem.of(ProblemCode.UNKNOWN_LOCATION, "returnTo", "no location " + ask.returnTo()));
        }
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        String key = IdempotencyKeys.host(HostRequest.RETURN_LABEL, ask.idempotencyKey()).value();
        return settling.run(orderId, new ReturnCommand.RequestReturnLabel(key, ask.returnId(), ask.returnTo(), ask.service()));
    }

    /** {@code STORE_CREDIT_UNAVAILABLE} when store credit is asked for and no port issues it; none otherwise. */
    private List<Problem> tenderAvailable(RefundTender tender) {
        return tender == RefundTender.STORE_CREDIT && !storeCredit ? List.of(Problem.of(ProblemCode.STORE_CREDIT_UNAVAILABLE,
                "tender", "store credit was asked for, and no store-credit port is configured (builder storeCredit)")) : List.empty();
    }

    /**
     * Settles a claim on a parcel: units the customer reports damaged, not received, or the wrong item leave their
     * order (delivered or shipped to claimed) without coming back. A line's units may be claimed while the parcel
     * delivered them and the customer still holds them (not claimed before, not under a return), or while the parcel is
     * on its way and its carrier reports it held up or sent back ({@link Warehouse#track}). By the request's resolution:
     * <ul>
     *   <li>{@code REFUND}: each unit is refunded its share of its line's price, discounts and taxes, drawn on the
     *       captures that paid for it, or owed as store credit with the {@code STORE_CREDIT} tender (as for a receipt);</li>
     *   <li>{@code RESHIP}: the units are sent again, free of charge: one new line per line claimed (same SKU and
     *       units), allocated in the claim's own commit as a new order's lines are (reserved where stock is, or queued
     *       where the SKU's units may wait), then picked, packed and shipped like any. Refused whole when they can be
     *       neither reserved nor queued.</li>
     * </ul>
     *
     * @param orderId the order
     * @param claim the parcel, the reason, the resolution, the units per line, and the host's key
     * @return the order as it now stands (its claim in {@code returns().claims()}; the refund done, or owed and retried
     *     when the provider failed; the replacement lines allocated), or a rejection naming every problem:
     *     {@code UNKNOWN_ORDER}, {@code UNKNOWN_PACKAGE}, {@code ILLEGAL_TRANSITION} (the parcel is neither delivered nor
     *     reported held up or sent back), {@code UNKNOWN_LINE}, {@code NOTHING_TO_DO} (no line), {@code NOT_CLAIMABLE},
     *     {@code REFUND_NOT_COVERED}, {@code STORE_CREDIT_UNAVAILABLE}, for a reship why the replacements can be neither reserved nor queued (as for
     *     placement), the input limits' codes,
     *     {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> claim(OrderId orderId, ClaimRequest claim) {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(claim, "claim");
        Option<Rejection> malformed = EntryChecks.claim(claim);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        if (claim.resolution() == ClaimResolution.REFUND && !tenderAvailable(claim.tender()).isEmpty()) {
            return Either.left(Rejection.of(tenderAvailable(claim.tender())));
        }
        String key = IdempotencyKeys.host(HostRequest.CLAIM, claim.idempotencyKey()).value();
        List<PackageItem> items = List.ofAll(claim.lines());
        if (claim.resolution() == ClaimResolution.REFUND) {
            return settling.run(orderId, new ReturnCommand.SettleClaim(key, claim.packageId(), claim.reason(),
                    ClaimResolution.REFUND, items, Option.none(), claim.tender()));
        }
        return allocation.storeInRoom(orderId, key, order -> replacementsDrafted(order, key, claim, items),
                (order, plan) -> new ReturnCommand.SettleClaim(key, claim.packageId(), claim.reason(), ClaimResolution.RESHIP,
                        items, plan, claim.tender())).map(settling::resume);
    }

    /**
     * The order as a reship leaves it before its replacement lines are allocated: their allocation is planned on it,
     * under the claim's key, and decided in the claim's commit. None when the claim itself is refused or already settled
     * under the key: deciding the command then answers as it should.
     */
    private Option<Order> replacementsDrafted(Order order, String key, ClaimRequest claim, List<PackageItem> items) {
        if (order.handled(key).isDefined()) {
            return Option.none();
        }
        return ClaimRules.settle(order, claim.packageId(), claim.reason(), ClaimResolution.RESHIP, items,
                settling.ports().clock().instant(), claim.tender()).toOption()
                .map(events -> events.foldLeft(order, OrderEvolution::apply));
    }

    private Either<Rejection, Order> decide(OrderId orderId, ReturnDecision decision, HostRequest kind,
            java.util.function.Function<String, ReturnCommand> command) {
        Require.nonNull(orderId, "orderId");
        Option<Rejection> malformed = EntryChecks.returnDecision(decision);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return settling.run(orderId, command.apply(IdempotencyKeys.host(kind, decision.idempotencyKey()).value()));
    }
}
