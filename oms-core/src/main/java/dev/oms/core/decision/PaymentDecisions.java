package dev.oms.core.decision;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;

import dev.oms.core.command.EffectOutcome.RecordAuthorization;
import dev.oms.core.command.PaymentCommand.RequestAuthorization;
import dev.oms.core.command.EffectOutcome.RecordAuthorizationVoided;
import dev.oms.core.command.EffectOutcome.RecordCapture;
import dev.oms.core.command.PaymentCommand.RetryPayment;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
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
import dev.oms.spi.payment.PaymentGateway.AuthorizationResult;
import dev.oms.spi.payment.PaymentGateway.CaptureResult;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Recording the payment provider's answers. An answer is accepted only for a call the order currently
 * owes, with the amount it owes, so captured never exceeds authorised (design invariant 5).
 */
final class PaymentDecisions {
    private PaymentDecisions() {}

    static Either<Rejection, List<OrderEvent>> requestAuthorization(Order order, RequestAuthorization command) {
        if (!order.authorizationDue()) {
            return illegal("no authorisation is due for order " + order.id());
        }
        return events(new AuthorizationRequested(order.payment().nextAttempt(), order.amountToAuthorize()));
    }

    static Either<Rejection, List<OrderEvent>> recordAuthorization(Order order, RecordAuthorization command) {
        boolean owed = PendingEffects.of(order).exists(e -> e instanceof PendingEffect.Authorize a
                && a.key().equals(command.idempotencyKey()) && a.amount().equals(command.requested()));
        if (!owed) {
            return illegal("no authorisation of " + command.requested() + " is owed under " + command.idempotencyKey());
        }
        if (command.result() instanceof AuthorizationResult.Authorized ok) {
            if (ok.amount().isGreaterThan(command.requested()) || !ok.amount().getCurrencyUnit().equals(order.currency())) {
                return illegal("the provider authorised " + ok.amount() + " for a request of " + command.requested());
            }
            return events(new PaymentAuthorized(ok.authorizationId(), ok.amount()));
        }
        AuthorizationResult.Declined declined = (AuthorizationResult.Declined) command.result();
        return events(new PaymentDeclined(PaymentStage.AUTHORIZATION, declined.reason()));
    }

    static Either<Rejection, List<OrderEvent>> retry(Order order, RetryPayment command) {
        if (!order.payment().onHold()) {
            return illegal("payment is not on hold");
        }
        return events(new PaymentRetryRequested(command.newMethod().getOrElse(order.payment().method())));
    }

    static Either<Rejection, List<OrderEvent>> recordCapture(Order order, RecordCapture command) {
        boolean owed = PendingEffects.of(order).exists(e -> e instanceof PendingEffect.Capture c
                && c.key().equals(command.idempotencyKey()) && c.amount().equals(command.requested()));
        if (!owed) {
            return illegal("no capture of " + command.requested() + " is owed under " + command.idempotencyKey());
        }
        if (command.result() instanceof CaptureResult.Captured ok) {
            return events(new PaymentCaptured(command.packageId(), command.authorizationId(), ok.captureId(), command.requested()));
        }
        CaptureResult.Declined declined = (CaptureResult.Declined) command.result();
        return events(new PaymentDeclined(PaymentStage.CAPTURE, declined.reason()));
    }

    static Either<Rejection, List<OrderEvent>> recordVoid(Order order, RecordAuthorizationVoided command) {
        boolean owed = PendingEffects.of(order).exists(e -> e instanceof PendingEffect.VoidAuthorization v
                && v.authorizationId().equals(command.authorizationId()) && v.amount().equals(command.amount()));
        return owed
                ? events(new AuthorizationVoided(command.authorizationId(), command.amount()))
                : illegal("no void of " + command.amount() + " is owed on " + command.authorizationId());
    }
}
