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
}
