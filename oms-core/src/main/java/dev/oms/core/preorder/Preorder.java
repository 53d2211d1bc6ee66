// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.preorder;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import java.time.Instant;

/**
 * Pending units of a line to put in the PREORDERED bucket until the product's release.
 *
 * @param lineId the line whose units wait
 * @param quantity how many units wait, positive
 * @param releasesAt when the product is released and the units are filled
 */
public record Preorder(LineId lineId, long quantity, Instant releasesAt) {
    /**
     * Checks the components: a positive quantity.
     *
     * @param lineId the line whose units wait
     * @param quantity how many units wait
     * @param releasesAt when the product is released
     */
    public Preorder {
        Require.nonNull(lineId, "lineId");
        Require.nonNull(releasesAt, "releasesAt");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}
