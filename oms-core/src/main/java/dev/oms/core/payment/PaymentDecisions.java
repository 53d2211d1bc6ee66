// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.payment;

import dev.oms.core.order.Capture;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;

import dev.oms.core.command.EffectOutcome.RecordAuthorization;
import dev.oms.core.command.EffectOutcome.RecordAuthorizationDeclined;
import dev.oms.core.command.PaymentCommand.RequestAuthorization;
import dev.oms.core.command.EffectOutcome.RecordAuthorizationVoided;
import dev.oms.core.command.EffectOutcome.RecordCapture;
import dev.oms.core.command.EffectOutcome.RecordCaptureDeclined;
import dev.oms.core.command.PaymentCommand.RetryPayment;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Authorization;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.EffectEvent.AuthorizationRequested;
import dev.oms.spi.event.PaymentEvent.AuthorizationVoided;
import dev.oms.spi.event.PaymentEvent.PaymentAuthorized;
import dev.oms.spi.event.PaymentEvent.PaymentCaptured;
import dev.oms.spi.event.PaymentEvent.PaymentDeclined;
import dev.oms.spi.event.PaymentEvent.PaymentRetryRequested;
import dev.oms.spi.event.PaymentEvent.PaymentStage;
import dev.oms.spi.event.ReleaseEvent;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.joda.money.Money;

/**
 * Recording the payment provider's answers. An answer is accepted only for a call the order currently
 * owes, with the amount it owes, so captured never exceeds authorised (design invariant 5).
 */
public final class PaymentDecisions {
    private PaymentDecisions() {}

    /**
     * Asks for the authorisation the order owes: records the amount first, so a lost answer is retried for the same amount.
     *
     * @param order the order as it stands
     * @param command the request
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> requestAuthorization(Order order, RequestAuthorization command) {
        List<OrderEvent> request = authorizationMadeDue(order);
        return request.isEmpty() ? illegal("no authorisation is due for order " + order.id()) : Either.right(request);
    }

    /**
     * The authorisation request an order owes as it stands, none when no authorisation is due: recorded in the
     * same commit as the decision that made it due (the reservation's outcome, a payment retry), so asking for
     * it costs no append of its own.
     *
     * @param order the order as it stands
     * @return the events to record, or none
     */
    public static List<OrderEvent> authorizationMadeDue(Order order) {
        return order.authorizationDue()
                ? List.of(new AuthorizationRequested(order.payment().nextAttempt(), order.amountToAuthorize()))
                : List.empty();
    }

    /**
     * The provider's authorisation, granted as of {@code now}: from then on it counts towards its lapse.
     *
     * @param order the order as it stands
     * @param outcome the port's answer
     * @param now the time of the decision
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordAuthorization(Order order, RecordAuthorization outcome, Instant now) {
        return authorizationOwed(order, outcome.idempotencyKey(), outcome.requested()).flatMap(owed -> {
            if (outcome.authorized().isGreaterThan(outcome.requested())
                    || !outcome.authorized().getCurrencyUnit().equals(order.currency())) {
                return illegal("the provider authorised " + outcome.authorized() + " for a request of " + outcome.requested());
            }
            return events(new PaymentAuthorized(outcome.authorizationId(), outcome.authorized(), now));
        });
    }

    /**
     * The provider declined the authorisation owed: the order goes on payment hold.
     *
     * @param order the order as it stands
     * @param outcome the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordAuthorizationDeclined(Order order, RecordAuthorizationDeclined outcome) {
        return authorizationOwed(order, outcome.idempotencyKey(), outcome.requested())
                .flatMap(owed -> events(new PaymentDeclined(PaymentStage.AUTHORIZATION, outcome.reason())));
    }

    /** An answer counts only for the authorisation the order owes now, under its key and for its amount. */
    private static Either<Rejection, Boolean> authorizationOwed(Order order, String key, Money requested) {
        boolean owed = PendingEffects.of(order).exists(e -> e instanceof PendingEffect.Authorize a
                && a.key().equals(key) && a.amount().equals(requested));
        return owed ? Either.right(true) : illegal("no authorisation of " + requested + " is owed under " + key);
    }

    /**
     * The customer or an operator asked to pay again, possibly with a new method.
     *
     * @param order the order as it stands
     * @param command the request
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> retry(Order order, RetryPayment command) {
        if (!order.payment().onHold()) {
            return illegal("payment is not on hold");
        }
        return events(new PaymentRetryRequested(command.newMethod().getOrElse(order.payment().method())));
    }

    /**
     * The provider captured the value of a shipped package, as owed.
     *
     * @param order the order as it stands
     * @param outcome the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordCapture(Order order, RecordCapture outcome) {
        return captureOwed(order, outcome.idempotencyKey(), outcome.requested()).flatMap(owed -> events(
                new PaymentCaptured(outcome.packageId(), outcome.authorizationId(), outcome.captureId(), outcome.requested())));
    }

    /**
     * The provider declined a capture owed: the order goes on payment hold.
     *
     * @param order the order as it stands
     * @param outcome the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordCaptureDeclined(Order order, RecordCaptureDeclined outcome) {
        return captureOwed(order, outcome.idempotencyKey(), outcome.requested())
                .flatMap(owed -> events(new PaymentDeclined(PaymentStage.CAPTURE, outcome.reason())));
    }

    /** An answer counts only for a capture the order owes now, under its key and for its amount. */
    private static Either<Rejection, Boolean> captureOwed(Order order, String key, Money requested) {
        boolean owed = PendingEffects.of(order).exists(e -> e instanceof PendingEffect.Capture c
                && c.key().equals(key) && c.amount().equals(requested));
        return owed ? Either.right(true) : illegal("no capture of " + requested + " is owed under " + key);
    }

    /**
     * A void was made: a release an edit recorded, or the uncaptured rest of an authorisation once the order is done.
     *
     * @param order the order as it stands
     * @param command the port's answer, under the key the void was owed under
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordVoid(Order order, RecordAuthorizationVoided command) {
        boolean owed = PendingEffects.of(order).exists(e -> e instanceof PendingEffect.VoidAuthorization v && v.key().equals(command.idempotencyKey())
                && v.authorizationId().equals(command.authorizationId()) && v.amount().equals(command.amount()));
        if (!owed) {
            return illegal("no void of " + command.amount() + " is owed on " + command.authorizationId() + " under " + command.idempotencyKey());
        }
        Option<Authorization.Release> release = order.payment().authorizations().get(command.authorizationId()).toList()
                .flatMap(a -> a.releasing()).find(r -> PendingEffects.releaseKey(order, command.authorizationId(), r.number())
                        .equals(command.idempotencyKey()));
        return release.isDefined()
                ? events(new ReleaseEvent.AuthorizationReleased(command.authorizationId(), release.get().number(), command.amount()))
                : events(new AuthorizationVoided(command.authorizationId(), command.amount()));
    }
}
