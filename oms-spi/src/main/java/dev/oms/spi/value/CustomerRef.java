// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * The host's reference to a customer; oms stores no personal data beyond the ship-to address.
 *
 * @param value the host's customer reference
 */
public record CustomerRef(String value) implements Comparable<CustomerRef> {
    /**
     * Checks the reference.
     *
     * @param value the host's customer reference
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public CustomerRef {
        Require.nonBlank(value, "CustomerRef");
    }

    /**
     * {@return the reference with this text}
     *
     * @param value the host's customer reference
     */
    public static CustomerRef of(String value) {
        return new CustomerRef(value);
    }

    @Override
    public int compareTo(CustomerRef other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
