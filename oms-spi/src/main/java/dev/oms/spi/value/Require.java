// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;


/** Argument checks for value constructors: Vavr's convention, {@code "x is null"}. */
public final class Require {
    private Require() {}

    /**
     * Returns {@code value}, or throws {@link NullPointerException} naming the argument.
     *
     * @param <T> the value's type
     * @param value the argument to check
     * @param name the argument's name, for the message
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     */
    public static <T> T nonNull(T value, String name) {
        // Not requireNonNull(value, () -> ...): the lambda captures name, so every check would allocate one.
        if (value == null) {
            throw new NullPointerException(name + " is null");
        }
        return value;
    }

    /**
     * Returns {@code value} when it is neither null nor blank.
     *
     * @param value the argument to check
     * @param name the argument's name, for the message
     * @return {@code value}
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static String nonBlank(String value, String name) {
        nonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value;
    }
}
