// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.command.AllocationCommand.AllocatePending;
import dev.oms.core.command.EditCommand.ConfirmEdit;
import dev.oms.core.edit.ChangeSet;
import dev.oms.core.command.EditCommand.Changes;
import dev.oms.core.edit.EditRules;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.AllocationEvent.Reservation;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult.Authorized;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PackageItem;
import dev.oms.spi.value.Require;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.joda.money.Money;

/**
 * Order edits before fulfilment, for customer service: add lines, take units off, ship to another address or with
 * another shipping service. A change-set
 * is previewed (money, payment, where added units would go) and then confirmed, which records it whole, or not at all:
 * <ul>
 *   <li>the units taken off are cancelled (their stock freed for waiting orders first), the lines added are priced by
 *       the pricing port as at placement and allocated in the edit's own commit, the new address applies from then on;</li>
 *   <li>when the order's authorisations no longer cover it, the difference is authorised by the payment provider before
 *       anything is recorded (incremental authorisation): a decline refuses the edit and changes nothing;</li>
 *   <li>authorised money an edit leaves uncovered is released at once: the release is recorded with the edit and the
 *       provider asked to void it under a key its number fixes (partial void), once.</li>
 * </ul>
 * Allocated units stay where they are when the address changes; only added units are routed, to the new address.
 * The order's shipping charge is kept unless the edit changes the service: the pricing port then prices the new
 * service's charge for the order as edited. Reached through {@link OrderManagement#edits()}.
 */
public final class Edits {
    private final Settling settling;
    private final Allocation allocation;
    private final EditPricing pricing;

    Edits(Settling settling, Allocation allocation, dev.oms.spi.pricing.Pricing pricing) {
        this.settling = settling;
        this.allocation = allocation;
        this.pricing = new EditPricing(settling.ports(), pricing);
    }

    /**
     * Works out what confirming a change-set would do, recording nothing and asking the payment provider nothing.
     *
     * @param orderId the order
     * @param changes what to change
     * @return the preview, or every problem confirming would meet now: {@code UNKNOWN_ORDER}, {@code NOTHING_TO_DO},
     *     {@code ILLEGAL_TRANSITION} (cancelled order, payment on hold or asked for, reservation in flight, a new address
     *     once a parcel is packed or for a store collection), {@code UNKNOWN_LINE}, {@code NOT_CANCELLABLE},
     *     {@code QUANTITY_NOT_POSITIVE}, the added lines' problems as at placement ({@code UNKNOWN_SKU},
     *     {@code CURRENCY_MISMATCH}, ...), {@code PRICING_REFUSED}, why added units can be neither reserved nor queued
     *     (as for placement), the input limits' codes
     */
    public Either<Rejection, EditPreview> preview(OrderId orderId, ChangeSet changes) {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(changes, "changes");
        List<Problem> malformed = EntryChecks.edit(Option.none(), changes);
        if (!malformed.isEmpty()) {
            return Either.left(Rejection.of(malformed));
        }
        return settling.existing(orderId).flatMap(order -> draft(order, changes, "preview").map(Draft::preview));
    }

