// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.application;

import dev.oms.core.order.Order;
import dev.oms.core.rejection.Rejection;
import dev.oms.core.command.PaymentCommand;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.PaymentMethod;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Optional;

/** Payments, for customer service: an order held for its payment is tried again. Reached through {@link OrderManagement#payments()}. */
public final class Payments {
    private final Settling settling;

    Payments(Settling settling) {
        this.settling = settling;
    }

    /**
     * Takes a payment-held order off hold and authorises again, with the same or a new payment method.
     * Retrying twice under one key retries once; the key again with another method is refused
     * ({@code IDEMPOTENCY_KEY_REUSED}).
     *
     * @param orderId the order
     * @param idempotencyKey the caller's key: a retry with the same key and parameters answers as the first call did
     * @param newMethod the method to pay with from now on; empty to try the same one again
     * @return the order as it now stands, or a rejection: {@code UNKNOWN_ORDER}, {@code ILLEGAL_TRANSITION} when the
     *     payment is not on hold, {@code IDEMPOTENCY_KEY_REUSED}
     */
    public Either<Rejection, Order> retry(OrderId orderId, String idempotencyKey, Optional<PaymentMethod> newMethod) {
        Option<Rejection> malformed = EntryChecks.retryPayment(idempotencyKey, newMethod);
        if (malformed.isDefined()) {
            return Either.left(malformed.get());
        }
        return settling.run(orderId, new PaymentCommand.RetryPayment(
                IdempotencyKeys.host(HostRequest.RETRY_PAYMENT, idempotencyKey).value(),
                Option.ofOptional(newMethod)));
    }
}
