// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.rejection;

import dev.oms.spi.value.Require;

/**
 * One thing wrong with a command.
 *
 * @param path where in the command, e.g. {@code lines[2].quantity}; empty for the command as a whole
 */
public record Problem(ProblemCode code, String message, String path) {
    public Problem {
        Require.nonNull(code, "code");
        Require.nonBlank(message, "message");
        Require.nonNull(path, "path");
    }

    public static Problem of(ProblemCode code, String path, String message) {
        return new Problem(code, message, path);
    }

    @Override
    public String toString() {
        return code + (path.isEmpty() ? "" : " at " + path) + ": " + message;
    }
}
