// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import dev.oms.spi.value.Require;
import java.time.Duration;

/**
 * The host's rules for returns: how long after a package's delivery its units may be returned, and what share of the
 * value of restocked units the merchant keeps as a restocking fee. Units written off, refurbished or sent back to the
 * vendor carry no fee: they are, as a rule, the merchant's fault or the vendor's.
 *
 * @param window how long after delivery a return may be requested; positive
 * @param restockingFeeBasisPoints the fee on restocked units, in hundredths of a percent of their refunded value
 *     (250 is 2.5%), from 0 to 10,000; rounded down, in the customer's favour
 */
public record ReturnPolicy(Duration window, int restockingFeeBasisPoints) {
    /** The return window unless the host says otherwise: 30 days from delivery. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    /**
     * Refuses a window that is not positive.
     *
     * @param window how long after delivery a return may be requested
     * @param restockingFeeBasisPoints the fee on restocked units, from 0 to 10,000 basis points
     */
    public ReturnPolicy {
        Require.nonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a return window must be positive, was " + window);
        }
        if (restockingFeeBasisPoints < 0 || restockingFeeBasisPoints > 10_000) {
            throw new IllegalArgumentException("a restocking fee must be from 0 to 10000 basis points, was " + restockingFeeBasisPoints);
        }
    }

    /**
     * A policy with no restocking fee.
     *
     * @param window how long after delivery a return may be requested; positive
     */
    public ReturnPolicy(Duration window) {
        this(window, 0);
    }

    /**
     * {@return this policy with a restocking fee on restocked units}
     *
     * @param basisPoints hundredths of a percent of their refunded value, from 0 to 10,000
     */
    public ReturnPolicy withRestockingFee(int basisPoints) {
        return new ReturnPolicy(window, basisPoints);
    }

    /** {@return the default policy: returns within 30 days of delivery} */
    public static ReturnPolicy defaults() {
        return new ReturnPolicy(DEFAULT_WINDOW);
    }

    /**
     * {@return a policy accepting returns within {@code days} days of delivery}
     *
     * @param days the window in days; positive
     */
    public static ReturnPolicy withinDays(int days) {
        return new ReturnPolicy(Duration.ofDays(days));
    }
}
