package dev.oms.inmemory;

import dev.oms.spi.inventory.OperationKeyReusedException;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers which keyed operations were applied, with the request and the answer, so that a repeat
 * answers as the first call did and has no second effect. Not thread-safe: callers hold their own lock.
 *
 * <p>Keys are scoped by operation kind, because a port's methods are separate calls and a host may
 * derive their keys independently. A key repeated with a different request is a caller bug (two
 * operations sharing one key), so it fails loudly instead of silently answering for the wrong request.
 */
final class IdempotencyLedger {
    private final Map<Entry, Applied> applied = new HashMap<>();

    /** The answer recorded for {@code key}, or none when the key is new. */
    <A> Option<A> replay(String kind, String key, Object request, Class<A> answerType) {
        Applied previous = applied.get(new Entry(kind, key));
        if (previous == null) {
            return Option.none();
        }
        if (!previous.request().equals(request)) {
            throw new OperationKeyReusedException(kind, key);
        }
        return Option.of(answerType.cast(previous.answer()));
    }

    /** Whether {@code key} was applied already, for operations that answer nothing. */
    boolean applied(String kind, String key, Object request) {
        return replay(kind, key, request, Object.class).isDefined();
    }

    /** Records that {@code key} was applied and answered with {@code answer}. */
    <A> A record(String kind, String key, Object request, A answer) {
        applied.put(new Entry(kind, key), new Applied(request, answer));
        return answer;
    }

    private record Entry(String kind, String key) {}

    private record Applied(Object request, Object answer) {}
}
