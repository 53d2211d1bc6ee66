// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.exchange;

import dev.oms.core.order.Order;
import dev.oms.core.rejection.Problem;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.core.returns.UnshippedCancellation;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PlacementEvent.PlacedLine;
import dev.oms.spi.event.ReturnEvent.ReturnItem;
import dev.oms.spi.value.LineId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** When an order may take an exchange at all, whatever it returns: the problems {@link ExchangeRules} reports first. */
final class ExchangeChecks {
    private ExchangeChecks() {}

    /** Only delivered units are exchanged: units that never shipped are cancelled, not traded. */
    static final UnshippedCancellation NO_CANCELLATION = new UnshippedCancellation() {
        @Override
        public long cancellableNow(Order order, LineId lineId) {
            return 0;
        }

        @Override
        public Either<Rejection, List<OrderEvent>> cancel(Order order, List<ReturnItem> units) {
            return Rejections.illegal("an exchange cancels nothing");
        }
    };

    static List<Problem> problems(Order order, List<PlacedLine> replacements) {
        List<Problem> problems = List.empty();
        if (replacements.isEmpty()) {
            problems = problems.append(Problem.of(ProblemCode.NOTHING_TO_DO, "replacements", "an exchange needs a replacement line"));
        }
        for (int i = 0; i < replacements.size(); i++) {
            if (!replacements.get(i).total().getCurrencyUnit().equals(order.currency())) {
                problems = problems.append(Problem.of(ProblemCode.CURRENCY_MISMATCH, "replacements[" + i + "].unitPrice",
                        "priced in " + replacements.get(i).total().getCurrencyUnit() + ", the order in " + order.currency()));
            }
        }
        if (order.payment().onHold()) {
            problems = problems.append(illegal("payment is on hold; retry payment first"));
        }
        if (order.payment().authorizationInFlight().isDefined()) {
            problems = problems.append(illegal("an authorisation is asked for and unanswered; resume the order first"));
        }
        if (order.reservationInFlight().isDefined() || order.moveInFlight().isDefined()) {
            problems = problems.append(illegal("a reservation is in flight; resume the order to settle it"));
        }
        return problems;
    }

    private static Problem illegal(String message) {
        return Problem.of(ProblemCode.ILLEGAL_TRANSITION, "", message);
    }
}
