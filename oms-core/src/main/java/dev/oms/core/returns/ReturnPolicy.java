// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.returns;

import dev.oms.spi.value.Require;
import java.time.Duration;

/**
 * The host's rules for returns: how long after a package's delivery its units may be returned.
 *
 * @param window how long after delivery a return may be requested; positive
 */
public record ReturnPolicy(Duration window) {
    /** The return window unless the host says otherwise: 30 days from delivery. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    /**
     * Refuses a window that is not positive.
     *
     * @param window how long after delivery a return may be requested
     */
    public ReturnPolicy {
        Require.nonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a return window must be positive, was " + window);
        }
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
