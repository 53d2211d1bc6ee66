// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.payment;

import static dev.oms.core.rejection.Rejections.events;
import static dev.oms.core.rejection.Rejections.illegal;

import dev.oms.core.command.EffectOutcome.RecordPrepayment;
import dev.oms.core.command.EffectOutcome.RecordPrepaymentDeclined;
import dev.oms.core.command.EffectOutcome.RecordRefund;
import dev.oms.core.command.EffectOutcome.RecordRefundDeclined;
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
import dev.oms.spi.value.AuthorizationId;
import dev.oms.spi.value.CaptureId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.joda.money.Money;

/**
 * Charge at placement: requesting prepayments of pre-ordered units and recording the provider's answers
 * to them and to refunds (of prepayments, and of units received back under a return: {@code ReturnRefunded}). Like every payment answer, one is accepted only for a call the order owes, with
 * the amount it owes, so nothing is prepaid twice and nothing is refunded beyond what was captured.
 */
public final class PrepaymentDecisions {
    private PrepaymentDecisions() {}

    /**
     * Asks for the prepayment of pre-ordered units the order owes (charge-at-placement policy).
     *
     * @param order the order as it stands
     * @param command the request
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> request(Order order, RequestPrepayment command) {
        if (!Prepaying.due(order)) {
            return illegal("no prepayment is due for order " + order.id());
        }
        return events(Prepaying.next(order).get());
    }

    /**
     * The provider captured the prepayment owed.
     *
     * @param order the order as it stands
     * @param outcome the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> record(Order order, RecordPrepayment outcome) {
        return prepaymentOwed(order, outcome.idempotencyKey(), outcome.authorizationId(), outcome.requested())
                .flatMap(owed -> events(new PreorderPrepaid(outcome.authorizationId(), outcome.captureId(), outcome.requested())));
    }

    /**
     * The provider declined the prepayment owed.
     *
     * @param order the order as it stands
     * @param outcome the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordDeclined(Order order, RecordPrepaymentDeclined outcome) {
        return prepaymentOwed(order, outcome.idempotencyKey(), outcome.authorizationId(), outcome.requested())
                .flatMap(owed -> events(new PaymentDeclined(PaymentStage.CAPTURE, outcome.reason())));
    }

    /**
     * The provider refunded money owed back: a prepayment's, a return's or claim's, or a voided shipment's (recorded as
     * {@code PaymentRefunded}, which the order applies to the void owing it).
     *
     * @param order the order as it stands
     * @param outcome the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordRefund(Order order, RecordRefund outcome) {
        return refundOwed(order, outcome.idempotencyKey(), outcome.captureId(), outcome.requested())
                .flatMap(owed -> events(order.returns().refundDone(
                        r -> PendingEffects.refundKey(order, r).equals(outcome.idempotencyKey()), outcome.refundId())
                        .<OrderEvent>map(e -> e)
                        .getOrElse(() -> new PaymentRefunded(outcome.captureId(), outcome.refundId(), outcome.requested()))));
    }

    /**
     * The provider declined a refund owed: it stays owed.
     *
     * @param order the order as it stands
     * @param outcome the port's answer
     * @return the events to record, or a rejection
     */
    public static Either<Rejection, List<OrderEvent>> recordRefundDeclined(Order order, RecordRefundDeclined outcome) {
        return refundOwed(order, outcome.idempotencyKey(), outcome.captureId(), outcome.requested())
                .flatMap(owed -> events(new RefundDeclined(outcome.captureId(), outcome.requested(), outcome.reason())));
    }

    private static Either<Rejection, Boolean> prepaymentOwed(Order order, String key, AuthorizationId authorizationId, Money requested) {
        boolean owed = PendingEffects.of(order).exists(e -> e instanceof PendingEffect.Prepay p
                && p.key().equals(key) && p.authorizationId().equals(authorizationId) && p.amount().equals(requested));
        return owed ? Either.right(true) : illegal("no prepayment of " + requested + " is owed under " + key);
    }

    private static Either<Rejection, Boolean> refundOwed(Order order, String key, CaptureId captureId, Money requested) {
        boolean owed = PendingEffects.of(order).exists(e -> e instanceof PendingEffect.Refund r
                && r.key().equals(key) && r.captureId().equals(captureId) && r.amount().equals(requested));
        return owed ? Either.right(true) : illegal("no refund of " + requested + " is owed under " + key);
    }
}
