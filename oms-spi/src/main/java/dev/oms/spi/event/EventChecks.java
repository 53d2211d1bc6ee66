// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.spi.event;

import dev.oms.spi.value.Require;
import org.joda.money.Money;

/** Argument checks shared by the event records. */
final class EventChecks {

    private EventChecks() {}

    static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    static void positiveMoney(Money value, String name) {
        Require.nonNull(value, name);
        if (!value.isPositive()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /** An unmodifiable copy of a list that must hold something. */
    static <T> java.util.List<T> nonEmptyCopy(java.util.List<T> values, String name) {
        java.util.List<T> copy = java.util.List.copyOf(Require.nonNull(values, name));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return copy;
    }
}
