// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.rejection;

import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** A refused command: at least one {@link Problem}. A rejected command changed nothing. */
public record Rejection(List<Problem> problems) {
    public Rejection {
        if (problems == null || problems.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one problem");
        }
    }

    public static Rejection of(Seq<Problem> problems) {
        return new Rejection(List.ofAll(problems));
    }

    public static Rejection of(ProblemCode code, String path, String message) {
        return new Rejection(List.of(Problem.of(code, path, message)));
    }

    public static Rejection of(ProblemCode code, String message) {
        return of(code, "", message);
    }

    /** The codes, in the order the problems were found. */
    public List<ProblemCode> codes() {
        return problems.map(Problem::code);
    }

    public boolean has(ProblemCode code) {
        return problems.exists(p -> p.code() == code);
    }

    @Override
    public String toString() {
        return "Rejection" + problems.mkString("[", "; ", "]");
    }
}
