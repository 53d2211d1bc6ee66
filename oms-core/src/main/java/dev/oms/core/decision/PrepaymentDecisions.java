package dev.oms.core.decision;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;

import dev.oms.core.command.EffectOutcome.RecordPrepayment;
import dev.oms.core.command.EffectOutcome.RecordRefund;
import dev.oms.core.command.PaymentCommand.RequestPrepayment;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.order.Prepaying;
import dev.oms.core.rejection.Rejection;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.PaymentEvent.PaymentDeclined;
import dev.oms.spi.event.PaymentEvent.PaymentRefunded;
import dev.oms.spi.event.PaymentEvent.PaymentStage;
import dev.oms.spi.event.PaymentEvent.PreorderPrepaid;
import dev.oms.spi.event.PaymentEvent.RefundDeclined;
import dev.oms.spi.payment.PaymentGateway.CaptureResult;
import dev.oms.spi.payment.PaymentGateway.RefundResult;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Charge at placement: requesting prepayments of pre-ordered units and recording the provider's answers
 * to them and to refunds. Like every payment answer, one is accepted only for a call the order owes, with
 * the amount it owes, so nothing is prepaid twice and nothing is refunded beyond what was captured.
 */
final class PrepaymentDecisions {
    private PrepaymentDecisions() {}

    static Either<Rejection, List<OrderEvent>> request(Order order, RequestPrepayment command) {
        if (!Prepaying.due(order)) {
            return illegal("no prepayment is due for order " + order.id());
        }
        return events(Prepaying.next(order).get());
    }

    static Either<Rejection, List<OrderEvent>> record(Order order, RecordPrepayment command) {
        boolean owed = PendingEffects.of(order).exists(e -> e instanceof PendingEffect.Prepay p
                && p.key().equals(command.idempotencyKey()) && p.authorizationId().equals(command.authorizationId())
                && p.amount().equals(command.requested()));
        if (!owed) {
            return illegal("no prepayment of " + command.requested() + " is owed under " + command.idempotencyKey());
        }
        if (command.result() instanceof CaptureResult.Captured ok) {
            return events(new PreorderPrepaid(command.authorizationId(), ok.captureId(), command.requested()));
        }
        CaptureResult.Declined declined = (CaptureResult.Declined) command.result();
        return events(new PaymentDeclined(PaymentStage.CAPTURE, declined.reason()));
    }

    static Either<Rejection, List<OrderEvent>> recordRefund(Order order, RecordRefund command) {
        boolean owed = PendingEffects.of(order).exists(e -> e instanceof PendingEffect.Refund r
                && r.key().equals(command.idempotencyKey()) && r.captureId().equals(command.captureId())
                && r.amount().equals(command.requested()));
        if (!owed) {
            return illegal("no refund of " + command.requested() + " is owed under " + command.idempotencyKey());
        }
        if (command.result() instanceof RefundResult.Refunded ok) {
            return events(new PaymentRefunded(command.captureId(), ok.refundId(), command.requested()));
        }
        RefundResult.Declined declined = (RefundResult.Declined) command.result();
        return events(new RefundDeclined(command.captureId(), command.requested(), declined.reason()));
    }
}
