// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.value;

/** A stock keeping unit code. Case matters; surrounding whitespace is a caller bug. */
public record Sku(String code) implements Comparable<Sku> {
    public Sku {
        Require.nonBlank(code, "Sku");
        if (!code.equals(code.strip())) {
            throw new IllegalArgumentException("Sku has surrounding whitespace: '" + code + "'");
        }
    }

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
