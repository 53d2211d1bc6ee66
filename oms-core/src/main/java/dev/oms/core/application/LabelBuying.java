// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.spi.value.LabelId;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.order.OrderPackage;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.command.FulfilmentCommand;
import dev.oms.spi.Ports;
import dev.oms.spi.shipping.ShippingCarrier.LabelResult;
import dev.oms.core.command.OrderCommand;
import dev.oms.core.effects.PendingEffect;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Buys a packed package's label while the warehouse waits. Asks the carrier first, under the key the
 * recorded request's purchase uses, so a refused service stores nothing; a label bought is then recorded
 * with its request in one commit (with the shipment too, when shipping asked for it). A carrier
 * that does not answer may have bought the label: the request is recorded then, so
 * {@link Recovery#resume} or a cancellation buys-or-replays it and never leaves it paid for unused.
 */
final class LabelBuying {
    private final Settling settling;
    private final Ports ports;

    LabelBuying(Settling settling) {
        this.settling = settling;
        this.ports = settling.ports();
    }

    Either<Rejection, Order> buy(Order order, OrderPackage pkg, String service) {
        return buy(order, pkg, service, Option.none());
    }

    /**
     * Buys the label, then asks {@code then} of the order: when the carrier sells it at once, the request, the label
     * and {@code then} are one commit (shipping a package costs one append, not three); when one of them is refused,
     * the request is recorded alone as before and {@code then} is left to the caller.
     */
    Either<Rejection, Order> buy(Order order, OrderPackage pkg, String service, Option<OrderCommand> then) {
        if (pkg.state() != OrderPackage.State.PACKED) {
            return Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, "packageId", "package " + pkg.id() + " is " + pkg.state()));
        }
        if (pkg.labelRequested().isEmpty()) {
            FulfilmentCommand.RequestLabel request = new FulfilmentCommand.RequestLabel(
                    IdempotencyKeys.labelRequest(pkg.id(), service).value(), pkg.id(), service);
            PendingEffect.PurchaseLabel purchase = PendingEffects.labelPurchase(order, pkg, service);
            LabelResult answer;
            try {
                answer = ports.carrier().purchaseLabel(PortCalls.labelRequest(order, purchase));
            } catch (RuntimeException noAnswer) {
                settling.execution().execute(order.id(), request);
                throw noAnswer(pkg, noAnswer);
            }
            Either<String, LabelId> bought = answer.fold(label -> Either.right(label.labelId()), refused -> Either.left(refused.reason()));
            if (bought.isLeft()) {
                return Either.left(Rejection.of(ProblemCode.CARRIER_UNAVAILABLE, "carrierService", bought.getLeft()));
            }
            Either<Rejection, Order> together = settling.execution().executeTogether(order.id(),
                    List.<OrderCommand>of(request, PortCalls.labelOutcome(purchase, answer)).appendAll(then), Option.some(order));
            if (together.isRight()) {
                return Either.right(settling.resume(together.get()));
            }
            Either<Rejection, Order> recorded = settling.execution().execute(order.id(), request);
            if (recorded.isLeft()) {
                // The package changed meanwhile (opened again): the label just bought will not be used.
                ports.carrier().voidLabel(PendingEffects.voidLabelKey(order, pkg), bought.get());
                return recorded;
            }
        }
        Order after = settling.resume(order.id()).get();
        OrderPackage now = after.packages().get(pkg.id()).get();
        if (now.label().isDefined()) {
            return Either.right(after);
        }
        if (now.labelRequested().isDefined()) {
            throw noAnswer(pkg, null);
        }
        return Either.left(Rejection.of(ProblemCode.CARRIER_UNAVAILABLE, "carrierService",
                now.labelRefusal().getOrElse("the carrier refused " + service)));
    }

    private static PortFailure noAnswer(OrderPackage pkg, RuntimeException cause) {
        return new PortFailure("the carrier did not answer for package " + pkg.id()
                + "; the request is recorded and resume() or asking again retries it under the same key", cause);
    }
}
