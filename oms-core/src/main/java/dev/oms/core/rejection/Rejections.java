package dev.oms.core.rejection;

import dev.oms.spi.event.OrderEvent;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** Short forms for the rejections every rule needs. */
public final class Rejections {
    private Rejections() {}

    public static <T> Either<Rejection, T> illegal(String message) {
        return Either.left(Rejection.of(ProblemCode.ILLEGAL_TRANSITION, message));
    }

    public static <T> Either<Rejection, T> reject(ProblemCode code, String path, String message) {
        return Either.left(Rejection.of(code, path, message));
    }

    public static Either<Rejection, List<OrderEvent>> events(OrderEvent... events) {
        return Either.right(List.of(events));
    }

    /** The same idempotency key came back with other parameters: not a replay, and not done again. */
    public static <T> Either<Rejection, T> keyReused(String idempotencyKey) {
        return Either.left(Rejection.of(ProblemCode.IDEMPOTENCY_KEY_REUSED, "idempotencyKey",
                "key " + idempotencyKey + " was used before with other parameters"));
    }
}