    /**
     * Confirms a change-set: works it out again on the order as it now stands, asks the payment provider to authorise
     * the difference when one is owed, and records everything in one commit.
     *
     * @param orderId the order
     * @param request the change-set and the host's key
     * @return the order as edited, or every problem {@link #preview} names; {@code PAYMENT_NOT_AUTHORIZED} when the
     *     provider declined the difference (or authorised less, which is voided again): the provider answers the same key
     *     with the same answer, so a retry, say once the customer's bank agreed, is confirmed under a new key;
     *     {@code ILLEGAL_TRANSITION} when
     *     the order changed while the difference was authorised (that authorisation is never captured and lapses at the
     *     provider; confirming again asks anew); {@code IDEMPOTENCY_KEY_REUSED}
     * @throws PortFailure when the payment provider does not answer: nothing is recorded, and confirming again under
     *     the same key asks again under the same provider key
     */
    public Either<Rejection, Order> confirm(OrderId orderId, EditRequest request) {
        Require.nonNull(orderId, "orderId");
        Require.nonNull(request, "request");
        List<Problem> malformed = EntryChecks.edit(Option.some(request.idempotencyKey()), request.changes());
        if (!malformed.isEmpty()) {
            return Either.left(Rejection.of(malformed));
        }
        String key = IdempotencyKeys.host(HostRequest.EDIT, request.idempotencyKey()).value();
        return settling.existing(orderId).flatMap(order -> {
            if (order.handled(key).isDefined()) {
                // A replay, or the key reused with another change-set: deciding answers either as it should.
                ChangeSet asked = request.changes();
                Changes unpriced = new Changes(List.empty(), asked.remove(), asked.shipTo(), java.util.Optional.empty(), asked.reason());
                return settling.run(orderId, new ConfirmEdit(key, asked.fingerprint(), unpriced, Option.none(), Option.none()));
            }
            // Planned again in the room of the SKUs its lines may wait for, on the order as it then stands: the
            // provider is not kept waiting on a lock, nor the lock on the provider.
            return draft(order, request.changes(), key).flatMap(d -> pricing.authorize(order, key, d.toAuthorize())
                    .flatMap(auth -> allocation.storeInRoom(orderId, key, now -> redrafted(now, key, d.priced()),
                            (now, plan) -> new ConfirmEdit(key, request.changes().fingerprint(), d.priced(), auth, plan))))
                    .map(settling::resume);
        });
    }

    /** The order as the edit would leave it before its allocation; none when there is nothing to allocate or it is refused. */
    private Option<Order> redrafted(Order order, String key, Changes priced) {
        if (priced.added().isEmpty() || order.handled(key).isDefined()) {
            return Option.none();
        }
        return EditRules.changes(order, priced, settling.execution().context().locationPreference(),
                settling.ports().clock().instant()).toOption().map(events -> events.foldLeft(order, OrderEvolution::apply));
    }

    /** The change-set worked out on the order: priced, its own events applied, the added units' allocation planned. */
    private Either<Rejection, Draft> draft(Order order, ChangeSet changes, String key) {
        return pricing.price(order, changes).flatMap(priced -> EditRules.changes(order, priced,
                settling.execution().context().locationPreference(), settling.ports().clock().instant()).flatMap(events -> {
                    Order edited = events.foldLeft(order, OrderEvolution::apply);
                    Money owed = EditRules.authorizationOwed(order, edited);
                    if (priced.added().isEmpty()) {
                        return Either.right(new Draft(order, priced, edited, owed, Option.none()));
                    }
                    // Under the edit's key: its allocation is decided in the edit's commit.
                    return allocation.plan(edited, key).map(plan -> new Draft(order, priced, edited, owed, Option.some(plan)));
                }));
    }

    private record Draft(Order order, Changes priced, Order edited, Money toAuthorize, Option<AllocatePending> plan) {
        EditPreview preview() {
            List<PlacedLine> added = priced.added();
            List<Reservation> reservations = plan.map(p -> List.ofAll(p.reservations())).getOrElse(List.empty())
                    .filter(r -> added.exists(l -> l.lineId().equals(r.lineId())));
            List<PackageItem> waiting = added.flatMap(l -> {
                long unreserved = l.quantity() - reservations.filter(r -> r.lineId().equals(l.lineId()))
                        .map(Reservation::quantity).sum().longValue();
                return unreserved > 0 ? List.of(new PackageItem(l.lineId(), unreserved)) : List.<PackageItem>empty();
            });
            Money uncovered = edited.payment().openAuthorized().minus(edited.outstanding());
            return new EditPreview(order, edited, added, List.ofAll(priced.remove()), order.activeValue(), edited.activeValue(),
                    toAuthorize, uncovered.isPositive() ? uncovered : Money.zero(order.currency()), reservations, waiting);
        }
    }
}
