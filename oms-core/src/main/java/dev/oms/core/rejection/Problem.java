// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.rejection;

import dev.oms.spi.value.Require;

/**
 * One thing wrong with a command.
 *
 * @param code what is wrong, stable for hosts to switch on
 * @param message what is wrong, in words for a person; never the offending text itself
 * @param path where in the command, e.g. {@code lines[2].quantity}; empty for the command as a whole
 */
public record Problem(ProblemCode code, String message, String path) {
    /**
     * Checks that no component is null and the message is not blank.
     *
     * @param code what is wrong, stable for hosts to switch on
     * @param message what is wrong, in words for a person; never the offending text itself
     * @param path where in the command, e.g. {@code lines[2].quantity}; empty for the command as a whole
     */
    public Problem {
        Require.nonNull(code, "code");
        Require.nonBlank(message, "message");
        Require.nonNull(path, "path");
    }

    /**
     * {@return a problem, with the path before the message as rules write them}
     *
     * @param code what is wrong
     * @param path where in the command; empty for the command as a whole
     * @param message what is wrong, in words
     */
    public static Problem of(ProblemCode code, String path, String message) {
        return new Problem(code, message, path);
    }

    @Override
    public String toString() {
        return code + (path.isEmpty() ? "" : " at " + path) + ": " + message;
    }
}
