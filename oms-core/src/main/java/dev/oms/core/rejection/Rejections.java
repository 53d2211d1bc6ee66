// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.rejection;

import dev.oms.core.order.Order;
import io.vavr.control.Option;
import dev.oms.spi.event.OrderEvent;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Short forms for the rejections every rule needs. */
public final class Rejections {
    private Rejections() {}

    /**
     * {@return an {@code ILLEGAL_TRANSITION} for the command as a whole}
     *
     * @param <T> what the command would have answered
     * @param message why the order cannot take the command now
     */
    public static <T> Either<Rejection, T> illegal(String message) {
        return Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, message));
    }

    /**
     * {@return a rejection naming one problem}
     *
     * @param <T> what the command would have answered
     * @param code what is wrong
     * @param path where in the command; empty for the command as a whole
     * @param message what is wrong, in words
     */
    public static <T> Either<Rejection, T> reject(ProblemCode code, String path, String message) {
        return Either.left(Rejection.of(code, path, message));
    }

    /**
     * {@return a decision that records these events}
     *
     * @param events what happened, in order
     */
    public static Either<Rejection, List<OrderEvent>> events(OrderEvent... events) {
        return Either.right(List.of(events));
    }

    /**
     * {@return an {@code IDEMPOTENCY_KEY_REUSED}: the same idempotency key came back with other parameters;
     * not a replay, and not done again}
     *
     * @param <T> what the command would have answered
     * @param idempotencyKey the key used before
     */
    public static <T> Either<Rejection, T> keyReused(String idempotencyKey) {
        return Either.left(Rejection.of(ProblemCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
                "key " + idempotencyKey + " was used before with other parameters"));
    }

    /**
     * The one guard for a reservation in flight: while the order waits for the inventory's answer, nothing
     * that moves its pending or allocated units may be decided. Each step names its own code for it.
     *
     * @param order the order as it stands
     * @param code the code this step answers with
     * @return the rejection while a reservation is in flight, else empty
     */
    public static Option<Rejection> whileReservationInFlight(Order order, ProblemCode code) {
        // A move's target reservation counts too: its units must stay where the move found them until it settles.
        return order.reservationInFlight().isDefined() || order.moveInFlight().isDefined()
                ? Option.some(Rejection.of(code, "", "a reservation is in flight; resume the order to settle it"))
                : Option.none();
    }
}
