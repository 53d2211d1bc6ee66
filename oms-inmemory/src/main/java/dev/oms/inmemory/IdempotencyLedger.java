// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.inventory.OperationKeyReusedException;
import io.vavr.control.Option;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which keyed operations were applied, with the request and the answer, so that a repeat
 * answers as the first call did and has no second effect.
 *
 * <p>Keys are scoped by operation kind, because a port's methods are separate calls and a host may
 * derive their keys independently. A key repeated with a different request is a caller bug (two
 * operations sharing one key), so it fails loudly instead of silently answering for the wrong request.
 *
 * <p>Two ways to use it. Adapters behind one lock call {@link #replay} and then {@link #record}. Adapters
 * that lock only part of their state call {@link #claim} first: the key is taken atomically with its
 * request, so a key reused for a different request is caught even when that request locks other parts;
 * then {@link #record} the answer, or {@link #abandon} the claim when applying failed.
 */
final class IdempotencyLedger {
    /** The answer of a claimed key whose call is still applying. */
    private static final Object PENDING = new Object();

    /** Per kind, then per key: a map per kind, not a (kind, key) pair per entry, which a shop keeps for every order. */
    private final Map<String, Map<String, Applied>> applied = new ConcurrentHashMap<>();

    /** The answer recorded for {@code key}, or none when the key is new. */
    <A> Option<A> replay(String kind, String key, Object request, Class<A> answerType) {
        return answerOf(kind, key, request, keysOf(kind).get(key), answerType);
    }

    /** Whether {@code key} was applied already, for operations that answer nothing. */
    boolean applied(String kind, String key, Object request) {
        return replay(kind, key, request, Object.class).isDefined();
    }

    /**
     * Takes {@code key} for {@code request} when it is new, answering none: the caller applies the request
     * and then records or abandons. When the key is taken, answers as {@link #replay}. The caller must hold
     * every lock {@code request} needs, so an equal request claimed before has finished by now.
     */
    <A> Option<A> claim(String kind, String key, Object request, Class<A> answerType) {
        Applied previous = keysOf(kind).putIfAbsent(key, new Applied(request, PENDING));
        return answerOf(kind, key, request, previous, answerType);
    }

    /**
     * Replays the answer of a key already applied, or applies the call and records its answer. A call that throws
     * changed nothing (each checks before it changes), so its key is given up and a retry applies afresh. The
     * caller holds every lock the request needs.
     */
    <A> A applyOnce(String kind, String key, Object request, Class<A> answerType, java.util.function.Supplier<A> apply) {
        Option<A> replay = claim(kind, key, request, answerType);
        if (replay.isDefined()) {
            return replay.get();
        }
        A answer;
        try {
            answer = apply.get();
        } catch (RuntimeException | Error e) {
            abandon(kind, key);
            throw e;
        }
        return record(kind, key, request, answer);
    }

    /** Gives up a claim whose call failed and changed nothing, so a retry with the key applies afresh. */
    void abandon(String kind, String key) {
        keysOf(kind).computeIfPresent(key, (entry, current) -> current.answer() == PENDING ? null : current);
    }

    /** Records that {@code key} was applied and answered with {@code answer}. */
    <A> A record(String kind, String key, Object request, A answer) {
        keysOf(kind).put(key, new Applied(request, answer));
        return answer;
    }

    private static <A> Option<A> answerOf(String kind, String key, Object request, Applied previous, Class<A> answerType) {
        if (previous == null) {
            return Option.none();
        }
        if (!previous.request().equals(request)) {
            throw new OperationKeyReusedException(kind, key);
        }
        if (previous.answer() == PENDING) {
            throw new IllegalStateException(kind + " key '" + key + "' is being applied by a call not holding the same locks");
        }
        return Option.of(answerType.cast(previous.answer()));
    }

    private Map<String, Applied> keysOf(String kind) {
        return applied.computeIfAbsent(kind, any -> new ConcurrentHashMap<>());
    }

    private record Applied(Object request, Object answer) {}
}
