// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * Identifies a store credit (or gift card) issued for a refund, as the store-credit provider named it.
 *
 * @param value the provider's id for the credit
 */
public record StoreCreditId(String value) implements Comparable<StoreCreditId> {
    /**
     * Checks the id.
     *
     * @param value the provider's id for the credit
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public StoreCreditId {
        Require.nonBlank(value, "StoreCreditId");
    }

    /**
     * {@return the id with this text}
     *
     * @param value the provider's id for the credit
     */
    public static StoreCreditId of(String value) {
        return new StoreCreditId(value);
    }

    @Override
    public int compareTo(StoreCreditId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
