// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.edit;

import dev.oms.core.allocation.AllocationRules;
import dev.oms.core.cancellation.CancellationRules;
import dev.oms.core.command.CancellationCommand.Cancel;
import dev.oms.core.command.EditCommand.Changes;
import dev.oms.core.command.EditCommand.ConfirmEdit;
import dev.oms.core.order.Order;
import dev.oms.core.payment.SurplusRelease;
import dev.oms.core.order.OrderEvolution;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.EditEvent.OrderEdited;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult.Authorized;
import dev.oms.spi.value.LineId;
import dev.oms.spi.value.LocationId;
import dev.oms.spi.value.PackageItem;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.joda.money.Money;

/**
 * Deciding an order edit. The change-set's own events come first ({@link #changes}): the units taken off, as a
 * cancellation of each, then {@code OrderEdited} adding the lines and the address. Confirming ({@link #confirm}) adds the
 * authorisation of the difference and the added units' allocation, so a change-set is recorded whole or not at all;
 * authorised money it leaves uncovered is released in the same commit ({@link SurplusRelease}), voided at once.
 */
public final class EditRules {
    private EditRules() {}

    /**
     * The events of the change-set itself, with no payment or allocation: what a preview shows and a confirmation starts from.
     *
     * @param order the order as it stands
     * @param changes what the host asked to change, priced: the lines added, numbered after the order's last line, and the
     *     new shipping charge
     * @param preference the locations in the host's order of preference, most preferred first: units are taken off at
     *     the least preferred first, as a cancellation does
     * @param now when the edit is decided
     * @return the events, or every problem: {@code NOTHING_TO_DO} (an empty change-set), {@code ILLEGAL_TRANSITION} (the
     *     order is cancelled, its payment is on hold or asked for, a reservation is in flight, or a new address or
     *     shipping service while a parcel is packed or gone or the order is collected in store), {@code UNKNOWN_LINE} and {@code NOT_CANCELLABLE}
     *     (units to take off), {@code QUANTITY_NOT_POSITIVE}
     */
    public static Either<Rejection, List<OrderEvent>> changes(Order order, Changes changes, List<LocationId> preference,
            Instant now) {
        List<Problem> problems = EditChecks.problems(order, changes);
        List<OrderEvent> events = List.empty();
        Order draft = order;
        for (int i = 0; i < changes.remove().size(); i++) {
            PackageItem item = changes.remove().get(i);
            Cancel cancel = new Cancel("edit", Option.some(item.lineId()), Option.some(item.quantity()),
                    "edit " + (order.edits() + 1) + ": " + changes.reason());
            Either<Rejection, List<OrderEvent>> taken = CancellationRules.cancel(draft, cancel, preference);
            if (taken.isLeft()) {
                String path = "remove[" + i + "]";
                problems = problems.appendAll(taken.getLeft().problems()
                        .map(p -> Problem.of(p.code(), p.path().isEmpty() ? path : path + "." + p.path(), p.message())));
            } else {
                events = events.appendAll(taken.get());
                draft = taken.get().foldLeft(draft, OrderEvolution::apply);
            }
        }
        if (!problems.isEmpty()) {
            return Either.left(Rejection.of(problems));
        }
        return Either.right(events.append(new OrderEdited(order.edits() + 1, changes.added().toJavaList(), changes.remove(),
                changes.shipTo(), changes.shipping(), now)));
    }

    /**
     * Confirms a change-set: its events, then the authorisation the caller obtained for the difference, then the added
     * units' allocation, each decided on the order as the previous leave it.
     *
     * @param order the order as it stands
     * @param command the confirmation, with the authorisation and allocation the caller prepared
     * @param preference the locations in the host's order of preference, most preferred first
     * @param now when the edit is decided
     * @return the events, or every problem of {@link #changes}; {@code ILLEGAL_TRANSITION} when the order changed since
     *     the authorisation or allocation was prepared (the difference is not the one authorised, the added units are
     *     not the ones allocated), or the allocation's own rejection
     */
    public static Either<Rejection, List<OrderEvent>> confirm(Order order, ConfirmEdit command, List<LocationId> preference,
            Instant now) {
        boolean numberedHere = command.changes().added().zipWithIndex().forAll(t -> t._1.lineId().equals(addedLineId(order, t._2)));
        if (!numberedHere) {
            return Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, "add",
                    "the order gained lines since the edit was priced; preview and confirm again"));
        }
        return changes(order, command.changes(), preference, now).flatMap(events -> {
            Order edited = events.foldLeft(order, OrderEvolution::apply);
            Money owed = authorizationOwed(order, edited);
            Option<Money> authorized = command.authorization().map(Authorized::amount);
            if (owed.isPositive() ? !authorized.contains(owed) : authorized.isDefined()) {
                return Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, "",
                        "the order changed since the edit was priced: " + owed + " is owed, " + authorized.map(Money::toString)
                                .getOrElse("nothing") + " was authorised; preview and confirm again"));
            }
            List<OrderEvent> paid = events.appendAll(command.authorization()
                    .map(a -> new PaymentAuthorized(a.authorizationId(), a.amount(), now)));
            Order authorizedOrder = paid.drop(events.size()).foldLeft(edited, OrderEvolution::apply);
            if (command.allocation().isEmpty()) {
                return command.changes().added().isEmpty() ? Either.right(released(order, paid))
                        : Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, "add", "added lines need an allocation"));
            }
            return AllocationRules.allocatePending(authorizedOrder, command.allocation().get()).map(paid::appendAll)
                    .map(all -> released(order, all));
        });
    }

    /** The edit's events, then the release of the authorised money they leave uncovered ({@link SurplusRelease}). */
    private static List<OrderEvent> released(Order order, List<OrderEvent> events) {
        return events.appendAll(SurplusRelease.of(events.foldLeft(order, OrderEvolution::apply)));
    }

    /**
     * {@return what the edit must have authorised before it is recorded}: the value the order's authorisations no longer
     * cover, once the order was authorised at all (an order still waiting to be authorised is authorised with its
     * edits, as its units are reserved); zero for cash on delivery or when the edit costs nothing more
     *
     * @param before the order before the edit
     * @param edited the order as the edit's own events leave it
     */
    public static Money authorizationOwed(Order before, Order edited) {
        boolean authorizedBefore = before.payment().authorizations().nonEmpty();
        return !edited.payment().isCashOnDelivery() && authorizedBefore ? edited.amountToAuthorize() : Money.zero(edited.currency());
    }

    /**
     * {@return the id of a line a change-set adds: numbered after the order's last line}
     *
     * @param order the order as it stands
     * @param index the line's position among those added, from 0
     */
    public static LineId addedLineId(Order order, int index) {
        return LineId.ofPosition(order.lines().size() + index);
    }
}
