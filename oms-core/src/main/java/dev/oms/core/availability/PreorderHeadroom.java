// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.core.availability;

import dev.oms.spi.value.Require;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Units of an announced product that may still be pre-ordered before its release.
 *
 * @param releasesAt when the product is released
 * @param left the cap (the catalogue's total cap, and the channel's cap when a channel was given) less
 *     the units already pre-ordered; none when no cap bounds them
 */
public record PreorderHeadroom(Instant releasesAt, Option<Long> left) {
    /**
     * Checks the components: {@code left}, if bounded, is not negative.
     *
     * @param releasesAt when the product is released
     * @param left the cap less the units already pre-ordered; none when unbounded
     */
    public PreorderHeadroom {
        Require.nonNull(releasesAt, "releasesAt");
        Require.nonNull(left, "left");
        if (left.exists(l -> l < 0)) {
            throw new IllegalArgumentException("pre-orderable units cannot be negative, was " + left.get());
        }
    }
}
