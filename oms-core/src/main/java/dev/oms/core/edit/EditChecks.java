// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.edit;

import dev.oms.core.command.EditCommand.Changes;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import io.vavr.collection.List;

/** When an order may be edited at all, whatever the change-set: the problems {@link EditRules} reports first. */
final class EditChecks {
    private EditChecks() {}

    static List<Problem> problems(Order order, Changes changes) {
        List<Problem> problems = List.empty();
        if (changes.isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.NOTHING_TO_DO, "", "the change-set changes nothing"));
        }
        if (order.isFullyCancelled()) {
            problems = problems.append(illegal("", "order " + order.id() + " is cancelled; reopen it first"));
        }
        if (order.payment().onHold()) {
            problems = problems.append(illegal("", "payment is on hold; retry payment first"));
        }
        if (order.payment().authorizationInFlight().isDefined()) {
            problems = problems.append(illegal("", "an authorisation is asked for and unanswered; resume the order first"));
        }
        if (order.reservationInFlight().isDefined() || order.moveInFlight().isDefined()) {
            problems = problems.append(illegal("", "a reservation is in flight; resume the order to settle it"));
        }
        for (int i = 0; i < changes.added().size(); i++) {
            if (!changes.added().get(i).total().getCurrencyUnit().equals(order.currency())) {
                problems = problems.append(Problem.of(ProblemCode.CURRENCY_MISMATCH, "add[" + i + "].unitPrice",
                        "priced in " + changes.added().get(i).total().getCurrencyUnit() + ", the order in " + order.currency()));
            }
        }
        if (changes.shipTo().isPresent()) {
            problems = problems.appendAll(shippingProblems(order, "shipTo"));
        }
        if (changes.shipping().isPresent()) {
            problems = problems.appendAll(shippingProblems(order, "shippingService"));
        }
        return problems;
    }

    /**
     * A parcel packed or gone travels to the old address with the old service (and the first carried the shipping
     * charge); a store collection has neither to change.
     */
    private static List<Problem> shippingProblems(Order order, String path) {
        if (order.pickup().isDefined()) {
            return List.of(illegal(path, "order " + order.id() + " is collected in store " + order.pickup().get().store()));
        }
        return order.packages().valuesIterator().filter(p -> p.state() != OrderPackage.State.OPENED)
                .map(p -> illegal(path, "package " + p.id() + " is " + p.state() + " to the address and with the service the order has"))
                .toList();
    }

    private static Problem illegal(String path, String message) {
        return Problem.of(ProblemCode.ILLEGAL_TRANSITION, path, message);
    }
}
