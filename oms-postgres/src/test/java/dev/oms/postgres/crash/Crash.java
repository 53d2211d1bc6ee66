// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.postgres.crash;

import java.util.function.Supplier;

/**
 * A process crash at one chosen port call. Calls are numbered in the order they happen; at call
 * {@code at} the process "dies" either before the port sees the call (state saved, port not called) or
 * right after the port acted (port called, outcome not saved). A dead process makes no further call to
 * any port or store until {@link #restart}.
 */
final class Crash {
    enum When { BEFORE_CALL, AFTER_CALL }

    private final int at;
    private final When when;
    private int calls;
    private boolean dead;
    private boolean fired;

    private Crash(int at, When when) {
        this.at = at;
        this.when = when;
    }

    /** Never crashes: counts the calls of a clean run. */
    static Crash never() {
        return new Crash(-1, When.BEFORE_CALL);
    }

    static Crash at(int call, When when) {
        return new Crash(call, when);
    }

    synchronized <T> T portCall(Supplier<T> real) {
        failIfDead();
        calls++;
        if (calls == at && when == When.BEFORE_CALL) {
            die();
        }
        T result = real.get();
        if (calls == at) {
            die();
        }
        return result;
    }

    /** Storage calls are not crash points, but a dead process does not make them either. */
    synchronized <T> T storageCall(Supplier<T> real) {
        failIfDead();
        return real.get();
    }

    /** Whether the process died since the last restart. */
    synchronized boolean died() {
        return dead;
    }

    /** Whether the crash happened at all during the run. */
    synchronized boolean fired() {
        return fired;
    }

    synchronized int calls() {
        return calls;
    }

    synchronized void restart() {
        dead = false;
    }

    private void die() {
        dead = true;
        fired = true;
        throw new IllegalStateException("simulated crash at port call " + at + " (" + when + ")");
    }

    private void failIfDead() {
        if (dead) {
            throw new IllegalStateException("the process is dead");
        }
    }
}
