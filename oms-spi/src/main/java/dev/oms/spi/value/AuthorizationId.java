// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies an authorisation, as the payment provider named it.
 *
 * @param value the provider's id for the authorisation
 */
public record AuthorizationId(String value) implements Comparable<AuthorizationId> {
    /**
     * Checks the id.
     *
     * @param value the provider's id for the authorisation
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public AuthorizationId {
        Require.nonBlank(value, "AuthorizationId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the provider's id for the authorisation
     */
    public static AuthorizationId of(String value) {
        return new AuthorizationId(value);
    }

    @Override
    public int compareTo(AuthorizationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
