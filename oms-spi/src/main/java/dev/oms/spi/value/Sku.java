// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/**
 * A stock keeping unit code. Case matters; surrounding whitespace is a caller bug.
 *
 * @param code the SKU code, without surrounding whitespace
 */
public record Sku(String code) implements Comparable<Sku> {
    /**
     * Checks the code.
     *
     * @param code the SKU code, without surrounding whitespace
     * @throws NullPointerException if {@code code} is null
     * @throws IllegalArgumentException if {@code code} is blank or has surrounding whitespace
     */
    public Sku {
        Require.nonBlank(code, "Sku");
        if (!code.equals(code.strip())) {
            throw new IllegalArgumentException("Sku has surrounding whitespace: '" + code + "'");
        }
    }

    /**
     * {@return the SKU with this code}
     *
     * @param code the SKU code, without surrounding whitespace
     */
    public static Sku of(String code) {
        return new Sku(code);
    }

    @Override
    public int compareTo(Sku other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
