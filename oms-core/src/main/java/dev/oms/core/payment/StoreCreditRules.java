// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.payment;

import static dev.oms.core.rejection.Rejections.events;

import dev.oms.core.command.EffectOutcome.RecordStoreCreditDeclined;
import dev.oms.core.command.EffectOutcome.RecordStoreCreditIssued;
import dev.oms.core.effects.PendingEffect;
import dev.oms.core.effects.PendingEffects;
import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.rejection.Rejections;
import dev.oms.spi.event.OrderEvent;
import dev.oms.spi.event.StoreCreditEvent.StoreCreditDeclined;
import dev.oms.spi.event.StoreCreditEvent.StoreCreditIssued;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Records the store-credit port's answers to the credits an order owes: issued once, or declined (the credit stays
 * owed, under a new key once the payment is retried).
 */
public final class StoreCreditRules {
    private StoreCreditRules() {}

    /**
     * The port issued a credit owed under the key.
     *
     * @param order the order as it stands
     * @param outcome the port's answer
     * @return {@code StoreCreditIssued}, or {@code ILLEGAL_TRANSITION} when no such credit is owed under the key
     */
    public static Either<Rejection, List<OrderEvent>> recordIssued(Order order, RecordStoreCreditIssued outcome) {
        return owed(order, outcome.idempotencyKey(), outcome.credit())
                .flatMap(owed -> events(new StoreCreditIssued(outcome.credit(), outcome.creditId())));
    }

    /**
     * The port declined a credit owed under the key: it stays owed and the payment is held until retried.
     *
     * @param order the order as it stands
     * @param outcome the port's answer
     * @return {@code StoreCreditDeclined}, or {@code ILLEGAL_TRANSITION} when no such credit is owed under the key
     */
    public static Either<Rejection, List<OrderEvent>> recordDeclined(Order order, RecordStoreCreditDeclined outcome) {
        return owed(order, outcome.idempotencyKey(), outcome.credit())
                .flatMap(owed -> events(new StoreCreditDeclined(outcome.credit(), outcome.reason())));
    }

    private static Either<Rejection, Boolean> owed(Order order, String key, int credit) {
        boolean owed = PendingEffects.of(order).exists(e -> e instanceof PendingEffect.IssueStoreCredit c
                && c.key().equals(key) && c.credit() == credit);
        return owed ? Either.right(true) : Rejections.illegal("no store credit " + credit + " is owed under " + key);
    }
}
