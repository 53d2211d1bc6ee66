// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.rejection;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * A refused command: at least one {@link Problem}. A rejected command changed nothing.
 *
 * @param problems every problem found, in the order found; never empty
 */
public record Rejection(List<Problem> problems) {
    /**
     * Checks that there is at least one problem.
     *
     * @param problems every problem found, in the order found; never empty
     */
    public Rejection {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one problem");
        }
    }

    /**
     * {@return a rejection naming these problems}
     *
     * @param problems at least one
     */
    public static Rejection of(Seq<Problem> problems) {
        return new Rejection(List.ofAll(problems));
    }

    /**
     * {@return a rejection naming one problem}
     *
     * @param code what is wrong
     * @param path where in the command; empty for the command as a whole
     * @param message what is wrong, in words
     */
    public static Rejection of(ProblemCode code, String path, String message) {
        return new Rejection(List.of(Problem.of(code, path, message)));
    }

    /**
     * {@return a rejection naming one problem with the command as a whole}
     *
     * @param code what is wrong
     * @param message what is wrong, in words
     */
    public static Rejection of(ProblemCode code, String message) {
        return of(code, "", message);
    }

    /** {@return the codes, in the order the problems were found} */
    public List<ProblemCode> codes() {
        return problems.map(Problem::code);
    }

    /**
     * {@return whether any problem has this code}
     *
     * @param code the code looked for
     */
    public boolean has(ProblemCode code) {
        return problems.exists(p -> p.code() == code);
    }

    @Override
    public String toString() {
        return "Rejection" + problems.mkString("[", "; ", "]");
    }
}
