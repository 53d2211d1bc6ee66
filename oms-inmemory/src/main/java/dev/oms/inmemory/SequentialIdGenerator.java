// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.inmemory;

import dev.oms.spi.IdGenerator;
import dev.oms.spi.value.OrderId;
import dev.oms.spi.value.Require;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out {@code ORD-000001}, {@code ORD-000002}, ... from an atomic counter: unique per instance and
 * thread-safe, and deterministic so that test runs and examples print the same ids every time.
 */
public final class SequentialIdGenerator implements IdGenerator {
    private final String prefix;
    private final AtomicLong last = new AtomicLong();
    private final AtomicLong lastKey = new AtomicLong();

    /** Ids starting with {@code ORD-}. */
    public SequentialIdGenerator() {
        this("ORD-");
    }

    /**
     * Ids starting with {@code prefix}, followed by a counter padded to six digits.
     *
     * @param prefix the start of every id, for example {@code ORD-}
     */
    public SequentialIdGenerator(String prefix) {
        this.prefix = Require.nonBlank(prefix, "prefix");
    }

    @Override
    public OrderId newOrderId() {
        return OrderId.of(prefix + padded(last.incrementAndGet()));
    }

    /** Counted apart from order ids, so that checkout holds leave no gaps in the order numbers. */
    @Override
    public String newOperationKey() {
        return prefix + "K" + lastKey.incrementAndGet();
    }

    /** The counter padded with zeros to six digits, as {@code %06d} would, without a formatter per id (or tracking number). */
    static String padded(long counter) {
        String digits = Long.toString(counter);
        return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
    }
}
