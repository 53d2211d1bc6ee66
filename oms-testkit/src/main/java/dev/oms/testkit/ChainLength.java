// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.testkit;

/**
 * How many steps a stateful property's command sequences take at most: the property's own default, unless
 * the build sets the system property {@value #PROPERTY} (the {@code reliability} profile of the parent pom
 * does, for longer histories). How many histories run is jqwik's {@code jqwik.tries.default}, set in
 * {@code junit-platform.properties} and overridden the same way.
 */
public final class ChainLength {
    /** The system property that sets the length. */
    public static final String PROPERTY = "oms.chain.length";

    private ChainLength() {}

    /**
     * The length of this run's command sequences.
     *
     * @param steps the property's own default
     * @return the configured length, or {@code steps} when the build sets none
     * @throws NumberFormatException when the configured length is not a number
     * @throws IllegalArgumentException when the configured length is under 1
     */
    public static int orDefault(int steps) {
        String configured = System.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            return steps;
        }
        int length = Integer.parseInt(configured.trim());
        if (length < 1) {
            throw new IllegalArgumentException(PROPERTY + " must be at least 1, was " + configured);
        }
        return length;
    }
}
