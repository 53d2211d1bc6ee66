// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.insight.reports;

import java.util.Objects;

/**
 * The units given one reason, as the customer or host worded it, and their share of the report's whole.
 *
 * @param reason the reason, verbatim
 * @param rate the reason's units out of the whole the report rates against
 */
public record ReasonShare(String reason, Rate rate) {

    /**
     * Refuses nulls.
     *
     * @param reason the reason, verbatim
     * @param rate the reason's units out of the whole
     */
    public ReasonShare {
        Objects.requireNonNull(reason, "reason is null");
        Objects.requireNonNull(rate, "rate is null");
    }
}
