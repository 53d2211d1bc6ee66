// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.preorder;

import dev.oms.spi.value.LineId;
import dev.oms.spi.value.Require;
import java.time.Instant;

/** Pending units of a line to put in the PREORDERED bucket until the product's release. */
public record Preorder(LineId lineId, long quantity, Instant releasesAt) {
    public Preorder {
        Require.nonNull(lineId, "lineId");
        Require.nonNull(releasesAt, "releasesAt");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }
}
