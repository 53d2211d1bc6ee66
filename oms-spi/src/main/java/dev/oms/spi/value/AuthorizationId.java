// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** Identifies an authorisation, as the payment provider named it. */
public record AuthorizationId(String value) implements Comparable<AuthorizationId> {
    public AuthorizationId {
        Require.nonBlank(value, "AuthorizationId");
    }

    /** The id with this text. */
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
